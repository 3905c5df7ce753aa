// `npx tsx bench/products.ts [--engine pglite|postgres] [--count 20000] [--concurrency 8] [--seconds 10] [--keep]`
// Typical rural industrial products at national scale (DESIGN §6): 20,000 recognised entries beside the demo
// data. Measures (targets of issue #8): the public registry search, HTTP p95 < 50 ms; one certificate PDF
// < 200 ms; the results table of a national round of 300 entries × 13 members < 300 ms.
// Writes bench/out/products-<engine>.json. Never fails on time: benchmarks are not tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, queryRows, sql } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { seedDemo } from '../server/src/db/seed.ts';
import { renderCertificatePdf } from '../server/src/modules/products/certificate.pdf.ts';
import { getCertificate } from '../server/src/modules/products/recognition.service.ts';
import { searchRegistry } from '../server/src/modules/products/registry.service.ts';
import { getResults } from '../server/src/modules/products/scoring.service.ts';
import { type Actor, systemActor } from '../server/src/platform/actor.ts';
import { RegistryQuery } from '../shared/schemas/products.ts';
import { generateNationalRound, generateProducts } from './generators/products.ts';
import { parseArgs } from './lib/args.ts';
import { DEFAULT_PG_URL, prepareEngine } from './lib/engines.ts';
import { type LoadOptions, runLoad } from './lib/load.ts';
import { createRng } from './lib/prng.ts';
import { startServer } from './lib/server.ts';
import { getOk, signIn } from './scenarios/http.ts';
import { registryQueries } from './scenarios/products.ts';

const say = (s: string) => console.log(s);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function timed(runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(5, runs); i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    meanMs: round(times.reduce((a, b) => a + b, 0) / runs, 2),
    p50Ms: round(times[Math.ceil(runs * 0.5) - 1]!, 2),
    p95Ms: round(times[Math.ceil(runs * 0.95) - 1]!, 2),
  };
}

async function agencyActor(database: Database): Promise<Actor> {
  const [u] = await queryRows<{ id: string; organisationId: string }>(
    database.db,
    sql`select id, organisation_id as "organisationId" from users where email = 'chuyenvien.cuc@khuyencong.vn'`,
  );
  return {
    ...systemActor,
    userId: u!.id,
    organisationId: u!.organisationId,
    role: 'agency_officer',
    email: 'chuyenvien.cuc@khuyencong.vn',
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = (args.string('engine') ?? 'pglite') as 'pglite' | 'postgres';
  const count = args.number('count', 20_000);
  const load: LoadOptions = {
    concurrency: args.number('concurrency', 8),
    maxCount: args.number('requests', 3000),
    maxSeconds: args.number('seconds', 10),
    warmup: args.number('warmup', 100),
  };
  const setup = await prepareEngine(engine, {
    pgUrl: args.string('database-url') ?? DEFAULT_PG_URL,
    keep: args.flag('keep'),
  });
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    engine,
    count,
    cpus: os.cpus().length,
    node: process.version,
    concurrency: load.concurrency,
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
  };
  try {
    say(`▶ ${engine}: migrate + dữ liệu mẫu`);
    const database = await setup.open(4);
    await migrate(database);
    await seedDemo(database.db);
    const rng = createRng(20250701).fork('products');
    say(`▶ sinh ${count.toLocaleString('vi-VN')} giấy chứng nhận`);
    const t0 = performance.now();
    out.generated = await generateProducts(database, rng, count, say);
    const members = await queryRows<{ userId: string; fullName: string }>(
      database.db,
      sql`select id as "userId", full_name as "fullName" from users where email like 'hoidong.%' order by email limit 13`,
    );
    const nationalRound = await generateNationalRound(database, rng, 300, members);
    await database.raw('ANALYZE');
    out.generateSeconds = round((performance.now() - t0) / 1000);

    say('▶ bảng kết quả vòng quốc gia (300 sản phẩm × 13 thành viên), qua service');
    const actor = await agencyActor(database);
    out.results = await timed(30, () => getResults(database.db, actor, nationalRound));
    say(
      `  trung bình ${(out.results as { meanMs: number }).meanMs} ms, p95 ${(out.results as { p95Ms: number }).p95Ms} ms (mục tiêu < 300 ms)`,
    );

    say('▶ giấy chứng nhận PDF');
    const [cert] = await queryRows<{ id: string }>(
      database.db,
      sql`select id from product_certificates where number like 'X91-%' limit 1`,
    );
    const dto = await getCertificate(
      database.db,
      { ...actor, role: 'system_admin' },
      cert!.id,
      'https://khuyencong.example',
    );
    out.pdf = await timed(100, () => renderCertificatePdf(dto));
    say(
      `  trung bình ${(out.pdf as { meanMs: number }).meanMs} ms, p95 ${(out.pdf as { p95Ms: number }).p95Ms} ms (mục tiêu < 200 ms)`,
    );

    say('▶ tìm kiếm danh mục công khai, qua service');
    out.registryService = await timed(200, (i) =>
      searchRegistry(database.db, RegistryQuery.parse(registryQueries[i % registryQueries.length])),
    );
    say(`  p95 ${(out.registryService as { p95Ms: number }).p95Ms} ms`);
    await database.close();

    say('▶ máy chủ thật: tải HTTP lên /api/public/products và bảng kết quả');
    const server = await startServer(setup.target, { logLevel: 'warn' });
    try {
      const reg = await runLoad(async (i) => {
        await getOk(
          `${server.url}/api/public/products?${new URLSearchParams(registryQueries[i % registryQueries.length])}`,
          {},
        );
      }, load);
      say(
        `  danh mục: ${Math.round(reg.perSecond)} req/s, p50 ${round(reg.p50Ms)} ms, p95 ${round(reg.p95Ms)} ms (mục tiêu p95 < 50 ms)`,
      );
      const single = await runLoad(
        async (i) => {
          await getOk(
            `${server.url}/api/public/products?${new URLSearchParams(registryQueries[i % registryQueries.length])}`,
            {},
          );
        },
        { ...load, concurrency: 1, maxCount: 500 },
      );
      say(`  danh mục, từng yêu cầu một: p50 ${round(single.p50Ms)} ms, p95 ${round(single.p95Ms)} ms`);
      const token = await signIn(server, 'chuyenvien.cuc@khuyencong.vn');
      const results = await runLoad(
        async () => {
          await getOk(`${server.url}/api/product-rounds/${nationalRound}/results`, {
            cookie: `kc_session=${token}`,
          });
        },
        { ...load, concurrency: 1, maxCount: 100, warmup: 5 },
      );
      say(`  bảng kết quả quốc gia qua HTTP: p50 ${round(results.p50Ms)} ms, p95 ${round(results.p95Ms)} ms`);
      out.http = { registry: reg, registrySequential: single, nationalResults: results };
    } finally {
      await server.stop();
    }
  } finally {
    await setup.cleanup();
  }
  // Timings mean little on a machine busy with other work: the load average is kept beside them.
  out.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
  fs.mkdirSync(path.join(import.meta.dirname, 'out'), { recursive: true });
  const file = path.join(import.meta.dirname, 'out', `products-${engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  say(`Kết quả / results: ${file}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
