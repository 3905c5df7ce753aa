import { formatDate } from '../../../../shared/format.ts';
import { contractPhaseLabels } from '../../../../shared/schemas/contracts.ts';
import type {
  InspectionDto,
  InspectionInput,
  InspectionRating,
  ProgressReportDto,
  ProgressReportInput,
} from '../../../../shared/schemas/contracts-monitoring.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { vnToday } from '../calls/index.ts';
import { advanceScheme } from '../schemes/index.ts';
import { orgName, schemeFacts } from './contracts.links.ts';
import { can } from './contracts.policy.ts';
import { targetOf } from './contracts.present.ts';
import * as repo from './contracts.repo.ts';
import { riskThresholds } from './contracts.rules.ts';
import { loadContract } from './contracts.service.ts';
import { checkDocuments } from './documents.service.ts';
import * as mrepo from './monitoring.repo.ts';

const isLate = (r: { period: string; reportDate: string }) =>
  r.reportDate > `${r.period}-${riskThresholds.reportDay}`;

export function presentReport(r: mrepo.ReportRow): ProgressReportDto {
  return {
    id: r.id,
    period: r.period,
    reportDate: r.reportDate,
    late: isLate(r),
    workDone: r.workDone,
    overallPercent: r.overallPercent,
    contents: r.contents,
    spent: String(r.spent),
    problems: r.problems,
    documents: r.documents,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listReports(db: Db, actor: Actor, contractId: string): Promise<ProgressReportDto[]> {
  const c = await loadContract(db, actor, contractId);
  return (await mrepo.reportsOf(db, c.id)).map(presentReport);
}

/** A monthly progress report by the implementer; the first one moves the scheme to "implementing". */
export async function submitReport(db: Db, actor: Actor, contractId: string, input: ProgressReportInput) {
  const today = vnToday();
  const row = await tx(db, async (t) => {
    const c = await loadContract(t, actor, contractId, true);
    if (!can(actor, 'report.submit', targetOf(c))) throw forbidden();
    if (c.phase !== 'active')
      throw new AppError('REPORT_SCHEME_CLOSED', {
        state: contractPhaseLabels[c.phase as 'stopped'].vi.toLowerCase(),
      });
    if (c.state !== 'signed' || !c.signedDate) throw new AppError('REPORT_BEFORE_SIGNING');
    if (
      input.reportDate > today ||
      input.reportDate < c.signedDate ||
      input.period > input.reportDate.slice(0, 7) ||
      input.period < c.signedDate.slice(0, 7)
    )
      throw new AppError('REPORT_PERIOD_INVALID', { period: input.period });
    const previous = c.lastProgress ?? 0;
    if (input.overallPercent < previous)
      throw new AppError('REPORT_PROGRESS_DECREASED', { percent: input.overallPercent, previous });
    if (c.lastReportPeriod && input.period < c.lastReportPeriod)
      throw new AppError('REPORT_PERIOD_INVALID', { period: input.period });
    await checkDocuments(t, c.id, input.documents);
    const r = await mrepo.insertReport(t, {
      contractId: c.id,
      schemeId: c.schemeId,
      ...input,
      problems: input.problems ?? null,
      spent: BigInt(input.spent),
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    const updated = await repo.updateContract(t, c.id, c.version, {
      lastProgress: input.overallPercent,
      lastReportPeriod: input.period,
      lastSpent: BigInt(input.spent),
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    const s = await schemeFacts(t, c.schemeId);
    if (s.state === 'contracted')
      await advanceScheme(t, actor, c.schemeId, {
        event: 'start',
        comment: `Báo cáo tiến độ kỳ ${input.period}`,
      });
    await record(t, actor, {
      action: 'progress.reported',
      entityType: 'contract',
      entityId: c.id,
      provinceCode: c.provinceCode,
      after: {
        period: input.period,
        overallPercent: input.overallPercent,
        spent: input.spent,
        late: isLate(input),
      },
    });
    return r;
  });
  return presentReport(row);
}

function presentInspection(r: mrepo.InspectionRow): InspectionDto {
  return {
    id: r.id,
    date: r.date,
    inspectors: r.inspectors,
    findings: r.findings,
    rating: r.rating as InspectionRating,
    recommendations: r.recommendations,
    documents: r.documents,
    organisationName: r.organisationName,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listInspections(db: Db, actor: Actor, contractId: string): Promise<InspectionDto[]> {
  const c = await loadContract(db, actor, contractId);
  return (await mrepo.inspectionsOf(db, c.id)).map(presentInspection);
}

export async function recordInspection(db: Db, actor: Actor, contractId: string, input: InspectionInput) {
  const today = vnToday();
  const row = await tx(db, async (t) => {
    const c = await loadContract(t, actor, contractId);
    if (!can(actor, 'inspection.record', targetOf(c))) throw forbidden();
    if (c.state === 'draft' || c.state === 'sent' || !c.signedDate)
      throw new AppError('REPORT_BEFORE_SIGNING');
    if (input.date > today || input.date < c.signedDate)
      throw new AppError('CONTRACT_DATES_INVALID', {
        detail: `ngày kiểm tra ${formatDate(input.date)} phải từ ngày ký (${formatDate(c.signedDate)}) đến hôm nay`,
      });
    await checkDocuments(t, c.id, input.documents);
    const r = await mrepo.insertInspection(t, {
      contractId: c.id,
      schemeId: c.schemeId,
      ...input,
      recommendations: input.recommendations ?? null,
      organisationId: actor.organisationId,
      organisationName: await orgName(t, actor.organisationId),
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    await record(t, actor, {
      action: 'inspection.recorded',
      entityType: 'contract',
      entityId: c.id,
      provinceCode: c.provinceCode,
      after: { date: input.date, rating: input.rating },
    });
    return r;
  });
  return presentInspection(row);
}
