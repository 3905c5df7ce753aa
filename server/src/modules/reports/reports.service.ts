import type { ListResponse } from '../../../../shared/schemas/common.ts';
import {
  type CreateReportInput,
  type PeriodKind,
  type ReportDto,
  type ReportListQuery,
  type ReportState,
  type ReportSummaryDto,
  reportStateLabels,
  type SubmitReportInput,
} from '../../../../shared/schemas/reports.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { AppError, isUniqueViolation } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { vnToday } from '../calls/index.ts';
import { getOrganisation } from '../identity/index.ts';
import { enqueueJob } from '../jobs/index.ts';
import { currentProvinces } from '../reference/index.ts';
import { assertReportable, periodLabel, periodOf } from './report.period.ts';
import { JOB_GENERATE } from './reports.jobs.ts';
import { canPrepareNational, canPrepareProvince, canReadScope, reportScopeFor } from './reports.policy.ts';
import * as repo from './reports.repo.ts';

const periodOfRow = (r: repo.ReportRowDb) => ({
  kind: r.periodKind as PeriodKind,
  year: r.periodYear,
  index: r.periodIndex,
  from: r.periodFrom,
  to: r.periodTo,
});

export function summaryOf(r: repo.ReportRowDb, provinces: Map<string, { name: string }>): ReportSummaryDto {
  const period = periodOfRow(r);
  return {
    id: r.id,
    kind: r.kind as ReportSummaryDto['kind'],
    provinceCode: r.provinceKey || null,
    scopeName: r.provinceKey ? (provinces.get(r.provinceKey)?.name ?? r.provinceKey) : 'Toàn quốc',
    period,
    periodLabel: periodLabel(period),
    version: r.version,
    state: r.state as ReportState,
    title: r.title,
    number: r.number,
    issuedDate: r.issuedDate,
    issuerName: r.issuerName,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    rowVersion: r.rowVersion,
    jobId: r.jobId,
  };
}

/** Who may prepare (generate, submit, version) this report. */
function canPrepare(actor: Actor, r: Pick<repo.ReportRowDb, 'kind' | 'provinceKey'>): boolean {
  return r.kind === 'periodic' && r.provinceKey
    ? canPrepareProvince(actor, r.provinceKey)
    : canPrepareNational(actor);
}

async function load(db: Db, actor: Actor, id: string): Promise<repo.ReportRowDb> {
  const r = await repo.findReport(db, reportScopeFor(actor), id);
  if (!r) throw new AppError('REPORT_NOT_FOUND');
  return r;
}

export async function getReport(db: Db, actor: Actor, id: string): Promise<ReportDto> {
  const r = await load(db, actor, id);
  const [provinces, versions] = await Promise.all([currentProvinces(db), repo.versionsOf(db, r)]);
  const prepare = canPrepare(actor, r);
  const newest = versions.at(-1)?.id === r.id;
  return {
    ...summaryOf(r, provinces),
    signerName: r.signerName,
    byOldProvinces: r.byOldProvinces === 1,
    data: r.data ?? null,
    diff: r.diff ?? null,
    error: r.error,
    supersedesId: r.supersedesId,
    sources: r.sources,
    versions: versions.map((v) => ({ id: v.id, version: v.version, state: v.state as ReportState })),
    abilities: {
      submit: prepare && r.state === 'draft',
      newVersion: prepare && r.state === 'submitted' && newest,
      regenerate: prepare && (r.state === 'draft' || r.state === 'failed'),
    },
  };
}

export async function listReports(
  db: Db,
  actor: Actor,
  q: ReportListQuery,
): Promise<ListResponse<ReportSummaryDto>> {
  const scope = reportScopeFor(actor);
  if (scope.kind === 'none') return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  if (q.provinceCode && !canReadScope(actor, q.provinceCode))
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await repo.listReportRows(db, repo.listWhere(scope, q), q.page, q.pageSize);
  const provinces = await currentProvinces(db);
  return { items: rows.map((r) => summaryOf(r, provinces)), total, page: q.page, pageSize: q.pageSize };
}

const titleOf = (kind: string, scopeName: string, label: string) =>
  kind === 'consolidated'
    ? `Báo cáo tổng hợp kết quả thực hiện công tác khuyến công ${label} của các tỉnh, thành phố`
    : `Báo cáo kết quả thực hiện công tác khuyến công ${label} — ${scopeName}`;

/** Creates a report for a period and scope and queues its figures; one current report per scope and period. */
export async function createReport(db: Db, actor: Actor, input: CreateReportInput): Promise<ReportDto> {
  const provinceCode = input.kind === 'consolidated' ? null : (input.provinceCode ?? null);
  if (input.kind === 'consolidated' && input.provinceCode) throw new AppError('REPORT_SCOPE_FORBIDDEN');
  if (provinceCode && !canReadScope(actor, provinceCode)) throw new AppError('REPORT_NOT_FOUND');
  if (provinceCode ? !canPrepareProvince(actor, provinceCode) : !canPrepareNational(actor))
    throw new AppError('REPORT_SCOPE_FORBIDDEN');
  const provinces = await currentProvinces(db);
  if (provinceCode && !provinces.has(provinceCode)) throw new AppError('REPORT_NOT_FOUND');
  const period = periodOf(input.periodKind, input.periodYear, input.periodIndex);
  assertReportable(period, vnToday());
  const key = { periodKind: period.kind, periodYear: period.year, periodIndex: period.index };
  const scopeName = provinceCode ? (provinces.get(provinceCode)?.name ?? provinceCode) : 'Toàn quốc';
  const issuer = await getOrganisation(db, systemActor, actor.organisationId).catch(() => null);
  const id = await tx(db, async (t) => {
    const existing = await repo.currentOf(t, input.kind, provinceCode ?? '', key);
    if (existing)
      throw new AppError('REPORT_PERIOD_EXISTS', {
        period: periodLabel(period),
        scope: scopeName,
        version: existing.version,
        state: reportStateLabels[existing.state as ReportState].vi,
        id: existing.id,
      });
    try {
      const r = await repo.insertReport(t, {
        kind: input.kind,
        provinceKey: provinceCode ?? '',
        ...key,
        periodFrom: period.from,
        periodTo: period.to,
        title: titleOf(input.kind, scopeName, periodLabel(period)),
        number: input.number ?? null,
        signerName: input.signerName ?? null,
        issuerOrgId: actor.organisationId,
        issuerName: issuer?.name ?? actor.fullName,
        byOldProvinces: input.byOldProvinces ? 1 : 0,
        state: 'generating',
        createdBy: actor.userId,
        createdByName: actor.fullName,
      });
      await queueGeneration(t, actor, r);
      await record(t, actor, {
        action: 'report.created',
        entityType: 'report',
        entityId: r.id,
        provinceCode,
        after: { kind: input.kind, period, version: 1 },
      });
      return r.id;
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT');
      throw err;
    }
  });
  return getReport(db, actor, id);
}

async function queueGeneration(t: Db, actor: Actor, r: repo.ReportRowDb) {
  const job = await enqueueJob(t, actor, {
    kind: JOB_GENERATE,
    input: { reportId: r.id },
    provinceCode: r.provinceKey || null,
    dedupeKey: `report:${r.id}`,
  });
  await repo.updateReport(t, r.id, null, { jobId: job.id, state: 'generating', error: null });
}

/** Recomputes a draft (or a failed generation) with today's data. A submitted report is frozen. */
export async function regenerateReport(db: Db, actor: Actor, id: string, version: number) {
  await tx(db, async (t) => {
    const r = await load(t, actor, id);
    if (!canPrepare(actor, r)) throw new AppError('REPORT_SCOPE_FORBIDDEN');
    frozenGuard(r);
    if (r.state === 'generating') throw new AppError('REPORT_NOT_READY', { state: stateVi(r.state) });
    if (r.rowVersion !== version) throw new AppError('VERSION_CONFLICT');
    await queueGeneration(t, actor, r);
    await record(t, actor, { action: 'report.regenerated', entityType: 'report', entityId: id });
  });
  return getReport(db, actor, id);
}

const stateVi = (s: string) => reportStateLabels[s as ReportState]?.vi ?? s;

function frozenGuard(r: repo.ReportRowDb) {
  if (r.state === 'submitted' || r.state === 'superseded')
    throw new AppError('REPORT_FROZEN', {
      date: r.submittedAt ? r.submittedAt.toISOString().slice(0, 10).split('-').reverse().join('/') : '',
    });
}

/**
 * Submits (and so freezes) a draft: from now on its figures never change. Submitting a new version
 * supersedes the one it replaces; submitting a frozen report again is refused (issue a new version).
 */
export async function submitReport(db: Db, actor: Actor, id: string, input: SubmitReportInput) {
  await tx(db, async (t) => {
    const r = await load(t, actor, id);
    if (!canPrepare(actor, r)) throw new AppError('REPORT_SCOPE_FORBIDDEN');
    frozenGuard(r);
    if (r.state !== 'draft' || !r.data) throw new AppError('REPORT_NOT_READY', { state: stateVi(r.state) });
    const done = await repo.updateReport(t, id, input.version, {
      state: 'submitted',
      number: input.number,
      issuedDate: input.issuedDate,
      signerName: input.signerName,
      submittedBy: actor.userId,
      submittedByName: actor.fullName,
      submittedAt: new Date(),
    });
    if (!done) throw new AppError('VERSION_CONFLICT');
    if (r.supersedesId) await repo.updateReport(t, r.supersedesId, null, { state: 'superseded' });
    await record(t, actor, {
      action: 'report.submitted',
      entityType: 'report',
      entityId: id,
      provinceCode: r.provinceKey || null,
      after: { number: input.number, issuedDate: input.issuedDate, version: r.version },
    });
  });
  return getReport(db, actor, id);
}

/** A correction of a submitted report: a new version, computed afresh, with its differences shown. */
export async function newReportVersion(db: Db, actor: Actor, id: string, version: number, reason: string) {
  const newId = await tx(db, async (t) => {
    const r = await load(t, actor, id);
    if (!canPrepare(actor, r)) throw new AppError('REPORT_SCOPE_FORBIDDEN');
    if (r.state !== 'submitted') throw new AppError('REPORT_NOT_SUBMITTED', { state: stateVi(r.state) });
    if (r.rowVersion !== version) throw new AppError('VERSION_CONFLICT');
    const versions = await repo.versionsOf(t, r);
    const newest = versions.at(-1)!;
    if (newest.id !== r.id)
      throw new AppError('REPORT_PERIOD_EXISTS', {
        period: periodLabel(periodOfRow(r)),
        scope: r.title,
        version: newest.version,
        state: stateVi(newest.state),
        id: newest.id,
      });
    try {
      const n = await repo.insertReport(t, {
        kind: r.kind,
        provinceKey: r.provinceKey,
        periodKind: r.periodKind,
        periodYear: r.periodYear,
        periodIndex: r.periodIndex,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo,
        version: r.version + 1,
        title: r.title,
        signerName: r.signerName,
        issuerOrgId: r.issuerOrgId,
        issuerName: r.issuerName,
        byOldProvinces: r.byOldProvinces,
        supersedesId: r.id,
        state: 'generating',
        createdBy: actor.userId,
        createdByName: actor.fullName,
      });
      await queueGeneration(t, actor, n);
      await record(t, actor, {
        action: 'report.versioned',
        entityType: 'report',
        entityId: n.id,
        provinceCode: r.provinceKey || null,
        meta: { reason, supersedes: r.id, version: n.version },
      });
      return n.id;
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('VERSION_CONFLICT');
      throw err;
    }
  });
  return getReport(db, actor, newId);
}
