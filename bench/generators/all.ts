import path from 'node:path';
import type { Database } from '../../server/src/db/client.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { isEmpty, seedDemo } from '../../server/src/db/seed.ts';
import { createRng } from '../lib/prng.ts';
import { generators } from './index.ts';
import type { GenContext } from './types.ts';

export const DEFAULT_SEED = 20250701;
export const defaultUnitsDir = path.resolve(import.meta.dirname, '../../../shared/data/units');

export type GenerateOptions = {
  database: Database;
  scale: number;
  seed?: number;
  unitsDir?: string;
  /** Names of the generators to run (`--only units,identity`); all of them when absent. */
  only?: readonly string[];
  log?: (line: string) => void;
};

export type GenerateSummary = {
  parts: {
    name: string;
    rows: Record<string, number>;
    seconds: number;
    rowsPerSecond: number;
    skipped?: string;
  }[];
  totalRows: number;
  seconds: number;
};

/** Migrates, seeds the demo data when empty, then runs every generator in order and analyses the tables. */
export async function generateAll(opts: GenerateOptions): Promise<GenerateSummary> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  await migrate(opts.database);
  if (await isEmpty(opts.database.db)) await seedDemo(opts.database.db);
  const root = createRng(opts.seed ?? DEFAULT_SEED);
  const ctx: Omit<GenContext, 'rng'> = {
    database: opts.database,
    db: opts.database.db,
    scale: opts.scale,
    shared: { users: [], organisations: [] },
    log,
    unitsDir: opts.unitsDir ?? defaultUnitsDir,
  };
  const parts: GenerateSummary['parts'] = [];
  const unknown = (opts.only ?? []).filter((n) => !generators.some((g) => g.name === n));
  if (unknown.length > 0) {
    throw new Error(
      `Không có bộ sinh ${unknown.join(', ')}; có: ${generators.map((g) => g.name).join(', ')}`,
    );
  }
  const chosen = opts.only ? generators.filter((g) => opts.only?.includes(g.name)) : generators;
  for (const g of chosen) {
    const t0 = performance.now();
    log(`• ${g.name}: ${g.describe}`);
    const result = await g.run({ ...ctx, rng: root.fork(g.name) });
    const seconds = (performance.now() - t0) / 1000;
    const rows = Object.values(result.rows).reduce((s, n) => s + n, 0);
    const rowsPerSecond = seconds > 0 ? rows / seconds : 0;
    parts.push({ name: g.name, rows: result.rows, seconds, rowsPerSecond, skipped: result.skipped });
    if (result.skipped) log(`  bỏ qua / skipped: ${result.skipped}`);
    else
      log(
        `  ${Object.entries(result.rows)
          .map(([t, n]) => `${t} ${n.toLocaleString('vi-VN')}`)
          .join(
            ', ',
          )} — ${seconds.toFixed(1)} s, ${Math.round(rowsPerSecond).toLocaleString('vi-VN')} dòng/s`,
      );
  }
  // Later generators update rows the earlier ones vacuumed; a live database is kept vacuumed by autovacuum, and
  // the lists' index-only scans need the visibility map it writes, so the data set ends in that state.
  await opts.database.raw('VACUUM (ANALYZE)');
  const seconds = (performance.now() - started) / 1000;
  const totalRows = parts.reduce((s, p) => s + Object.values(p.rows).reduce((a, n) => a + n, 0), 0);
  log(
    `Tổng / total: ${totalRows.toLocaleString('vi-VN')} dòng trong ${seconds.toFixed(1)} s ` +
      `(${Math.round(totalRows / Math.max(seconds, 0.001)).toLocaleString('vi-VN')} dòng/s, kể cả migrate/seed/VACUUM ANALYZE)`,
  );
  return { parts, totalRows, seconds };
}
