// `npx tsx bench/opendata.ts [--engine pglite|postgres] [--scale 0.02] [--database-url URL] [--keep]`
// Open data at national scale (issue 7, docs/open-data.md): streams every grant (360Giving JSON and CSV) and
// every OCDS release over HTTP from the real server on the bench data set, and reports rows/s, total time and
// the server's peak resident memory against its memory before the download (flat memory: the peak must not
// grow with the data). Baseline: the same keyset-paged SQL read in process through the driver, without
// formatting or HTTP. Plans, plan lines, acceptances, settlements and change requests come from the bench
// generator `reporting` (bench/generators/reporting.ts). Writes bench/out/opendata-<engine>.json. Never fails on time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../server/src/db/client.ts';
import { events } from '../server/src/modules/reports/opendata.ocds.ts';
import { grantPage, grantYears } from '../server/src/modules/reports/opendata.sql.ts';
import { keysetPages } from '../server/src/modules/reports/opendata.stream.ts';
import { generateAll } from './generators/all.ts';
import { parseArgs } from './lib/args.ts';
import { DEFAULT_PG_URL, prepareEngine } from './lib/engines.ts';
import { rssOf, startServer } from './lib/server.ts';

const say = (s: string) => console.log(s);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** What the open data is made of, as generated (plans, plan lines and changes come from generators/reporting.ts). */
async function openDataRows(database: Database): Promise<Record<string, number>> {
  const count = async (table: string) =>
    Number((await database.raw<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]?.n ?? 0);
  return {
    plans: await count('plans'),
    planLines: await count('plan_lines'),
    changeRequests: await count('change_requests'),
    contracts: await count('contracts'),
  };
}

/** The same reads as the HTTP files, in process: every grant page, every release event. */
async function baseline(database: Database) {
  const t0 = performance.now();
  let grants = 0;
  for (const { year } of await grantYears(database.db))
    for await (const page of keysetPages(
      (after: string | null, size) => grantPage(database.db, year, after, size),
      (r) => r.code,
    ))
      grants += page.length;
  const grantSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  let releases = 0;
  for await (const _ of events(database.db, null)) releases++;
  const releaseSeconds = (performance.now() - t1) / 1000;
  return { grants, grantSeconds: round(grantSeconds, 2), releases, releaseSeconds: round(releaseSeconds, 2) };
}

/** Streams one URL, counting bytes and lines without keeping the body; samples the server's RSS meanwhile. */
async function download(url: string, pid: number) {
  const before = rssOf(pid) ?? 0;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid) ?? 0);
  }, 20);
  const t0 = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  try {
    const res = await fetch(url);
    if (res.status !== 200 || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (!bytes) firstByteMs = performance.now() - t0;
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
    }
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - t0) / 1000;
  peak = Math.max(peak, rssOf(pid) ?? 0);
  return {
    seconds: round(seconds, 2),
    firstByteMs: round(firstByteMs),
    mb: round(bytes / 1e6, 2),
    lines,
    rssBeforeMb: round(before),
    rssPeakMb: round(peak),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = (args.string('engine') ?? 'pglite') as 'pglite' | 'postgres';
  const scale = args.number('scale', 0.02);
  const setup = await prepareEngine(engine, {
    pgUrl: args.string('database-url') ?? DEFAULT_PG_URL,
    keep: args.flag('keep'),
  });
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    engine,
    scale,
    cpus: os.cpus().length,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
  };
  try {
    say(`▶ ${engine}: dữ liệu bench quy mô ${scale}`);
    const database = await setup.open(4);
    const gen = await generateAll({
      database,
      scale,
      only: ['units', 'identity', 'establishments', 'schemes', 'contracts', 'reporting'],
      log: () => {},
    });
    out.generated = { rows: gen.totalRows, seconds: round(gen.seconds) };
    out.openDataRows = await openDataRows(database);
    say(`  ${JSON.stringify(out.openDataRows)}`);
    say('▶ cơ sở so sánh: cùng các truy vấn theo trang, trong tiến trình, không định dạng, không HTTP');
    out.baseline = await baseline(database);
    say(`  ${JSON.stringify(out.baseline)}`);
    await database.close();

    say('▶ máy chủ thật: tải toàn bộ qua HTTP');
    const server = await startServer(setup.target, { logLevel: 'warn' });
    try {
      await fetch(`${server.url}/api/public/open-data`).then((r) => r.arrayBuffer());
      const results: Record<string, unknown> = {};
      const b = out.baseline as Awaited<ReturnType<typeof baseline>>;
      for (const [name, file, rows, base] of [
        ['grantsJson', '360giving/grants.json', b.grants, b.grantSeconds],
        ['grantsCsv', '360giving/grants.csv', b.grants, b.grantSeconds],
        ['releasesJson', 'ocds/releases.json', b.releases, b.releaseSeconds],
      ] as const) {
        const r = await download(`${server.url}/api/public/open-data/${file}`, server.pid);
        const item = {
          ...r,
          rows,
          rowsPerSecond: Math.round(rows / Math.max(r.seconds, 0.001)),
          rssGrowthMb: round(r.rssPeakMb - r.rssBeforeMb),
          ratioToBaseline: round(r.seconds / Math.max(base, 0.001), 2),
        };
        results[name] = item;
        say(
          `  ${file}: ${rows.toLocaleString('vi-VN')} dòng, ${r.mb} MB trong ${r.seconds} s (${item.rowsPerSecond} dòng/s, ×${item.ratioToBaseline} so với SQL); RSS ${r.rssBeforeMb} → ${r.rssPeakMb} MB`,
        );
      }
      out.http = results;
    } finally {
      await server.stop();
    }
  } finally {
    await setup.cleanup();
  }
  out.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
  fs.mkdirSync(path.join(import.meta.dirname, 'out'), { recursive: true });
  const file = path.join(import.meta.dirname, 'out', `opendata-${engine}.json`);
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  say(`Kết quả / results: ${file}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
