import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { JobListQuery } from '../../../../shared/schemas/jobs.ts';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { jobs } from './jobs.tables.ts';

export type JobRow = typeof jobs.$inferSelect;

function jobScope(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(jobs.provinceCode, scope.provinceCode);
    case 'organisation':
      return sql`false`;
    case 'self':
      return eq(jobs.createdBy, scope.userId);
  }
}

export async function insertJob(db: Db, values: typeof jobs.$inferInsert): Promise<JobRow> {
  const [row] = await db.insert(jobs).values(values).returning();
  return row!;
}

export async function findJob(db: Db, scope: Scope, id: string): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), jobScope(scope)));
  return row;
}

export async function findActiveByDedupeKey(db: Db, key: string): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.dedupeKey, key), inArray(jobs.status, ['queued', 'running'])));
  return row;
}

export async function listJobs(db: Db, scope: Scope, q: JobListQuery, userId: string) {
  const where = and(
    jobScope(scope),
    q.mine === 'true' ? eq(jobs.createdBy, userId) : undefined,
    q.status ? eq(jobs.status, q.status) : undefined,
    q.kind ? sql`${jobs.kind} LIKE ${`${q.kind.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
  );
  const rows = await db
    .select({ job: jobs, total: sql<number>`count(*) over()::int` })
    .from(jobs)
    .where(where)
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total =
    rows[0]?.total ??
    (q.page > 1
      ? ((await db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(where))[0]?.n ?? 0)
      : 0);
  return { rows: rows.map((r) => r.job), total };
}

/**
 * Takes the oldest queued job of the given kinds for this worker. SKIP LOCKED lets several processes
 * on PostgreSQL claim at once without waiting on each other or taking the same job.
 */
export async function claimNext(db: Db, kinds: string[], workerId: string): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const [row] = await db
    .update(jobs)
    .set({
      status: 'running',
      attempt: sql`${jobs.attempt} + 1`,
      lockedBy: workerId,
      startedAt: sql`coalesce(${jobs.startedAt}, now())`,
      heartbeatAt: sql`now()`,
    })
    .where(
      eq(
        jobs.id,
        sql`(select ${jobs.id} from ${jobs} where ${jobs.status} = 'queued' and ${inArray(jobs.kind, kinds)} order by ${jobs.createdAt}, ${jobs.id} limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return row;
}

/** Progress and heartbeat in one write; undefined when the job is no longer this worker's. */
export async function touch(
  db: Db,
  id: string,
  workerId: string,
  patch: { progress?: number; message?: string | null },
) {
  const [row] = await db
    .update(jobs)
    .set({ ...patch, heartbeatAt: sql`now()` })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
    .returning({ cancelRequested: jobs.cancelRequested });
  return row;
}

export type Finish = {
  status: 'done' | 'failed' | 'cancelled' | 'queued';
  result?: Record<string, unknown> | null;
  resultFileId?: string | null;
  message?: string | null;
  errorCode?: string | null;
  errorMessage?: string | null;
};

export async function finish(db: Db, id: string, workerId: string, f: Finish): Promise<boolean> {
  const requeue = f.status === 'queued';
  const rows = await db
    .update(jobs)
    .set({
      status: f.status,
      lockedBy: null,
      ...(f.status === 'done' ? { progress: 100 } : {}),
      ...(f.result !== undefined ? { result: f.result } : {}),
      ...(f.resultFileId !== undefined ? { resultFileId: f.resultFileId } : {}),
      ...(f.message !== undefined ? { message: f.message } : {}),
      errorCode: f.errorCode ?? null,
      errorMessage: f.errorMessage ?? null,
      finishedAt: requeue ? null : sql`now()`,
      ...(requeue ? { attempt: sql`greatest(${jobs.attempt} - 1, 0)` } : {}),
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Running jobs whose heartbeat is older than `staleSeconds` lost their process: queue them again, or
 * fail them once they have used up their attempts.
 */
export async function requeueStale(
  db: Db,
  staleSeconds: number,
  abandonedMessage: (attempts: number) => string,
) {
  const stale = and(
    eq(jobs.status, 'running'),
    sql`${jobs.heartbeatAt} < now() - make_interval(secs => ${staleSeconds})`,
  );
  const failed = await db
    .update(jobs)
    .set({ status: 'failed', lockedBy: null, finishedAt: sql`now()`, errorCode: 'JOB_ABANDONED' })
    .where(and(stale, sql`${jobs.attempt} >= ${jobs.maxAttempts}`))
    .returning({ id: jobs.id, attempt: jobs.attempt });
  for (const f of failed)
    await db
      .update(jobs)
      .set({ errorMessage: abandonedMessage(f.attempt) })
      .where(eq(jobs.id, f.id));
  const requeued = await db
    .update(jobs)
    .set({ status: 'queued', lockedBy: null, message: 'Đang chờ chạy lại sau khi máy chủ khởi động lại.' })
    .where(stale)
    .returning({ id: jobs.id });
  return { failed: failed.length, requeued: requeued.length };
}

export async function requestCancel(db: Db, id: string): Promise<JobRow | undefined> {
  const [queued] = await db
    .update(jobs)
    .set({
      status: 'cancelled',
      finishedAt: sql`now()`,
      cancelRequested: true,
      errorCode: 'JOB_CANCELLED',
      message: null,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'queued')))
    .returning();
  if (queued) return queued;
  const [running] = await db
    .update(jobs)
    .set({ cancelRequested: true })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running')))
    .returning();
  return running;
}
