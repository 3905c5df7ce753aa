import { openDatabase, queryRows, sql } from '../server/src/db/client.ts';
import * as entriesRepo from '../server/src/modules/products/entries.repo.ts';
import * as repo from '../server/src/modules/products/rounds.repo.ts';
import { computeResults } from '../server/src/modules/products/products.rules.ts';
import { productScoreSheets } from '../server/src/modules/products/products.tables.ts';
import { eq } from 'drizzle-orm';
const database = await openDatabase({ dataDir: '/tmp/kc-prof-products-db' });
const db = database.db;
const id = (await queryRows<{ id: string }>(db, sql`select id from product_rounds where status = 'results' and level = 'nation' limit 1`))[0]!.id;
for (let k = 0; k < 3; k++) {
  let t = performance.now(); const e = await entriesRepo.activeEntries(db, id); const a = performance.now() - t;
  t = performance.now(); const m = await repo.membersOf(db, id); const b = performance.now() - t;
  t = performance.now(); const s = await db.select({ entryId: productScoreSheets.entryId, memberId: productScoreSheets.memberId, total: productScoreSheets.total, scores: productScoreSheets.scores }).from(productScoreSheets).where(eq(productScoreSheets.roundId, id)); const c = performance.now() - t;
  t = performance.now(); const s2 = await db.select({ entryId: productScoreSheets.entryId, memberId: productScoreSheets.memberId, total: productScoreSheets.total }).from(productScoreSheets).where(eq(productScoreSheets.roundId, id)); const c2 = performance.now() - t;
  t = performance.now();
  computeResults({ threshold: 70, quorumPercent: 66, criteria: [{code:'market',nameVi:'',nameEn:'',max:40},{code:'economic',nameVi:'',nameEn:'',max:40},{code:'culture',nameVi:'',nameEn:'',max:10},{code:'other',nameVi:'',nameEn:'',max:10}], memberIds: m.map((x) => x.id), conflicts: [], entries: e.map((x) => ({ id: x.id, group: x.group as 'other', establishmentId: x.establishmentId, status: x.status })), sheets: s.map((x) => ({ ...x, points: Object.fromEntries(x.scores.map((y) => [y.criterion, y.points])) })) });
  const d = performance.now() - t;
  console.log({ entries: a.toFixed(1), members: b.toFixed(1), sheetsJson: c.toFixed(1), sheetsNoJson: c2.toFixed(1), compute: d.toFixed(1), n: s.length + s2.length });
}
await database.close();
