import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import type { JobContext, JobOutcome } from '../jobs/index.ts';
import * as imports from './import.repo.ts';

const CHUNK = 2000;

export type CommitJobInput = { importId: string; provinceCode: string; actor: Actor };

/**
 * Job "establishments.import.commit": writes every staged row of a checked import in one transaction,
 * or none. Rows planned as new must still be new, and records planned for update must still have the
 * version seen at check time; otherwise the import is stale and nothing is written.
 */
export async function runImportCommit(ctx: JobContext): Promise<JobOutcome> {
  const { importId, provinceCode, actor } = ctx.job.input as CommitJobInput;
  const imp = await imports.findImport(ctx.db, { kind: 'all' }, importId);
  if (!imp || imp.status !== 'committing') throw new AppError('IMPORT_NOT_READY', { state: imp?.status ?? 'không có' });
  const range = await imports.stagedRange(ctx.db, importId);
  const onPg = ctx.database.engine === 'postgres';
  let created = 0;
  let updated = 0;
  try {
    await tx(ctx.db, async (t) => {
      await imports.lockProvinceImports(t, provinceCode);
      const stale = await imports.countStaleCreates(t, importId);
      if (stale > 0) throw new AppError('IMPORT_STALE', { count: stale });
      for (let lo = range.lo; lo <= range.hi; lo += CHUNK) {
        const hi = lo + CHUNK - 1;
        const targets = await imports.stagedTargets(t, importId, lo, hi);
        const expected = await imports.countStagedUpdates(t, importId, lo, hi);
        const moved = targets.filter((x) => x.version !== x.expected).length + (expected - targets.length);
        if (moved > 0) throw new AppError('IMPORT_STALE', { count: moved });
        const newIds = await imports.insertStaged(t, importId, lo, hi, actor.userId);
        const changedIds = await imports.updateStaged(t, importId, lo, hi, actor.userId);
        if (changedIds.length !== expected) throw new AppError('IMPORT_STALE', { count: expected - changedIds.length });
        created += newIds.length;
        updated += changedIds.length;
        if (newIds.length || changedIds.length)
          await record(t, actor, {
            action: 'establishment.imported',
            entityType: 'establishment',
            entityId: null,
            provinceCode,
            before: targets.length ? Object.fromEntries(targets.map((x) => [x.id, x.before])) : null,
            meta: { importId, rows: [lo, Math.min(hi, range.hi)], created: newIds, updated: changedIds },
          });
        // PGlite has one connection and the transaction holds it: progress waits for the commit there.
        if (onPg) await ctx.progress(5 + (90 * (Math.min(hi, range.hi) - range.lo + 1)) / Math.max(1, range.hi - range.lo + 1), `Đã ghi ${created + updated} dòng`);
      }
      await imports.updateImport(t, importId, { status: 'committed', committedAt: new Date() }, 'committing');
      await record(t, actor, {
        action: 'establishment_import.committed',
        entityType: 'establishment_import',
        entityId: importId,
        provinceCode,
        meta: { fileId: imp.fileId, fileName: imp.fileName, sha256: imp.sha256, created, updated, unchanged: imp.unchanged },
      });
      await imports.deleteStaged(t, importId);
    });
  } catch (e) {
    await imports.updateImport(ctx.db, importId, { status: 'failed' }, 'committing');
    if (isCodeClash(e)) throw new AppError('IMPORT_STALE', { count: 1 });
    throw e;
  }
  return {
    result: { importId, created, updated, unchanged: imp.unchanged, fileName: imp.fileName, provinceCode },
    message: `Đã ghi ${created} cơ sở mới và cập nhật ${updated} cơ sở.`,
  };
}

function isCodeClash(e: unknown): boolean {
  const x = e as { code?: string; cause?: unknown } | null;
  if (!x) return false;
  if (x.code === '23505') return true;
  return x.cause ? isCodeClash(x.cause) : false;
}
