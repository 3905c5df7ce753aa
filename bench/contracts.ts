// `npx tsx bench/contracts.ts [--engine postgres|pglite] [--count 100000] [--concurrency 8] [--seconds 10] [--keep]`
// Contract register and at-risk list at national scale (one contract per scheme, 100,000 beside the demo
// data), HTTP p50/p95 as an agency officer (all provinces) and a department officer (province 91), each
// statement's time alone through the driver, and a scheme's money tab (ledger + reconciliation + advance
// rule) timed in process and over HTTP. Writes bench/out/contracts-<engine>.json. Never fails on time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, queryRows, sql } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { seedDemo } from '../server/src/db/seed.ts';
import { contracts, moneyEntries } from '../server/src/modules/contracts/contracts.tables.ts';
import { listAtRisk, listContracts, moneyOf } from '../server/src/modules/contracts/index.ts';
import type { Actor } from '../server/src/platform/actor.ts';
import { systemActor } from '../server/src/platform/actor.ts';
import { ContractListQuery } from '../shared/schemas/contracts.ts';
import { AtRiskQuery } from '../shared/schemas/contracts-monitoring.ts';
import { contractRowsFor, type SchemeRow } from './generators/contracts.ts';
import { parseArgs } from './lib/args.ts';
import { insertRows } from './lib/batch.ts';
import { DEFAULT_PG_URL } from './lib/engines.ts';
import { type LoadOptions, runLoad } from './lib/load.ts';
import { createRng } from './lib/prng.ts';
import { startServer } from './lib/server.ts';
import { registerQueries, riskQueries } from './scenarios/contracts.ts';
import { getOk, signIn } from './scenarios/http.ts';

const DB = 'kc_bench_contracts';

async function actorByEmail(
  database: { db: Parameters<typeof listContracts>[0] },
  email: string,
): Promise<Actor> {
  const [u] = await queryRows<Actor>(
    database.db,
    sql`select u.id as "userId", u.email, u.full_name as "fullName", u.role, u.organisation_id as "organisationId",
          o.kind as "organisationKind", o.province_code as "provinceCode"
        from users u join organisations o on o.id = u.organisation_id where u.email = ${email}`,
  );
  return u!;
}
const say = (s: string) => console.log(s);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const year = new Date().getUTCFullYear();

async function prepare(engine: string, pgUrl: string) {
  if (engine === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-contracts-'));
    return {
      target: { dataDir },
      open: () => openDatabase({ dataDir }),
      cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const admin = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
  await admin.raw(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${DB}`);
  await admin.close();
  const u = new URL(pgUrl);
  u.pathname = `/${DB}`;
  const databaseUrl = u.toString();
  return {
    target: { databaseUrl },
    open: (poolMax = 4) => openDatabase({ databaseUrl, poolMax }),
    cleanup: async () => {
      const a = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
      await a.raw(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).finally(() => a.close());
    },
  };
}

/** Synthetic schemes for the contracts table (the register and risk list never read the schemes table). */
function* syntheticSchemes(
  count: number,
  rng: ReturnType<typeof createRng>,
  orgs: { id: string; name: string; provinceCode: string | null }[],
) {
  const provinces = ['01', '91', '66', '79', '48', '31', '38', '40', '46', '92'];
  for (let i = 0; i < count; i++) {
    const org = rng.pick(orgs);
    const level = org.provinceCode ? rng.pick(['national', 'local']) : 'national';
    const planYear = rng.int(year - 9, year + 1);
    const row: SchemeRow = {
      id: rng.uuid(),
      code: `${level === 'national' ? 'KCQG' : 'KCDP'}-${planYear}-${String(900000 + i).padStart(6, '0')}`,
      title: `Hỗ trợ ứng dụng máy móc thiết bị, đề án số ${i}`,
      plan_year: planYear,
      level,
      province_code: org.provinceCode ?? rng.pick(provinces),
      implementer_org_id: org.id,
      implementer_name: org.name,
      state_allowed: String(rng.int(50, 300) * 1_000_000),
    };
    yield row;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = args.string('engine') ?? 'postgres';
  const count = args.number('count', 100_000);
  const load: LoadOptions = {
    concurrency: args.number('concurrency', 8),
    maxCount: args.number('requests', 2000),
    maxSeconds: args.number('seconds', 8),
    warmup: args.number('warmup', 50),
  };
  const setup = await prepare(engine, args.string('database-url') ?? DEFAULT_PG_URL);
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    engine,
    count,
    cpus: os.cpus().length,
    node: process.version,
  };
  try {
    say(`▶ ${engine}: migrate + dữ liệu mẫu`);
    let database = await setup.open(4);
    await migrate(database);
    await seedDemo(database.db);
    const orgs = await queryRows<{ id: string; name: string; provinceCode: string | null }>(
      database.db,
      sql`select id, name, province_code as "provinceCode" from organisations where kind in ('centre', 'implementer')`,
    );
    say(`▶ sinh ${count.toLocaleString('vi-VN')} hợp đồng`);
    const rng = createRng(20250701).fork('contracts');
    const t0 = performance.now();
    let rows = 0;
    let entries = 0;
    const batch: SchemeRow[] = [];
    const flush = async () => {
      const { cs, ms } = contractRowsFor(batch, rng);
      rows += await insertRows(database, contracts, cs);
      entries += await insertRows(database, moneyEntries, ms);
      batch.length = 0;
    };
    for (const s of syntheticSchemes(count, rng, orgs)) {
      batch.push(s);
      if (batch.length === 10_000) await flush();
    }
    await flush();
    await database.raw('VACUUM (ANALYZE) contracts');
    await database.raw('VACUUM (ANALYZE) money_entries');
    out.generated = {
      contracts: rows,
      money_entries: entries,
      seconds: round((performance.now() - t0) / 1000),
    };
    say(`  ${rows} hợp đồng, ${entries} dòng sổ chi`);

    // The money tab of a demo contract (a real scheme with its rule set), in process.
    const [demo] = await queryRows<{ id: string }>(
      database.db,
      sql`select id from contracts where state = 'signed' and scheme_code like 'KCDP-%' and number like '%/HĐ-KC' order by created_at limit 1`,
    );
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      await moneyOf(database.db, systemActor, demo!.id);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // Each register and at-risk request shape alone, in process (the product's functions), as the agency.
    const agency = await actorByEmail(database, 'chuyenvien.cuc@khuyencong.vn');
    const shapes: Record<string, number> = {};
    const timeIt = async (label: string, fn: () => Promise<unknown>) => {
      const ts: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await fn();
        ts.push(performance.now() - t);
      }
      ts.sort((a, b) => a - b);
      shapes[label] = round(ts[7]!, 2);
    };
    for (const q of registerQueries)
      await timeIt(`register ${JSON.stringify(q)}`, () =>
        listContracts(database.db, agency, ContractListQuery.parse(q)),
      );
    for (const q of riskQueries)
      await timeIt(`at-risk ${JSON.stringify(q)}`, () =>
        listAtRisk(database.db, agency, AtRiskQuery.parse(q)),
      );
    out.inProcessMedianMs = shapes;
    for (const [k, v] of Object.entries(shapes)) say(`  ${k}: ${v} ms (trung vị, trong tiến trình)`);
    out.moneyTabInProcess = { runs: 300, p50Ms: round(times[150]!, 2), p95Ms: round(times[284]!, 2) };
    say(
      `  tab kinh phí (trong tiến trình): p50 ${round(times[150]!, 2)} ms, p95 ${round(times[284]!, 2)} ms`,
    );
    await database.close();

    say('▶ máy chủ thật, tải HTTP');
    const server = await startServer(setup.target, { logLevel: 'warn' });
    const http: Record<string, unknown> = {};
    try {
      for (const [who, email] of [
        ['agency', 'chuyenvien.cuc@khuyencong.vn'],
        ['department', 'chuyenvien.angiang@khuyencong.vn'],
      ] as const) {
        const headers = { cookie: `kc_session=${await signIn(server, email)}` };
        for (const [name, base, qs] of [
          ['register', '/api/contracts', registerQueries],
          ['at-risk', '/api/contracts/at-risk', riskQueries],
          ['money-tab', `/api/contracts/${demo!.id}/money`, [{}]],
        ] as const) {
          if (name === 'money-tab' && who === 'agency') continue;
          const paths = qs.map((q) => `${base}?${new URLSearchParams(q)}`);
          const r = await runLoad(
            async (i) => getOk(`${server.url}${paths[i % paths.length]}`, headers),
            load,
          );
          http[`${name}-${who}`] = {
            perSecond: round(r.perSecond),
            p50Ms: round(r.p50Ms),
            p95Ms: round(r.p95Ms),
          };
          say(
            `  ${name} (${who}): ${Math.round(r.perSecond)} req/s, p50 ${round(r.p50Ms)} ms, p95 ${round(r.p95Ms)} ms`,
          );
        }
      }
    } finally {
      await server.stop();
    }
    out.http = http;

    say('▶ từng câu SQL qua driver (một kết nối)');
    database = await setup.open(2);
    const sqlTimes: Record<string, number> = {};
    try {
      const explain = async (label: string, text: string) => {
        const t = performance.now();
        for (let i = 0; i < 20; i++) await database.raw(text);
        sqlTimes[label] = round((performance.now() - t) / 20, 2);
      };
      const risk = `phase in ('active','accepted')`;
      await explain(
        'register page (all)',
        `select * from contracts order by assigned_at desc, id desc limit 20`,
      );
      await explain(
        'register page (province 91)',
        `select * from contracts where province_code = '91' order by assigned_at desc, id desc limit 20`,
      );
      await explain('register count capped', `select count(*) from (select 1 from contracts limit 1001) x`);
      await explain('at-risk candidate scan', `select count(*) from contracts where ${risk}`);
    } finally {
      await database.close();
    }
    out.sql = sqlTimes;
    for (const [k, v] of Object.entries(sqlTimes)) say(`  ${k}: ${v} ms`);
  } finally {
    if (!args.flag('keep')) await setup.cleanup();
  }
  fs.mkdirSync(path.join(import.meta.dirname, 'out'), { recursive: true });
  const file = path.join(import.meta.dirname, 'out', `contracts-${engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  say(`Kết quả / results: ${file}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
