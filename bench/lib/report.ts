import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Engine } from '../../server/src/db/client.ts';
import type { GenerateSummary } from '../generators/all.ts';
import type { ReportMeasure } from '../scenarios/reports.ts';
import type { LoadResult } from './load.ts';

export type ScenarioResult = {
  name: string;
  label: string;
  skipped?: string;
  http?: LoadResult;
  driver?: LoadResult;
  /** HTTP requests per second ÷ driver query sequences per second. */
  ratio?: number;
  /** HTTP ÷ driver in each alternating round (PostgreSQL), showing the machine's noise. */
  roundRatios?: number[];
  /** Statements each request runs (session lookup included). */
  statementsPerRequest?: number;
};

export type EngineResult = {
  engine: Engine;
  where: string;
  firstStartSeconds: number;
  /** What the server itself reports (main() to listening), i.e. without process start and code loading. */
  firstStartReportedSeconds: number | null;
  rssAfterFirstStartMb: number | null;
  generate: GenerateSummary;
  restartSeconds: number;
  restartReportedSeconds: number | null;
  rssIdleMb: number | null;
  rssAfterLoadMb: number | null;
  scenarios: ScenarioResult[];
  /** The national annual report beside its raw SQL (bench/scenarios/reports.ts). */
  reports?: ReportMeasure[];
};

export type BenchReport = {
  date: string;
  /** 1-minute load average when the run ended: other work on the machine skews every figure. */
  loadAverage?: number;
  scale: number;
  concurrency: number;
  /** What generated the HTTP load: wrk, or the Node loop in the bench's own process. */
  httpClient?: 'wrk' | 'node';
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  engines: EngineResult[];
  /** Engines whose run crashed (not slow: a benchmark never fails on time). */
  failures: { engine: Engine; error: string }[];
  /** Budget allocation, MIP beside greedy (bench/plans.ts). */
  allocation?: unknown;
};

export const targets = { firstStartSeconds: 20, restartSeconds: 3, rssIdleMb: 500, ratio: 0.75 } as const;

const vi = (n: number, digits = 0) =>
  n.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mark = (ok: boolean) => (ok ? '✓' : '✗ (chưa đạt)');
const row = (label: string, value: string, target = '') =>
  `  ${label.padEnd(52)} ${value.padEnd(34)} ${target}`;

function loadLine(r: LoadResult, unit: string): string {
  const errors = r.errors > 0 ? `, ${r.errors} lỗi` : '';
  return `${vi(r.perSecond)} ${unit}  p50 ${vi(r.p50Ms, 1)} ms  p95 ${vi(r.p95Ms, 1)} ms${errors}`;
}

export function machineInfo(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export function printEngine(r: EngineResult, scale: number): void {
  const name = r.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const mb = (v: number | null) => (v === null ? 'n/a' : `${vi(v)} MB`);
  const secs = (v: number | null) => (v === null ? 'n/a' : `${vi(v, 1)} s`);
  const lines = [
    '',
    `══ ${name} — quy mô ${scale} — ${r.where}`,
    row('Chỉ số / metric', 'Đo được / measured', 'Mục tiêu / target'),
    row(
      'Khởi động lần đầu (tạo, migrate, seed)',
      `${vi(r.firstStartSeconds, 1)} s`,
      `< ${targets.firstStartSeconds} s ${mark(r.firstStartSeconds < targets.firstStartSeconds)}`,
    ),
    row('  trong đó máy chủ tự báo (main() → listen)', secs(r.firstStartReportedSeconds)),
    row('RSS sau khởi động lần đầu', mb(r.rssAfterFirstStartMb)),
    row(
      'Sinh dữ liệu',
      `${vi(r.generate.totalRows)} dòng, ${vi(r.generate.seconds, 1)} s, ${vi(r.generate.totalRows / Math.max(r.generate.seconds, 0.001))} dòng/s`,
    ),
    row(
      'Khởi động lại với dữ liệu có sẵn',
      `${vi(r.restartSeconds, 1)} s`,
      `< ${targets.restartSeconds} s ${mark(r.restartSeconds < targets.restartSeconds)}`,
    ),
    row('  trong đó máy chủ tự báo (main() → listen)', secs(r.restartReportedSeconds)),
    row(
      'RSS máy chủ nhàn rỗi sau khởi động',
      mb(r.rssIdleMb),
      r.engine === 'pglite' && r.rssIdleMb !== null
        ? `< ${targets.rssIdleMb} MB ${mark(r.rssIdleMb < targets.rssIdleMb)}`
        : '(chỉ đặt mục tiêu cho PGlite)',
    ),
    row('RSS sau khi chịu tải', mb(r.rssAfterLoadMb)),
  ];
  for (const s of r.scenarios) {
    lines.push(`  ${s.label}`);
    if (s.skipped || !s.http || !s.driver) {
      lines.push(row('    bỏ qua / skipped', s.skipped ?? 'không đo được'));
      continue;
    }
    lines.push(row('    HTTP (máy chủ thật, loopback)', loadLine(s.http, 'req/s')));
    lines.push(
      row(
        `    cùng SQL qua driver (${s.statementsPerRequest ?? '?'} câu lệnh/yêu cầu)`,
        loadLine(s.driver, 'lượt/s'),
      ),
    );
    if (s.ratio !== undefined) {
      lines.push(
        row(
          '    tỉ lệ HTTP / driver',
          `${vi(s.ratio, 2)}×${s.roundRatios?.length ? ` (các vòng ${vi(Math.min(...s.roundRatios), 2)}–${vi(Math.max(...s.roundRatios), 2)})` : ''}`,
          `≥ ${targets.ratio}× ${mark(s.ratio >= targets.ratio)}`,
        ),
      );
    }
    if (s.http.firstError) lines.push(row('    lỗi HTTP đầu tiên', s.http.firstError.slice(0, 80)));
  }
  for (const m of r.reports ?? []) {
    const dash = m.schemes === 0;
    const limit = dash ? 300 : 1000;
    lines.push(dash ? `  ${m.label}` : `  ${m.label} — ${vi(m.schemes)} đề án`);
    lines.push(
      row(
        dash ? '    hàm của sản phẩm (dashboard)' : '    hàm của sản phẩm (computeReportData)',
        `trung bình ${vi(m.product.meanMs, 1)} ms  p95 ${vi(m.product.p95Ms, 1)} ms`,
        r.engine === 'postgres' ? `< ${dash ? '300 ms' : '1 s'} ${mark(m.product.p95Ms < limit)}` : '',
      ),
    );
    lines.push(
      row('    cùng SQL qua driver', `trung bình ${vi(m.raw.meanMs, 1)} ms  p95 ${vi(m.raw.p95Ms, 1)} ms`),
    );
    lines.push(row('    tỉ lệ sản phẩm / SQL', `${vi(m.ratio, 2)}×`, `≤ 1,3× ${mark(m.ratio <= 1.3)}`));
  }
  console.log(lines.join('\n'));
}

export function writeReport(report: BenchReport): string {
  const dir = path.resolve(import.meta.dirname, '../out');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'results.json');
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
