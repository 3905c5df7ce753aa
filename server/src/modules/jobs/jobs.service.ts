import { EventEmitter } from 'node:events';
import type { ErrorCode } from '../../../../shared/errors.ts';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import {
  type JobDto,
  type JobListQuery,
  type JobStatus,
  jobKindLabels,
} from '../../../../shared/schemas/jobs.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { getFile, getFiles, type StoredFile } from '../files/index.ts';
import { canCancelJob, canDownloadJobResult, jobScopeFor } from './jobs.policy.ts';
import * as repo from './jobs.repo.ts';

export type { JobRow } from './jobs.repo.ts';

/** Wakes the runners of this process when a job is queued, so short jobs do not wait for the next poll. */
export const jobEvents = new EventEmitter();
jobEvents.setMaxListeners(100);

export type EnqueueInput = {
  kind: string;
  input?: Record<string, unknown>;
  provinceCode?: string | null;
  /** At most one queued or running job per key; a second one is refused with `duplicateError`. */
  dedupeKey?: string | null;
  duplicateError?: ErrorCode;
  maxAttempts?: number;
};

const SYSTEM_ID = '00000000-0000-0000-0000-000000000000';

export async function enqueueJob(db: Db, actor: Actor | null, e: EnqueueInput): Promise<repo.JobRow> {
  try {
    const row = await repo.insertJob(db, {
      kind: e.kind,
      input: e.input ?? {},
      provinceCode: e.provinceCode ?? null,
      dedupeKey: e.dedupeKey ?? null,
      maxAttempts: e.maxAttempts ?? 3,
      createdBy: actor && actor.userId !== SYSTEM_ID ? actor.userId : null,
      createdByName: actor?.fullName ?? null,
    });
    setTimeout(() => jobEvents.emit('enqueued', row.kind), 5);
    return row;
  } catch (err) {
    if (isUniqueViolation(err, 'jobs_active_dedupe_uq')) throw new AppError(e.duplicateError ?? 'CONFLICT');
    throw err;
  }
}

/** Whether a queued or running job holds the key. */
export async function activeJobFor(db: Db, dedupeKey: string): Promise<repo.JobRow | undefined> {
  return repo.findActiveByDedupeKey(db, dedupeKey);
}

/** Unscoped read for modules that own the job's kind (e.g. to confirm an import after its check). */
export async function getJobRow(db: Db, id: string): Promise<repo.JobRow | undefined> {
  return repo.findJob(db, { kind: 'all' }, id);
}

function present(actor: Actor, j: repo.JobRow, fileName: string | null): JobDto {
  return {
    id: j.id,
    kind: j.kind,
    kindLabel: jobKindLabels[j.kind]?.vi ?? j.kind,
    status: j.status as JobStatus,
    progress: j.progress,
    message: j.message,
    input: (j.input as Record<string, unknown> | null) ?? {},
    result: (j.result as Record<string, unknown> | null) ?? null,
    resultFileId: j.resultFileId,
    resultFileName: fileName,
    error: j.errorCode ? { code: j.errorCode, message: j.errorMessage ?? j.errorCode } : null,
    createdBy: j.createdBy,
    createdByName: j.createdByName,
    provinceCode: j.provinceCode,
    attempt: j.attempt,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
    abilities: { cancel: canCancelJob(actor, j), download: canDownloadJobResult(actor, j) },
  };
}

export async function listJobs(db: Db, actor: Actor, q: JobListQuery): Promise<ListResponse<JobDto>> {
  const { rows, total } = await repo.listJobs(db, jobScopeFor(actor), q, actor.userId);
  const files = await getFiles(
    db,
    rows.flatMap((r) => (r.resultFileId ? [r.resultFileId] : [])),
  );
  const names = new Map(files.map((f) => [f.id, f.name]));
  return {
    items: rows.map((r) => present(actor, r, r.resultFileId ? (names.get(r.resultFileId) ?? null) : null)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function findInScope(db: Db, actor: Actor, id: string): Promise<repo.JobRow> {
  const row =
    (await repo.findJob(db, jobScopeFor(actor), id)) ??
    (await repo.findJob(db, { kind: 'self', userId: actor.userId }, id));
  if (!row) throw notFound();
  return row;
}

export async function getJob(db: Db, actor: Actor, id: string): Promise<JobDto> {
  const row = await findInScope(db, actor, id);
  const file = row.resultFileId ? await getFile(db, row.resultFileId) : undefined;
  return present(actor, row, file?.name ?? null);
}

export async function cancelJob(db: Db, actor: Actor, id: string): Promise<JobDto> {
  const row = await findInScope(db, actor, id);
  if (!canCancelJob(actor, row)) throw new AppError('JOB_NOT_CANCELLABLE', { status: row.status });
  const after = await repo.requestCancel(db, id);
  if (!after) throw new AppError('JOB_NOT_CANCELLABLE', { status: row.status });
  return present(actor, after, null);
}

export async function jobResultFile(db: Db, actor: Actor, id: string): Promise<StoredFile> {
  const row = await findInScope(db, actor, id);
  if (!canDownloadJobResult(actor, row) || !row.resultFileId) throw new AppError('JOB_NO_RESULT');
  const file = await getFile(db, row.resultFileId);
  if (!file) throw new AppError('JOB_NO_RESULT');
  return file;
}
