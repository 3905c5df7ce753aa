import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { record } from '../audit/index.ts';
import * as imports from './import.repo.ts';
import type { StagedLine } from './import.staging.ts';

const CHUNK = 2000;

export type WriteTarget = {
  importId: string;
  provinceCode: string;
  actor: Actor;
  /** Rows the whole import will write, when known (statistics are refreshed only for large imports). */
  expected: number;
  /** Called after each chunk with the rows written so far. */
  onChunk?: (written: number) => Promise<void>;
};

/**
 * Writes staged rows inside the caller's transaction, 2,000 at a time, each chunk audited. One chunk is on
 * the connection while the caller gathers the next; chunks go in file order, one at a time. Rows planned as
 * new must still be new, and records planned for update must still have the version seen at check time;
 * otherwise the chunk throws IMPORT_STALE and the caller's transaction rolls back.
 */
export class ImportWriter {
  created = 0;
  updated = 0;
  private creates: StagedLine[] = [];
  private updates: StagedLine[] = [];
  private analysed = false;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly t: Db,
    private readonly target: WriteTarget,
  ) {}

  async add(line: StagedLine): Promise<void> {
    (line.a === 'c' ? this.creates : this.updates).push(line);
    if (this.creates.length + this.updates.length >= CHUNK) await this.dispatch();
  }

  /** Writes what is left and waits for every chunk. */
  async finish(): Promise<void> {
    await this.dispatch();
    await this.settle(false);
  }

  /** Lets a chunk still on the connection end (or fail) before the transaction does. */
  async settle(swallow = true): Promise<void> {
    const last = this.writing;
    this.writing = null;
    if (last) await (swallow ? last.catch(() => {}) : last);
  }

  private async dispatch(): Promise<void> {
    const creates = this.creates;
    const updates = this.updates;
    this.creates = [];
    this.updates = [];
    if (this.writing) await this.writing;
    if (creates.length + updates.length === 0) return;
    if (!this.analysed && this.created > 0 && this.target.expected > 2 * CHUNK) {
      await imports.refreshStatistics(this.t);
      this.analysed = true;
    }
    const w = this.write(creates, updates);
    // Awaited by the next dispatch or by finish(); until then its failure must not go unhandled.
    w.catch(() => {});
    this.writing = w;
  }

  private async write(creates: StagedLine[], updates: StagedLine[]): Promise<void> {
    const { t } = this;
    const { importId, provinceCode, actor } = this.target;
    const rows = [...creates, ...updates].map((l) => l.n);
    let newIds: string[] = [];
    let changedIds: string[] = [];
    let before: Record<string, unknown> | null = null;
    if (creates.length) {
      const json = JSON.stringify(creates.map((l) => l.d));
      newIds = await imports.insertChunk(t, json, actor.userId, importId);
      if (newIds.length !== creates.length)
        throw new AppError('IMPORT_STALE', { count: creates.length - newIds.length });
    }
    if (updates.length) {
      const json = JSON.stringify(updates.map((l) => l.d));
      const current = await imports.currentOf(t, json);
      const moved = updates.length - current.filter((x) => x.version === x.expected).length;
      if (moved > 0) throw new AppError('IMPORT_STALE', { count: moved });
      changedIds = await imports.updateChunk(t, json, actor.userId, importId);
      if (changedIds.length !== updates.length)
        throw new AppError('IMPORT_STALE', { count: updates.length - changedIds.length });
      before = Object.fromEntries(current.map((x) => [x.id, x.before]));
    }
    this.created += newIds.length;
    this.updated += changedIds.length;
    await record(t, actor, {
      action: 'establishment.imported',
      entityType: 'establishment',
      entityId: null,
      provinceCode,
      before,
      meta: { importId, rows: [Math.min(...rows), Math.max(...rows)], created: newIds, updated: changedIds },
    });
    await this.target.onChunk?.(this.created + this.updated);
  }
}

/** The import's own audit entry once every row is written (in the same transaction). */
export async function recordCommitted(
  t: Db,
  target: Pick<WriteTarget, 'importId' | 'provinceCode' | 'actor'>,
  imp: { fileId: string; fileName: string; sha256: string; unchanged: number },
  counts: { created: number; updated: number },
): Promise<void> {
  await record(t, target.actor, {
    action: 'establishment_import.committed',
    entityType: 'establishment_import',
    entityId: target.importId,
    provinceCode: target.provinceCode,
    meta: { ...imp, ...counts },
  });
}

/** A unique index refusing a row (a code taken since the check) means the import is stale. */
export function isCodeClash(e: unknown): boolean {
  const x = e as { code?: string; cause?: unknown } | null;
  if (!x) return false;
  if (x.code === '23505') return true;
  return x.cause ? isCodeClash(x.cause) : false;
}
