import type { Actor, Scope } from '../../platform/actor.ts';

export type JobTarget = { createdBy: string | null; provinceCode: string | null };

/**
 * Everyone sees the jobs they started. A system administrator sees every job; a department
 * administrator sees the jobs of the province (so a colleague's stuck import can be found and cancelled).
 */
export function jobScopeFor(actor: Actor): Scope {
  if (actor.role === 'system_admin') return { kind: 'all' };
  if (actor.role === 'department_admin' && actor.provinceCode)
    return { kind: 'province', provinceCode: actor.provinceCode };
  return { kind: 'self', userId: actor.userId };
}

export function canReadJob(actor: Actor, job: JobTarget): boolean {
  if (job.createdBy !== null && job.createdBy === actor.userId) return true;
  const scope = jobScopeFor(actor);
  if (scope.kind === 'all') return true;
  return scope.kind === 'province' && job.provinceCode === scope.provinceCode;
}

/** Whoever may read a job may cancel it while it has not ended. */
export function canCancelJob(actor: Actor, job: JobTarget & { status: string }): boolean {
  return canReadJob(actor, job) && (job.status === 'queued' || job.status === 'running');
}

/** Result files (reports, exports) go to the job's creator and administrators in scope. */
export function canDownloadJobResult(
  actor: Actor,
  job: JobTarget & { status: string; resultFileId: string | null },
): boolean {
  return canReadJob(actor, job) && job.resultFileId !== null;
}
