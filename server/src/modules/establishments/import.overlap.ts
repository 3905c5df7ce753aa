import type { Db } from '../../db/client.ts';
import { tx } from '../../platform/tx.ts';
import * as imports from './import.repo.ts';
import type { StagedLine } from './import.staging.ts';
import { ImportWriter, type WriteTarget } from './import.write.ts';

/** Staged rows waiting for the database; beyond this the check waits (memory stays flat). */
const MAX_QUEUED = 6000;
const ABORTED = Symbol('aborted');

export type Counts = { created: number; updated: number };

/**
 * "Check, and write if valid" on PostgreSQL: a transaction opened when the check starts takes each batch
 * of rows the check passes, so the database writes while Node reads and checks the rest of the file (two
 * cores instead of one after the other). Nothing is visible to anyone until the check has passed the whole
 * file: if it finds a problem, fails, or is cancelled, the transaction rolls back and nothing is written.
 * The check itself reads through other connections, so it sees the records as they were committed, as a
 * separate check would. The province's import lock is held from the first row to the commit.
 */
export class OverlappedWrite {
  private readonly queue: StagedLine[][] = [];
  private queued = 0;
  private wake: (() => void) | null = null;
  private room: (() => void) | null = null;
  private end: ((t: Db, counts: Counts) => Promise<void>) | typeof ABORTED | null = null;
  private over = false;
  private failure: unknown = null;
  private readonly done: Promise<Counts | null>;

  constructor(db: Db, target: WriteTarget) {
    this.done = tx(db, async (t) => {
      await imports.lockProvinceImports(t, target.provinceCode);
      const writer = new ImportWriter(t, target);
      try {
        for (let batch = await this.take(); batch; batch = await this.take())
          for (const line of batch) await writer.add(line);
        if (this.end === ABORTED) throw ABORTED;
        await writer.finish();
      } finally {
        await writer.settle();
      }
      const finalise = this.end;
      if (typeof finalise !== 'function') throw ABORTED;
      const counts = { created: writer.created, updated: writer.updated };
      await finalise(t, counts);
      return counts;
    })
      .catch((e: unknown) => {
        if (e !== ABORTED) this.failure = e;
        return null;
      })
      .finally(() => {
        this.over = true;
        this.room?.();
      });
  }

  /** Hands over a batch of checked rows; waits while too many are still unwritten. */
  async push(lines: StagedLine[]): Promise<void> {
    if (this.over || this.end || lines.length === 0) return;
    this.queue.push(lines);
    this.queued += lines.length;
    this.signal();
    while (this.queued > MAX_QUEUED && !this.over)
      await new Promise<void>((resolve) => {
        this.room = resolve;
      });
  }

  /**
   * The check passed: writes what is queued, runs `finalise` in the same transaction and commits.
   * Throws what made the transaction fail (a stale row, a code taken since the check, the database).
   */
  async commit(finalise: (t: Db, counts: Counts) => Promise<void>): Promise<Counts> {
    this.end ??= finalise;
    this.signal();
    const counts = await this.done;
    if (this.failure !== null) throw this.failure;
    if (!counts) throw new Error('overlapped import write ended without its counts');
    return counts;
  }

  /** The check failed or found problems: rolls back whatever was written. */
  async abort(): Promise<void> {
    this.end ??= ABORTED;
    this.signal();
    await this.done;
  }

  private signal() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async take(): Promise<StagedLine[] | null> {
    for (;;) {
      if (this.end === ABORTED) return null;
      const batch = this.queue.shift();
      if (batch) {
        this.queued -= batch.length;
        const room = this.room;
        this.room = null;
        room?.();
        return batch;
      }
      if (this.end) return null;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }
}
