// `npx tsx bench/establishments.ts [--engine postgres|pglite] [--rows 100000] [--export 500000] [--keep]`
// Import of an Excel list end to end and export of a large list, each run as the product's own CLI command
// in a process of its own (`npm run cli -- establishments:import FILE --province 91`: upload, check, confirm,
// all rows in one transaction; `establishments:export OUT`), timed from start to exit with the process's
// peak RSS sampled from /proc. Writes bench/out/establishments-<engine>.json. Never fails on time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase, queryRows, sql } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { seedDemo } from '../server/src/db/seed.ts';
import { unitInfo } from '../server/src/modules/establishments/location.ts';
import { foldVietnamese } from '../server/src/platform/search.ts';
import { formatInteger } from '../shared/format.ts';
import { establishmentsGenerator } from './generators/establishments.ts';
import { parseArgs } from './lib/args.ts';
import { DEFAULT_PG_URL } from './lib/engines.ts';
import { crafts, personName, placeName } from './lib/names.ts';
import { createRng } from './lib/prng.ts';
import { rssOf } from './lib/server.ts';
import { writeImportFile } from './lib/xlsx-import-file.ts';

const root = path.resolve(import.meta.dirname, '..');
const say = (s: string) => console.log(s);

type Target = {
  env: Record<string, string>;
  where: string;
  open: () => Promise<Database>;
  cleanup: () => Promise<void>;
};

/** A fresh database of its own (not the shared bench database, so both benches can run at once). */
async function prepare(
  engine: 'postgres' | 'pglite',
  pgUrl: string,
  keep: boolean,
  work: string,
): Promise<Target> {
  if (engine === 'pglite') {
    const dir = path.join(work, 'db');
    return {
      env: { DATA_DIR: dir },
      where: dir,
      open: () => openDatabase({ dataDir: dir }),
      cleanup: async () => {},
    };
  }
  const name = 'kc_bench_est';
  const admin = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
  await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${name}`);
  await admin.close();
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    env: { DATABASE_URL: url },
    where: `${u.host}/${name}`,
    open: () => openDatabase({ databaseUrl: url, poolMax: 10 }),
    cleanup: async () => {
      if (keep) return;
      const a = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
      await a.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => a.close());
    },
  };
}

type Run = { seconds: number; peakRssMb: number; output: string };

/** Runs a CLI command in its own Node process; wall time to exit and the highest RSS seen every 50 ms. */
function runCli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
        // e.g. BENCH_NODE_ARGS=--max-old-space-size=160: how much of the peak is live data, how much GC slack
        ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
        '--import',
        'tsx',
        path.join(root, 'server/src/cli.ts'),
        ...args,
      ],
      {
        cwd: root,
        env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      },
    );
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, child.pid ? (rssOf(child.pid) ?? 0) : 0);
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const run = {
        seconds: (performance.now() - t0) / 1000,
        peakRssMb: Math.round(peak),
        output: output.trim(),
      };
      if (code === 0) resolve(run);
      else reject(new Error(`${args.join(' ')} → exit ${code}\n${output}`));
    });
  });
}

async function unitLabels(database: Database) {
  const ids = await queryRows<{ id: number }>(
    database.db,
    sql`select id from admin_units where level = 'commune' and (province_code = '91' and era = '2025' or era = 'pre2025' and province_code in ('89', '91'))`,
  );
  const now: string[] = [];
  const old: string[] = [];
  for (const { id } of ids) {
    const info = await unitInfo(database.db, id);
    if (typeof info !== 'string' && info.provinceCode === '91')
      (info.unitEra === '2025' ? now : old).push(info.unitLabel);
  }
  return { now, old };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = (args.string('engine') ?? 'postgres') as 'postgres' | 'pglite';
  const rows = args.number('rows', 100_000);
  const exportRows = args.number('export', 500_000);
  const keep = args.flag('keep');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-est-'));
  const target = await prepare(engine, args.string('database-url') ?? DEFAULT_PG_URL, keep, work);
  const env = { ...target.env, FILES_DIR: path.join(work, 'files') };
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    engine,
    where: target.where,
    cpus: os.cpus().length,
    loadAverage: os.loadavg()[0],
    node: process.version,
  };
  try {
    say(`▶ ${engine}: migrate + dữ liệu mẫu (gồm danh mục đơn vị hành chính)`);
    let database = await target.open();
    await migrate(database);
    await seedDemo(database.db);
    const labels = await unitLabels(database);
    await database.close();

    say(
      `▶ Tệp nhập ${formatInteger(rows)} dòng (An Giang; 4/5 xã hiện hành, 1/5 xã trước 01/07/2025; 1/5 không dấu)`,
    );
    // Accent-free text is only unambiguous where no two units fold to the same name.
    const folded = new Map<string, number>();
    for (const l of [...labels.now, ...labels.old])
      folded.set(foldVietnamese(l), (folded.get(foldVietnamese(l)) ?? 0) + 1);
    const file = path.join(work, 'danh-sach-an-giang.xlsx');
    const rng = createRng(20250701);
    await writeImportFile(file, rows, (i) => {
      const label = rng.chance(0.2) ? rng.pick(labels.old) : rng.pick(labels.now);
      return {
        name: `Cơ sở ${rng.pick(crafts)} ${placeName(rng)} số ${i + 1}`,
        kind: rng.pick(['Hộ kinh doanh', 'Hợp tác xã', 'Doanh nghiệp nhỏ và vừa', 'Tổ hợp tác']),
        hasCode: i % 10 < 7,
        representative: personName(rng).fullName,
        unit: rng.chance(0.2) && folded.get(foldVietnamese(label)) === 1 ? foldVietnamese(label) : label,
        workforce: rng.int(1, 80),
        year: rng.int(1990, 2025),
      };
    });
    say(`  ${(fs.statSync(file).size / 1048576).toFixed(1)} MB`);

    say('▶ Nhập (tiến trình riêng): establishments:import FILE --province 91');
    const imp = await runCli(['establishments:import', file, '--province', '91'], env);
    say(`  ${imp.output.split('\n').join('\n  ')}`);
    say(
      `  ${formatInteger(rows)} dòng / ${imp.seconds.toFixed(1)} s = ${formatInteger(Math.round(rows / imp.seconds))} dòng/s; RSS đỉnh ${imp.peakRssMb} MB`,
    );
    out.import = {
      rows,
      seconds: imp.seconds,
      rowsPerSecond: rows / imp.seconds,
      peakRssMb: imp.peakRssMb,
      output: imp.output,
    };

    say('▶ Nhập lại cùng tệp (không đổi gì)');
    const again = await runCli(['establishments:import', file, '--province', '91'], env);
    say(`  ${again.seconds.toFixed(1)} s; RSS đỉnh ${again.peakRssMb} MB`);
    out.reimport = { seconds: again.seconds, peakRssMb: again.peakRssMb, output: again.output };

    database = await target.open();
    const existing = (
      await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from establishments`)
    )[0]!.n;
    if (exportRows > existing) {
      say(`▶ Sinh thêm ${formatInteger(exportRows - existing)} cơ sở (bộ sinh dữ liệu của bench)`);
      const t0 = performance.now();
      await establishmentsGenerator.run({
        database,
        db: database.db,
        rng: createRng(7),
        scale: (exportRows - existing) / 500_000,
        shared: { users: [], organisations: [] },
        log: say,
        unitsDir: '',
      });
      await database.raw('ANALYZE establishments');
      say(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    await database.close();

    const exportsOut: unknown[] = [];
    out.exports = exportsOut;
    for (const [label, extra] of [
      ['toàn quốc', []],
      ['một tỉnh (91)', ['--province', '91']],
    ] as const) {
      say(`▶ Xuất ${label} (tiến trình riêng): establishments:export`);
      const xlsx = path.join(work, `xuat-${exportsOut.length}.xlsx`);
      const exp = await runCli(['establishments:export', xlsx, ...extra], env);
      const n = Number((/Đã xuất ([\d.]+) dòng/.exec(exp.output)?.[1] ?? '0').replace(/\./g, ''));
      say(
        `  ${formatInteger(n)} dòng / ${exp.seconds.toFixed(1)} s = ${formatInteger(Math.round(n / exp.seconds))} dòng/s; RSS đỉnh ${exp.peakRssMb} MB; tệp ${(fs.statSync(xlsx).size / 1048576).toFixed(1)} MB`,
      );
      exportsOut.push({
        label,
        rows: n,
        seconds: exp.seconds,
        rowsPerSecond: n / exp.seconds,
        peakRssMb: exp.peakRssMb,
        bytes: fs.statSync(xlsx).size,
      });
    }
  } finally {
    await target.cleanup();
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  }
  const dir = path.join(root, 'bench/out');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `establishments-${engine}.json`), `${JSON.stringify(out, null, 2)}\n`);
  say(`Kết quả: bench/out/establishments-${engine}.json`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
