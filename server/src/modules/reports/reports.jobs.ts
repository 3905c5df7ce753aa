import type { Period, PeriodKind, ReportData } from '../../../../shared/schemas/reports.ts';
import { AppError } from '../../platform/errors.ts';
import { record } from '../audit/index.ts';
import { vnToday } from '../calls/index.ts';
import { type JobContext, type JobOutcome, registerJobHandler } from '../jobs/index.ts';
import { assemble, consolidate, diffReports, labelsOf } from './report.build.ts';
import { computeFigures } from './report.compute.ts';
import { computeOutputs } from './report.outputs.ts';
import { cutOff, periodLabel } from './report.period.ts';
import * as repo from './reports.repo.ts';

export const JOB_GENERATE = 'report.generate';

/** The figures of a periodic report (one province or the nation), computed in the database. */
export async function computeReportData(
  db: JobContext['db'],
  q: { period: Period; provinceCode: string | null; byOldProvinces: boolean; today?: string },
): Promise<ReportData> {
  const to = cutOff(q.period, q.today ?? vnToday());
  const fq = {
    year: q.period.year,
    provinceCode: q.provinceCode,
    from: q.period.from,
    to,
    byOldProvinces: q.byOldProvinces,
  };
  const [groups, outputs, labels] = await Promise.all([
    computeFigures(db, fq),
    computeOutputs(db, fq),
    labelsOf(db),
  ]);
  return assemble(groups, { ...q, outputs, labels });
}

/** Computes a report's figures (or the provinces' consolidation) and leaves it as a draft. */
async function generate(ctx: JobContext): Promise<JobOutcome> {
  const id = String((ctx.job.input as { reportId?: string }).reportId ?? '');
  const r = await repo.findReport(ctx.db, { kind: 'all' }, id);
  if (r?.state !== 'generating') return { message: 'Báo cáo không còn chờ tổng hợp.' };
  await ctx.progress(10, 'Đang tổng hợp số liệu…');
  const period: Period = {
    kind: r.periodKind as PeriodKind,
    year: r.periodYear,
    index: r.periodIndex,
    from: r.periodFrom,
    to: r.periodTo,
  };
  let data: ReportData;
  let sources: repo.ReportRowDb['sources'] = [];
  try {
    if (r.kind === 'consolidated') {
      const parts = await repo.submittedForPeriod(ctx.db, r);
      if (parts.length === 0)
        throw new AppError('REPORT_NOTHING_TO_CONSOLIDATE', { period: periodLabel(period) });
      data = consolidate(
        period,
        parts.map((p) => ({ provinceCode: p.provinceKey, data: p.data as ReportData })),
        await labelsOf(ctx.db),
      );
      sources = parts.map((p) => ({ reportId: p.id, provinceCode: p.provinceKey, version: p.version }));
    } else {
      data = await computeReportData(ctx.db, {
        period,
        provinceCode: r.provinceKey || null,
        byOldProvinces: r.byOldProvinces === 1,
      });
    }
  } catch (err) {
    const message = err instanceof AppError ? null : String(err);
    await repo.updateReport(ctx.db, id, null, {
      state: 'failed',
      error: err instanceof AppError ? err.code : message,
    });
    await record(ctx.db, null, {
      action: 'report.failed',
      entityType: 'report',
      entityId: id,
      provinceCode: r.provinceKey || null,
      meta: { error: err instanceof AppError ? err.code : message },
    });
    throw err;
  }
  await ctx.progress(80, 'Đang lưu báo cáo…');
  const before = r.supersedesId ? await repo.findReport(ctx.db, { kind: 'all' }, r.supersedesId) : undefined;
  const diff = before?.data
    ? diffReports(before.data, data, { id: before.id, version: before.version })
    : null;
  const done = await repo.updateReport(ctx.db, id, r.rowVersion, {
    data,
    diff,
    sources,
    state: 'draft',
    generatedAt: new Date(),
    error: null,
  });
  if (!done) return { message: 'Báo cáo đã thay đổi trong lúc tổng hợp; không ghi đè.' };
  await record(ctx.db, null, {
    action: 'report.generated',
    entityType: 'report',
    entityId: id,
    provinceCode: r.provinceKey || null,
    meta: { schemes: data.totals.schemes, version: r.version, changes: diff?.changes.length ?? null },
  });
  return {
    result: { reportId: id, schemes: data.totals.schemes },
    message: `Đã tổng hợp ${data.totals.schemes} đề án.`,
  };
}

export function registerReportJobs(): void {
  registerJobHandler(JOB_GENERATE, generate);
}
