import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = () => timestamp({ withTimezone: true });

/**
 * Durable background jobs (imports, exports, reports, allocation runs). A runner in each app process
 * claims queued jobs with FOR UPDATE SKIP LOCKED, beats a heartbeat while it works, and a job whose
 * heartbeat goes stale (its process died) is queued again.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Handler name, e.g. establishments.import.validate */
    kind: text().notNull(),
    /** queued | running | done | failed | cancelled */
    status: text().notNull().default('queued'),
    progress: integer().notNull().default(0),
    message: text(),
    input: jsonb().notNull().default({}),
    result: jsonb(),
    resultFileId: uuid(),
    /** A stable error code (shared/errors.ts) and its message in Vietnamese. */
    errorCode: text(),
    errorMessage: text(),
    createdBy: uuid(),
    /** Shown in job lists without reaching into the identity module's tables. */
    createdByName: text(),
    provinceCode: text(),
    /** At most one queued or running job per key (e.g. the same file imported twice). */
    dedupeKey: text(),
    cancelRequested: boolean().notNull().default(false),
    attempt: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(3),
    /** The runner that holds the job; a stale runner's late writes are ignored. */
    lockedBy: text(),
    createdAt: ts().notNull().defaultNow(),
    startedAt: ts(),
    finishedAt: ts(),
    heartbeatAt: ts(),
  },
  (t) => [
    index('jobs_queue_idx').on(t.status, t.createdAt).where(sql`status in ('queued', 'running')`),
    index('jobs_creator_idx').on(t.createdBy, t.createdAt.desc()),
    index('jobs_province_idx').on(t.provinceCode, t.createdAt.desc()),
    uniqueIndex('jobs_active_dedupe_uq').on(t.dedupeKey).where(sql`status in ('queued', 'running')`),
  ],
);
