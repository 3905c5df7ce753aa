// `npx tsx bench/establishments.ts [--engine postgres|pglite] [--rows 100000] [--export 500000] [--keep]`
// Import of an Excel list end to end (upload → check → confirm → all rows written) and export of a large
// filtered list, through the product's own services and job runner, with wall time and peak memory.
// Writes bench/out/establishments.json. Never fails on time: benchmarks are not tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/src/config.ts';
import {
  type Database,
  type Database as Db2,
  openDatabase,
  queryRows,
  sql,
} from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { seedDemo } from '../server/src/db/seed.ts';
import { registerEstablishmentJobs } from '../server/src/modules/establishments/establishments.jobs.ts';
import { commitImport, startExport, startImport } from '../server/src/modules/establishments/io.service.ts';
import { unitInfo } from '../server/src/modules/establishments/location.ts';
import { getJobRow, runQueuedJobs } from '../server/src/modules/jobs/index.ts';
import { systemActor } from '../server/src/platform/actor.ts';
import { foldVietnamese } from '../server/src/platform/search.ts';
import { formatInteger } from '../shared/format.ts';
import { establishmentsGenerator } from './generators/establishments.ts';
import { parseArgs } from './lib/args.ts';
import { DEFAULT_PG_URL } from './lib/engines.ts';
import { crafts, personName, placeName } from './lib/names.ts';
import { createRng } from './lib/prng.ts';
import { writeImportFile } from './lib/xlsx-import-file.ts';

const quiet = { info() {}, warn() {}, error: (o: unknown) => console.error(o) };
const say = (s: string) => console.log(s);

/** Samples this process's RSS and heap every 50 ms while `fn` runs. */
async function measured<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakRssMb: number; peakHeapMb: number; startRssMb: number }> {
  const mb = (n: number) => Math.round(n / 1048576);
  const startRssMb = mb(process.memoryUsage().rss);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
  };
  const timer = setInterval(sample, 50);
  const t0 = performance.now();
  try {
    const value = await fn();
    sample();
    return {
      value,
      seconds: (performance.now() - t0) / 1000,
      peakRssMb: mb(peakRss),
      peakHeapMb: mb(peakHeap),
      startRssMb,
    };
  } finally {
    clearInterval(timer);
  }
}

/** A fresh database of its own (not the shared bench database, so both benches can run at once). */
async function prepare(engine: 'postgres' | 'pglite', pgUrl: string, keep: boolean) {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-est-db-'));
    return {
      where: dir,
      open: (): Promise<Db2> => openDatabase({ dataDir: dir }),
      cleanup: async () => void (keep || fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = 'kc_bench_est';
  const admin = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
  await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${name}`);
  await admin.close();
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  return {
    where: `${u.host}/${name}`,
    open: (poolMax = 10): Promise<Db2> => openDatabase({ databaseUrl: u.toString(), poolMax }),
    cleanup: async () => {
      if (keep) return;
      const a = await openDatabase({ databaseUrl: pgUrl, poolMax: 1 });
      await a.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => a.close());
    },
  };
}

async function jobOrThrow(database: Database, id: string) {
  const job = await getJobRow(database.db, id);
  if (job?.status !== 'done') throw new Error(`job ${id}: ${job?.status} ${job?.errorMessage ?? ''}`);
  return job;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = (args.string('engine') ?? 'postgres') as 'postgres' | 'pglite';
  const rows = args.number('rows', 100_000);
  const exportRows = args.number('export', 500_000);
  const setup = await prepare(engine, args.string('database-url') ?? DEFAULT_PG_URL, args.flag('keep'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-est-'));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: work,
    FILES_DIR: path.join(work, 'files'),
    LOG_LEVEL: 'warn',
  });
  const database = await setup.open(10);
  registerEstablishmentJobs();
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    engine,
    where: setup.where,
    cpus: os.cpus().length,
    node: process.version,
  };
  try {
    say(`▶ ${engine}: migrate + dữ liệu mẫu (gồm danh mục đơn vị hành chính)`);
    await migrate(database);
    await seedDemo(database.db);

    say(`▶ Tạo tệp nhập ${formatInteger(rows)} dòng (An Giang, đơn vị của cả hai thời kỳ, có/không dấu)`);
    const ids = await queryRows<{ id: number }>(
      database.db,
      sql`select id from admin_units where level = 'commune' and (province_code = '91' and era = '2025' or era = 'pre2025' and province_code in ('89', '91'))`,
    );
    const labels: string[] = [];
    const oldLabels: string[] = [];
    for (const { id } of ids) {
      const info = await unitInfo(database.db, id);
      if (typeof info !== 'string' && info.provinceCode === '91')
        (info.unitEra === '2025' ? labels : oldLabels).push(info.unitLabel);
    }
    // Accent-free text is only unambiguous where no two units fold to the same name.
    const folded = new Map<string, number>();
    for (const l of [...labels, ...oldLabels])
      folded.set(foldVietnamese(l), (folded.get(foldVietnamese(l)) ?? 0) + 1);
    const file = path.join(work, 'danh-sach-an-giang.xlsx');
    const rng = createRng(20250701);
    await writeImportFile(file, rows, (i) => {
      // Most rows name today's communes; one in five a commune as it was before 1 July 2025.
      const label = rng.chance(0.2) ? rng.pick(oldLabels) : rng.pick(labels);
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
    say(`  ${path.basename(file)}: ${(fs.statSync(file).size / 1048576).toFixed(1)} MB`);

    say('▶ Nhập: tải lên → kiểm tra → xác nhận → ghi (một giao dịch)');
    const imp = await measured(async () => {
      const t0 = performance.now();
      const started = await startImport(
        database.db,
        config,
        systemActor,
        { filename: path.basename(file), file: fs.createReadStream(file) },
        '91',
      );
      await runQueuedJobs(database, config, quiet);
      const check = await jobOrThrow(database, started.jobId);
      const checked = check.result as {
        canCommit: boolean;
        issues: { row: number; code: string; value: string; message: string }[];
      };
      if (!checked.canCommit)
        throw new Error(`tệp có lỗi: ${JSON.stringify(checked.issues.slice(0, 5), null, 1)}`);
      const t1 = performance.now();
      const commit = await commitImport(database.db, systemActor, started.importId!);
      await runQueuedJobs(database, config, quiet);
      const done = await jobOrThrow(database, commit.jobId);
      return {
        check: check.result,
        done: done.result,
        checkSeconds: (t1 - t0) / 1000,
        commitSeconds: (performance.now() - t1) / 1000,
      };
    });
    const importRate = rows / imp.seconds;
    say(
      `  ${formatInteger(rows)} dòng trong ${imp.seconds.toFixed(1)} s = ${formatInteger(Math.round(importRate))} dòng/s (kiểm tra ${imp.value.checkSeconds.toFixed(1)} s, ghi ${imp.value.commitSeconds.toFixed(1)} s); RSS đỉnh ${imp.peakRssMb} MB (đầu ${imp.startRssMb} MB), heap đỉnh ${imp.peakHeapMb} MB`,
    );
    out.import = {
      rows,
      seconds: imp.seconds,
      rowsPerSecond: importRate,
      peakRssMb: imp.peakRssMb,
      startRssMb: imp.startRssMb,
      peakHeapMb: imp.peakHeapMb,
      checkSeconds: imp.value.checkSeconds,
      commitSeconds: imp.value.commitSeconds,
      check: imp.value.check,
      written: imp.value.done,
    };

    say('▶ Nhập lại cùng tệp (không đổi gì)');
    const again = await measured(async () => {
      const s = await startImport(
        database.db,
        config,
        systemActor,
        { filename: 'lan-2.xlsx', file: fs.createReadStream(file) },
        '91',
      );
      await runQueuedJobs(database, config, quiet);
      return (await jobOrThrow(database, s.jobId)).result;
    });
    say(
      `  kiểm tra lại ${again.seconds.toFixed(1)} s: ${JSON.stringify({ unchanged: (again.value as { unchanged: number }).unchanged })}`,
    );
    out.reimport = { seconds: again.seconds, peakRssMb: again.peakRssMb, result: again.value };

    const existing = (
      await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from establishments`)
    )[0]!.n;
    if (exportRows > existing) {
      say(`▶ Sinh thêm ${formatInteger(exportRows - existing)} cơ sở cho phép xuất`);
      const scale = (exportRows - existing) / 500_000;
      await establishmentsGenerator.run({
        database,
        db: database.db,
        rng: createRng(7),
        scale,
        shared: { users: [], organisations: [] },
        log: say,
        unitsDir: '',
      });
      await database.raw('ANALYZE establishments');
    }
    const exportsOut: unknown[] = [];
    out.exports = exportsOut;
    for (const [label, filters] of [
      ['toàn quốc', {}],
      ['một tỉnh (91)', { provinceCode: '91' }],
    ] as const) {
      say(`▶ Xuất ${label}`);
      const exp = await measured(async () => {
        const s = await startExport(database.db, systemActor, filters);
        await runQueuedJobs(database, config, quiet);
        return (await jobOrThrow(database, s.jobId)).result as { rows: number };
      });
      say(
        `  ${formatInteger(exp.value.rows)} dòng trong ${exp.seconds.toFixed(1)} s = ${formatInteger(Math.round(exp.value.rows / exp.seconds))} dòng/s; RSS đỉnh ${exp.peakRssMb} MB (đầu ${exp.startRssMb} MB), heap đỉnh ${exp.peakHeapMb} MB`,
      );
      exportsOut.push({ label, ...exp, rowsPerSecond: exp.value.rows / exp.seconds });
    }
  } finally {
    await database.close();
    await setup.cleanup();
    if (!args.flag('keep')) fs.rmSync(work, { recursive: true, force: true });
  }
  const dir = path.resolve(import.meta.dirname, 'out');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `establishments-${engine}.json`), `${JSON.stringify(out, null, 2)}\n`);
  say(`Kết quả: bench/out/establishments-${engine}.json`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
