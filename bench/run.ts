// `npm run bench [-- --scale 0.01 --engine pglite|postgres|both --concurrency 8 --requests 2000 --seconds 10 --rounds 4 --http-client wrk|node]`
// For each engine: a brand-new database; the first start of the real server; the data set of DESIGN §6 at
// the given scale; a restart on it; HTTP load on the list endpoints beside the same SQL run through the driver.
// Prints figures and writes bench/out/results.json. Never fails on time: benchmarks are not tests.
import os from 'node:os';
import type { Database, Engine } from '../server/src/db/client.ts';
import { generateAll } from './generators/all.ts';
import { parseArgs } from './lib/args.ts';
import { DEFAULT_PG_URL, type EngineSetup, postgresReachable, prepareEngine } from './lib/engines.ts';
import { type LoadOptions, pairedLoads, runLoad } from './lib/load.ts';
import {
  type EngineResult,
  machineInfo,
  printEngine,
  type ScenarioResult,
  writeReport,
} from './lib/report.ts';
import { type ServerHandle, startServer } from './lib/server.ts';
import { benchAllocation, printAllocation } from './plans.ts';
import { chooseHttpClient, type HttpClient, httpLoad } from './scenarios/http.ts';
import { listScenarios as scenarios } from './scenarios/index.ts';
import { measureDashboardLoad, measureNationalReport } from './scenarios/reports.ts';
import type { Prepared, Scenario } from './scenarios/types.ts';

type Options = {
  scale: number;
  load: LoadOptions;
  /** Alternating HTTP/driver rounds per scenario on PostgreSQL. */
  rounds: number;
  /** What drives the HTTP side (wrk unless it cannot run). */
  httpClient: HttpClient;
  logLevel: string;
  seed: number;
  unitsDir?: string;
  only?: string[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const say = (line: string) => console.log(line);

/**
 * The HTTP half of each scenario, against the running server. With `database` (PostgreSQL, which the server
 * and the driver can share), the same SQL runs through the driver in rounds alternating with the HTTP ones
 * (`pairedLoads`): a ratio of two loops run minutes apart carried the machine's drift. PGlite's directory
 * belongs to the server while it runs, so there the driver half runs afterwards (`driverPhase`).
 */
async function httpPhase(
  server: ServerHandle,
  load: LoadOptions,
  rounds: number,
  client: HttpClient,
  database?: Database,
) {
  const out: { scenario: Scenario; prepared?: Prepared; result: ScenarioResult }[] = [];
  for (const scenario of scenarios) {
    const result: ScenarioResult = { name: scenario.name, label: scenario.label };
    const prepared = await scenario.prepare(server);
    if ('skipped' in prepared) {
      result.skipped = prepared.skipped;
      out.push({ scenario, result });
      continue;
    }
    const hit = httpLoad(server.url, prepared.requests, client);
    if (database) {
      const sequences = await prepared.capture(database);
      result.statementsPerRequest = sequences[0]?.length;
      const paired = await pairedLoads(hit, driverLoop(database, sequences), load, rounds);
      result.http = paired.a;
      result.driver = paired.b;
      result.ratio = ratioOf(result);
      result.roundRatios = paired.each;
      say(
        `  ${scenario.name}: HTTP ${Math.round(paired.a.perSecond)} req/s, driver ${Math.round(paired.b.perSecond)}/s, ${result.ratio?.toFixed(2)}× (vòng ${Math.min(...paired.each).toFixed(2)}–${Math.max(...paired.each).toFixed(2)})`,
      );
    } else {
      result.http = typeof hit === 'function' ? await runLoad(hit, load) : await hit.run(load);
      say(`  ${scenario.name}: HTTP ${Math.round(result.http.perSecond)} req/s`);
    }
    out.push({ scenario, prepared, result });
  }
  return out;
}

const driverLoop =
  (database: Database, sequences: { text: string; params: unknown[] }[][]) => async (i: number) => {
    for (const q of sequences[i % sequences.length]!) await database.raw(q.text, q.params);
  };

const ratioOf = (r: ScenarioResult) =>
  r.http && r.driver && r.driver.perSecond > 0 ? r.http.perSecond / r.driver.perSecond : undefined;

async function benchEngine(setup: EngineSetup, opts: Options): Promise<EngineResult> {
  const name = setup.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  say(`\n▶ ${name}: khởi động lần đầu (tạo, migrate, seed) — ${setup.where}`);
  const first = await startServer(setup.target, { logLevel: opts.logLevel });
  await sleep(1000);
  const rssAfterFirstStartMb = first.rssMb();
  const firstStartReportedSeconds = first.reportedSeconds();
  await first.stop();
  say(`  sẵn sàng sau ${first.readySeconds.toFixed(1)} s`);

  say(`▶ ${name}: sinh dữ liệu quy mô ${opts.scale}`);
  const genDb = await setup.open(2);
  const generate = await generateAll({
    database: genDb,
    scale: opts.scale,
    seed: opts.seed,
    unitsDir: opts.unitsDir,
    only: opts.only,
    log: (l) => say(`  ${l}`),
  }).finally(() => genDb.close());

  const sharing = setup.engine === 'postgres';
  say(
    `▶ ${name}: khởi động lại trên dữ liệu có sẵn, đo tải HTTP${sharing ? ` xen kẽ với cùng câu SQL qua driver (${opts.rounds} vòng)` : ''}`,
  );
  const server = await startServer(setup.target, { logLevel: opts.logLevel });
  let phases: Awaited<ReturnType<typeof httpPhase>>;
  let rssIdleMb: number | null;
  let rssAfterLoadMb: number | null;
  let restartReportedSeconds: number | null;
  const shared = sharing ? await setup.open(10) : undefined;
  try {
    await sleep(1000);
    rssIdleMb = server.rssMb();
    restartReportedSeconds = server.reportedSeconds();
    phases = await httpPhase(server, opts.load, opts.rounds, opts.httpClient, shared);
    rssAfterLoadMb = server.rssMb();
  } finally {
    await shared?.close();
    await server.stop();
  }

  const database = await setup.open(10);
  let reports: EngineResult['reports'];
  try {
    if (!sharing) say(`▶ ${name}: cùng câu SQL qua driver`);
    for (const p of phases) {
      if (!p.prepared || !p.result.http || p.result.driver) continue;
      const sequences = await p.prepared.capture(database);
      p.result.statementsPerRequest = sequences[0]?.length;
      p.result.driver = await runLoad(driverLoop(database, sequences), opts.load);
      p.result.ratio = ratioOf(p.result);
      say(`  ${p.scenario.name}: driver ${Math.round(p.result.driver.perSecond)} lượt/s`);
    }
    if (!opts.only || opts.only.includes('reporting')) {
      say(`▶ ${name}: báo cáo năm toàn quốc`);
      const year = new Date().getUTCFullYear() - 1;
      reports = [
        ...(await measureNationalReport(database, year)),
        await measureDashboardLoad(database, year),
      ];
    }
  } finally {
    await database.close();
  }
  return {
    engine: setup.engine,
    where: setup.where,
    firstStartSeconds: first.readySeconds,
    firstStartReportedSeconds,
    rssAfterFirstStartMb,
    generate,
    restartSeconds: server.readySeconds,
    restartReportedSeconds,
    rssIdleMb,
    rssAfterLoadMb,
    scenarios: phases.map((p) => p.result),
    reports,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pgUrl = args.string('database-url') ?? DEFAULT_PG_URL;
  const requested = args.string('engine') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(requested))
    throw new Error('--engine: pglite | postgres | both');
  let engines: Engine[] = requested === 'both' ? ['pglite', 'postgres'] : [requested as Engine];
  if (engines.includes('postgres') && !(await postgresReachable(pgUrl))) {
    if (requested === 'postgres') throw new Error(`Không kết nối được PostgreSQL ${new URL(pgUrl).host}`);
    say(`PostgreSQL ${new URL(pgUrl).host} không phản hồi — chỉ đo PGlite / measuring PGlite only`);
    engines = ['pglite'];
  }
  const opts: Options = {
    scale: args.number('scale', 0.01),
    seed: args.number('seed', 20250701),
    unitsDir: args.string('units-dir'),
    only: args.string('only')?.split(','),
    logLevel: args.string('log-level') ?? 'warn',
    rounds: args.number('rounds', 4),
    httpClient: chooseHttpClient(args.string('http-client'), say),
    load: {
      concurrency: args.number('concurrency', 8),
      maxCount: args.number('requests', 2000),
      maxSeconds: args.number('seconds', 10),
      warmup: args.number('warmup', 100),
    },
  };
  const keep = args.flag('keep');
  const m = machineInfo();
  say(
    `Máy / machine: ${m.cpus} nhân, ${m.memoryGb} GiB, Node ${m.node}; load average ${os.loadavg()[0]?.toFixed(2)}; tải HTTP / HTTP load: ${opts.httpClient}`,
  );
  const results: EngineResult[] = [];
  const failures: { engine: Engine; error: string }[] = [];
  for (const engine of engines) {
    const setup = await prepareEngine(engine, { pgUrl, keep });
    try {
      const r = await benchEngine(setup, opts);
      results.push(r);
      printEngine(r, opts.scale);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      failures.push({ engine, error });
      console.error(`
✗ ${engine}: không đo xong / failed
${error}`);
    } finally {
      await setup.cleanup();
    }
  }
  // Budget allocation (no database): 2,000 proposals, MIP beside greedy (bench/plans.ts).
  const allocation =
    opts.only && !opts.only.includes('plans') ? undefined : await benchAllocation(2000, opts.seed, 2);
  if (allocation) printAllocation(allocation);
  const file = writeReport({
    date: new Date().toISOString(),
    scale: opts.scale,
    concurrency: opts.load.concurrency,
    httpClient: opts.httpClient,
    machine: machineInfo(),
    loadAverage: os.loadavg()[0],
    engines: results,
    failures,
    allocation,
  });
  say(`\nKết quả / results: ${file}`);
  if (failures.length > 0) process.exit(1);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
