import { openDatabase, queryRows, sql } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { seedDemo } from '../server/src/db/seed.ts';
import { getResults } from '../server/src/modules/products/scoring.service.ts';
import { searchRegistry } from '../server/src/modules/products/registry.service.ts';
import { systemActor } from '../server/src/platform/actor.ts';
import { RegistryQuery } from '../shared/schemas/products.ts';
import { generateNationalRound, generateProducts } from './generators/products.ts';
import { createRng } from './lib/prng.ts';
import { registryQueries } from './scenarios/products.ts';
import fs from 'node:fs';
const dir = '/tmp/kc-prof-products-db';
const fresh = !fs.existsSync(dir);
const database = await openDatabase({ dataDir: dir });
let roundId: string;
if (fresh) {
  await migrate(database); await seedDemo(database.db);
  const rng = createRng(1).fork('p');
  await generateProducts(database, rng, 20000, console.log);
  const members = await queryRows<{ userId: string; fullName: string }>(database.db, sql`select id as "userId", full_name as "fullName" from users where email like 'hoidong.%' order by email limit 13`);
  roundId = await generateNationalRound(database, rng, 300, members);
  await database.raw('ANALYZE');
} else {
  roundId = (await queryRows<{ id: string }>(database.db, sql`select id from product_rounds where status = 'results' and level = 'nation' limit 1`))[0]!.id;
}
const mode = process.argv[2] ?? 'all';
if (mode === 'all' || mode === 'registry') for (const q of registryQueries) {
  const p = RegistryQuery.parse(q); await searchRegistry(database.db, p);
  const t = performance.now(); for (let i = 0; i < 5; i++) await searchRegistry(database.db, p);
  console.log(JSON.stringify(q), ((performance.now() - t) / 5).toFixed(1), 'ms');
}
if (mode === 'all' || mode === 'results') {
  await getResults(database.db, systemActor, roundId);
  const t = performance.now(); for (let i = 0; i < 5; i++) await getResults(database.db, systemActor, roundId);
  console.log('results', ((performance.now() - t) / 5).toFixed(1), 'ms');
}
await database.close();
