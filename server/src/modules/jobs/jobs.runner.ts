import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database, Db } from '../../db/client.ts';
import { AppError, problemOf } from '../../platform/errors.ts';
import * as repo from './jobs.repo.ts';
import { jobEvents } from './jobs.service.ts';

export type JobLog = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export type JobContext = {
  job: repo.JobRow;
  db: Db;
  database: Database;
  config: Config;
  log: JobLog;
  /**
   * Reports progress (0–100) with a Vietnamese message and beats the heartbeat; at most about four
   * writes a second. Throws when the job was cancelled, taken over, or the process is stopping.
   * Call it between units of work, never inside a transaction on PGlite (one connection).
   */
  progress: (percent: number, message?: string) => Promise<void>;
};

export type JobOutcome = {
  result?: Record<string, unknown> | null;
  resultFileId?: string | null;
  message?: string | null;
};
export type JobHandler = (ctx: JobContext) => Promise<JobOutcome>;

/** A failure with a stable code that still leaves a result behind (e.g. a report of what went wrong). */
export class JobFailedError extends AppError {
  outcome: JobOutcome;
  constructor(
    code: ConstructorParameters<typeof AppError>[0],
    params: Record<string, unknown> | undefined,
    outcome: JobOutcome,
  ) {
    super(code, params);
    this.outcome = outcome;
  }
}

class JobCancelled extends Error {}
class JobLost extends Error {}
class JobInterrupted extends Error {}

const handlers = new Map<string, JobHandler>();

/** Each module registers the kinds it runs; a process only claims kinds it has a handler for. */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

const vi = (code: ConstructorParameters<typeof AppError>[0], params?: Record<string, unknown>) =>
  problemOf(code, 'vi', params).detail;

export class JobRunner {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly active = new Map<string, Promise<void>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private stopping = false;
  private polling = false;
  private readonly onEnqueued = () => this.wake();

  constructor(
    private readonly database: Database,
    private readonly config: Config,
    private readonly log: JobLog,
  ) {}

  start(): void {
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(
        () => void fn().catch((err) => this.log.error({ err }, 'job runner timer failed')),
        ms,
      );
      t.unref();
      this.timers.push(t);
    };
    every(this.config.JOB_POLL_MS, () => this.poll());
    every(Math.max(1000, this.config.JOB_STALE_SECONDS * 250), () => this.beat());
    every(Math.max(1000, this.config.JOB_STALE_SECONDS * 500), () => this.sweep());
    jobEvents.on('enqueued', this.onEnqueued);
    void this.sweep()
      .then(() => this.poll())
      .catch((err) => this.log.error({ err }, 'job runner start failed'));
  }

  wake(): void {
    if (!this.stopping) setImmediate(() => void this.poll());
  }

  /** Claims jobs up to the concurrency limit and starts them. */
  async poll(): Promise<void> {
    if (this.polling || this.stopping) return;
    this.polling = true;
    try {
      while (!this.stopping && this.active.size < this.config.JOB_CONCURRENCY) {
        const job = await repo.claimNext(this.database.db, [...handlers.keys()], this.id);
        if (!job) break;
        const run = this.run(job).finally(() => {
          this.active.delete(job.id);
          this.wake();
        });
        this.active.set(job.id, run);
      }
    } catch (err) {
      if (!this.stopping) this.log.error({ err }, 'job poll failed');
    } finally {
      this.polling = false;
    }
  }

  /** Runs every queued job, one after another, until none is left (CLI, tests). */
  async drain(): Promise<number> {
    let n = 0;
    for (;;) {
      const job = await repo.claimNext(this.database.db, [...handlers.keys()], this.id);
      if (!job) return n;
      await this.run(job);
      n++;
    }
  }

  /** Requeues jobs whose process died (stale heartbeat). */
  async sweep(): Promise<void> {
    if (this.stopping) return;
    const r = await repo.requeueStale(this.database.db, this.config.JOB_STALE_SECONDS, (attempts) =>
      vi('JOB_ABANDONED', { attempts }),
    );
    if (r.requeued || r.failed) this.log.warn(r, 'stale jobs recovered');
    if (r.requeued) this.wake();
  }

  private async beat(): Promise<void> {
    for (const id of this.active.keys()) await repo.touch(this.database.db, id, this.id, {});
  }

  private async run(job: repo.JobRow): Promise<void> {
    const db = this.database.db;
    let lastWrite = 0;
    const ctx: JobContext = {
      job,
      db,
      database: this.database,
      config: this.config,
      log: this.log,
      progress: async (percent, message) => {
        if (this.stopping) throw new JobInterrupted();
        const now = Date.now();
        if (now - lastWrite < 250 && percent < 100) return;
        lastWrite = now;
        const r = await repo.touch(db, job.id, this.id, {
          progress: Math.max(0, Math.min(100, Math.round(percent))),
          message: message ?? null,
        });
        if (!r) throw new JobLost();
        if (r.cancelRequested) throw new JobCancelled();
      },
    };
    try {
      const handler = handlers.get(job.kind);
      if (!handler) throw new AppError('JOB_KIND_UNKNOWN', { kind: job.kind });
      const out = await handler(ctx);
      await repo.finish(db, job.id, this.id, {
        status: 'done',
        result: out.result ?? null,
        resultFileId: out.resultFileId ?? null,
        message: out.message ?? null,
      });
    } catch (err) {
      await this.settleFailure(job, err);
    }
  }

  private async settleFailure(job: repo.JobRow, err: unknown): Promise<void> {
    const db = this.database.db;
    if (err instanceof JobLost) return;
    try {
      if (err instanceof JobInterrupted) {
        await repo.finish(db, job.id, this.id, {
          status: 'queued',
          message: 'Máy chủ dừng giữa chừng; công việc sẽ được chạy lại.',
        });
      } else if (err instanceof JobCancelled) {
        await repo.finish(db, job.id, this.id, {
          status: 'cancelled',
          errorCode: 'JOB_CANCELLED',
          errorMessage: vi('JOB_CANCELLED'),
          message: null,
        });
      } else if (err instanceof AppError) {
        const outcome = err instanceof JobFailedError ? err.outcome : {};
        await repo.finish(db, job.id, this.id, {
          status: 'failed',
          errorCode: err.code,
          errorMessage: vi(err.code, err.params),
          result: outcome.result,
          resultFileId: outcome.resultFileId,
          message: outcome.message ?? null,
        });
      } else {
        this.log.error({ err, jobId: job.id, kind: job.kind }, 'job failed');
        await repo.finish(db, job.id, this.id, {
          status: 'failed',
          errorCode: 'INTERNAL',
          errorMessage: vi('INTERNAL'),
        });
      }
    } catch (e) {
      if (!this.stopping) this.log.error({ err: e, jobId: job.id }, 'could not record job failure');
    }
  }

  /** Stops claiming; running jobs stop at their next progress report and are queued again. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    jobEvents.off('enqueued', this.onEnqueued);
    for (const t of this.timers) clearInterval(t);
    const all = Promise.allSettled([...this.active.values()]);
    await Promise.race([all, new Promise((res) => setTimeout(res, timeoutMs).unref())]);
  }
}

/** Starts this process's runner when the app is ready and stops it when the app closes (JOB_RUNNER=off skips). */
export async function startJobRunner(app: FastifyInstance): Promise<void> {
  if (app.config.JOB_RUNNER === 'off') return;
  const runner = new JobRunner(app.database, app.config, app.log);
  app.addHook('onReady', async () => runner.start());
  app.addHook('onClose', async () => runner.stop());
}

/** Runs all queued jobs in the calling process (CLI commands, tests with JOB_RUNNER=off). */
export async function runQueuedJobs(
  database: Database,
  config: Config,
  log: JobLog = console as unknown as JobLog,
): Promise<number> {
  return new JobRunner(database, config, log).drain();
}
