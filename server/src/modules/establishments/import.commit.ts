import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { getFile, pathOf, removeFile } from '../files/index.ts';
import type { JobContext, JobOutcome } from '../jobs/index.ts';
import * as imports from './import.repo.ts';
import { readStaged, type StagedLine } from './import.staging.ts';

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
  if (imp?.status !== 'committing')
    throw new AppError('IMPORT_NOT_READY', { state: imp?.status ?? 'không có' });
  const staged = imp.stagedFileId ? await getFile(ctx.db, imp.stagedFileId) : undefined;
  if (!staged) throw new AppError('IMPORT_NOT_READY', { state: 'thiếu dữ liệu đã kiểm tra' });
  const total = imp.toCreate + imp.toUpdate;
  const onPg = ctx.database.engine === 'postgres';
  let created = 0;
  let updated = 0;
  try {
    await tx(ctx.db, async (t) => {
      await imports.lockProvinceImports(t, provinceCode);
      const write = async (creates: StagedLine[], updates: StagedLine[]) => {
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
        created += newIds.length;
        updated += changedIds.length;
        await record(t, actor, {
          action: 'establishment.imported',
          entityType: 'establishment',
          entityId: null,
          provinceCode,
          before,
          meta: {
            importId,
            rows: [Math.min(...rows), Math.max(...rows)],
            created: newIds,
            updated: changedIds,
          },
        });
        // PGlite has one connection and the transaction holds it: progress shows once it commits.
        if (onPg)
          await ctx.progress(
            5 + (90 * (created + updated)) / Math.max(1, total),
            `Đã ghi ${created + updated}/${total} dòng`,
          );
      };
      let creates: StagedLine[] = [];
      let updates: StagedLine[] = [];
      let analysed = false;
      // One chunk is written while the next is read from the staging file; chunks go in file order, one at a time.
      let writing: Promise<void> | null = null;
      const dispatch = async (c: StagedLine[], u: StagedLine[]) => {
        if (writing) await writing;
        if (!analysed && created > 0 && total > 2 * CHUNK) {
          await imports.refreshStatistics(t);
          analysed = true;
        }
        const w = write(c, u);
        // Awaited by the next dispatch or after the loop; until then its failure must not go unhandled.
        w.catch(() => {});
        writing = w;
      };
      try {
        for await (const line of readStaged(pathOf(ctx.config, staged))) {
          (line.a === 'c' ? creates : updates).push(line);
          if (creates.length + updates.length >= CHUNK) {
            await dispatch(creates, updates);
            creates = [];
            updates = [];
          }
        }
        if (creates.length + updates.length) await dispatch(creates, updates);
      } finally {
        // A chunk still on the connection ends (or fails) before the transaction does.
        const last = writing as Promise<void> | null;
        writing = null;
        if (last) await last;
      }
      await imports.updateImport(t, importId, { status: 'committed', committedAt: new Date() }, 'committing');
      await record(t, actor, {
        action: 'establishment_import.committed',
        entityType: 'establishment_import',
        entityId: importId,
        provinceCode,
        meta: {
          fileId: imp.fileId,
          fileName: imp.fileName,
          sha256: imp.sha256,
          created,
          updated,
          unchanged: imp.unchanged,
        },
      });
    });
  } catch (e) {
    await imports.updateImport(ctx.db, importId, { status: 'failed' }, 'committing');
    if (isCodeClash(e)) throw new AppError('IMPORT_STALE', { count: 1 });
    throw e;
  }
  await removeFile(ctx.db, ctx.config, staged.id);
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
