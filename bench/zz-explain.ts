import { openDatabase } from '../server/src/db/client.ts';
const database = await openDatabase({ dataDir: '/tmp/kc-prof-products-db' });
const q = process.argv[2]!;
for (let i = 0; i < 2; i++) {
  const rows = await database.raw<Record<string, string>>(`explain (analyze, buffers off) ${q}`);
  if (i === 1) console.log(rows.map((r) => Object.values(r)[0]).join('\n'));
}
await database.close();
