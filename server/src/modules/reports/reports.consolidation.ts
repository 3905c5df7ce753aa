import type { PeriodKind, ReportState, SubmissionStatusDto } from '../../../../shared/schemas/reports.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { currentProvinces } from '../reference/index.ts';
import { periodOf } from './report.period.ts';
import { canPrepareNational } from './reports.policy.ts';
import * as repo from './reports.repo.ts';
import { summaryOf } from './reports.service.ts';

/**
 * The agency's view of a period: for each of today's provinces, its latest report and whether it was
 * submitted, and the consolidation made so far. Departments never see it (404: not their scope).
 */
export async function submissionStatus(
  db: Db,
  actor: Actor,
  q: { periodKind: PeriodKind; periodYear: number; periodIndex: number },
): Promise<SubmissionStatusDto> {
  if (!canPrepareNational(actor)) throw new AppError('REPORT_NOT_FOUND');
  const period = periodOf(q.periodKind, q.periodYear, q.periodIndex);
  const key = { periodKind: period.kind, periodYear: period.year, periodIndex: period.index };
  const [provinces, latest, consolidation] = await Promise.all([
    currentProvinces(db),
    repo.latestForPeriod(db, key),
    repo.currentOf(db, 'consolidated', '', key),
  ]);
  const submitted = new Map((await repo.submittedForPeriod(db, key)).map((r) => [r.provinceKey, r]));
  const byProvince = new Map(latest.map((r) => [r.provinceKey, r]));
  return {
    period,
    provinces: [...provinces.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => {
        const r = byProvince.get(p.code);
        const s = submitted.get(p.code);
        return {
          code: p.code,
          name: p.name,
          reportId: r?.id ?? null,
          version: r?.version ?? null,
          state: (r?.state as ReportState | undefined) ?? null,
          submittedAt: s?.submittedAt?.toISOString() ?? null,
        };
      }),
    consolidation: consolidation ? summaryOf(consolidation, provinces) : null,
  };
}
