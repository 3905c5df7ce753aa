// `npx tsx bench/schemes.ts [--engine postgres|pglite] [--count 100000] [--concurrency 8] [--seconds 10] [--keep]`
// Scheme list and search at national scale: 100,000 schemes beside the demo data; HTTP p50/p95 and throughput
// of the list endpoint against the same SQL run through the driver; and the support computation of one
// scheme. Writes bench/out/schemes.json. Never fails on time: benchmarks are not tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase, queryRows, sql } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { seedDemo } from '../server/src/db/seed.ts';
import { computeForScheme, getSchemeForModule } from '../server/src/modules/schemes/index.ts';
import { generateSchemes, type SchemeOrg } from './generators/schemes.ts';
import { parseArgs } from './lib/args.ts';
import { DEFAULT_PG_URL } from './lib/engines.ts';
import { type LoadOptions, type LoadResult, runLoad } from './lib/load.ts';
import { createRng } from './lib/prng.ts';
import { startServer } from './lib/server.ts';
import { getOk } from './scenarios/http.ts';
import { schemesAsAgency, schemesAsDepartment } from './scenarios/schemes.ts';

const DB = 'kc_bench_schemes';
const say = (s: string) => console.log(s);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function prepare(engine: string, pgUrl: string) {
  if (engine === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-schemes-'));
    return {
      target: { dataDir },
      open: () => openDatabase({ dataDir }),
      cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const admin = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
  await admin.raw(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${DB}`);
  await admin.close();
  const u = new URL(pgUrl);
  u.pathname = `/${DB}`;
  const databaseUrl = u.toString();
  // An idle pooled connection ended from outside (another tool's clean-up) must not end the bench.
  const tolerant = async (poolMax: number) => {
    const d = await openDatabase({ databaseUrl, poolMax });
    (d.db as unknown as { $client: { on: (e: string, f: (err: Error) => void) => void } }).$client.on(
      'error',
      (err) => console.error(`  (kết nối rỗi bị đóng: ${err.message})`),
    );
    return d;
  };
  return {
    target: { databaseUrl },
    open: (poolMax = 10) => tolerant(poolMax),
    cleanup: async () => {
      const a = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
      await a.raw(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).finally(() => a.close());
    },
  };
}

/** The support computation of one demo scheme, many times: mean and p95 in milliseconds. */
async function timeCompute(database: Database, runs: number) {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from schemes where code like 'KCQG-2020-%' order by code limit 1`,
  );
  const s = await getSchemeForModule(database.db, { kind: 'all' }, row!.id);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await computeForScheme(database.db, s!);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    meanMs: round(times.reduce((a, b) => a + b, 0) / runs, 2),
    p95Ms: round(times[Math.ceil(runs * 0.95) - 1]!, 2),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = args.string('engine') ?? 'postgres';
  const count = args.number('count', 100_000);
  const load: LoadOptions = {
    concurrency: args.number('concurrency', 8),
    maxCount: args.number('requests', 3000),
    maxSeconds: args.number('seconds', 10),
    warmup: args.number('warmup', 100),
  };
  const setup = await prepare(engine, args.string('database-url') ?? DEFAULT_PG_URL);
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    engine,
    count,
    cpus: os.cpus().length,
    node: process.version,
    concurrency: load.concurrency,
  };
  try {
    say(`▶ ${engine}: migrate + dữ liệu mẫu`);
    let database = await setup.open(4);
    await migrate(database);
    await seedDemo(database.db);
    say(`▶ sinh ${count.toLocaleString('vi-VN')} đề án`);
    const orgs = await queryRows<SchemeOrg>(
      database.db,
      sql`select id, name, province_code as "provinceCode" from organisations where kind in ('centre', 'implementer')`,
    );
    const t0 = performance.now();
    out.generated = await generateSchemes(database, createRng(20250701).fork('schemes'), count, orgs, say);
    out.generateSeconds = round((performance.now() - t0) / 1000);
    out.compute = await timeCompute(database, 500);
    say(`  tính mức hỗ trợ một đề án: trung bình ${(out.compute as { meanMs: number }).meanMs} ms`);
    await database.close();

    say('▶ máy chủ thật, tải HTTP lên /api/schemes');
    const server = await startServer(setup.target, { logLevel: 'warn' });
    const phases: {
      name: string;
      label: string;
      prepared: Awaited<ReturnType<typeof schemesAsAgency.prepare>>;
      http?: LoadResult;
    }[] = [];
    try {
      for (const sc of [schemesAsAgency, schemesAsDepartment]) {
        const prepared = await sc.prepare(server);
        if ('skipped' in prepared) continue;
        const http = await runLoad(async (i) => {
          const r = prepared.requests[i % prepared.requests.length]!;
          await getOk(`${server.url}${r.path}`, r.headers);
        }, load);
        say(
          `  ${sc.name}: ${Math.round(http.perSecond)} req/s, p50 ${round(http.p50Ms)} ms, p95 ${round(http.p95Ms)} ms`,
        );
        phases.push({ name: sc.name, label: sc.label, prepared, http });
      }
    } finally {
      await server.stop();
    }

    say('▶ cùng câu SQL qua driver');
    database = await setup.open(10);
    const scenarios = [];
    try {
      for (const p of phases) {
        if ('skipped' in p.prepared) continue;
        const seqs = await p.prepared.capture(database);
        const driver = await runLoad(async (i) => {
          for (const q of seqs[i % seqs.length]!) await database.raw(q.text, q.params);
        }, load);
        const ratio = round(p.http!.perSecond / driver.perSecond, 2);
        say(
          `  ${p.name}: driver ${Math.round(driver.perSecond)} lượt/s, p95 ${round(driver.p95Ms)} ms → HTTP/driver ${ratio}`,
        );
        scenarios.push({
          name: p.name,
          label: p.label,
          http: p.http,
          driver,
          ratio,
          statementsPerRequest: seqs[0]?.length,
        });
      }
    } finally {
      await database.close();
    }
    out.scenarios = scenarios;
  } finally {
    if (!args.flag('keep')) await setup.cleanup();
  }
  fs.mkdirSync(path.join(import.meta.dirname, 'out'), { recursive: true });
  const file = path.join(import.meta.dirname, 'out', `schemes-${engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  say(`Kết quả / results: ${file}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
