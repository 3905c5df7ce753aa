import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { getFile, pathOf, removeFile } from '../files/index.ts';
import type { JobContext, JobOutcome } from '../jobs/index.ts';
import * as imports from './import.repo.ts';
import { readStaged } from './import.staging.ts';
import { ImportWriter, isCodeClash, recordCommitted } from './import.write.ts';

export type CommitJobInput = { importId: string; provinceCode: string; actor: Actor };

/**
 * Writes every staged row of a checked import in one transaction, or none, and marks the import
 * committed; on failure the import is marked failed and a code clash reads as IMPORT_STALE.
 */
export async function commitStaged(
  ctx: JobContext,
  input: CommitJobInput,
  imp: imports.ImportRow,
  stagedPath: string,
  fromStatus: string,
): Promise<{ created: number; updated: number }> {
  const { importId, provinceCode, actor } = input;
  const total = imp.toCreate + imp.toUpdate;
  const onPg = ctx.database.engine === 'postgres';
  try {
    return await tx(ctx.db, async (t) => {
      await imports.lockProvinceImports(t, provinceCode);
      const writer = new ImportWriter(t, {
        importId,
        provinceCode,
        actor,
        expected: total,
        // PGlite has one connection and the transaction holds it: progress shows once it commits.
        onChunk: onPg
          ? (done) => ctx.progress(5 + (90 * done) / Math.max(1, total), `Đã ghi ${done}/${total} dòng`)
          : undefined,
      });
      try {
        for await (const line of readStaged(stagedPath)) await writer.add(line);
        await writer.finish();
      } finally {
        await writer.settle();
      }
      const counts = { created: writer.created, updated: writer.updated };
      await imports.updateImport(t, importId, { status: 'committed', committedAt: new Date() }, fromStatus);
      await recordCommitted(t, input, imp, counts);
      return counts;
    });
  } catch (e) {
    await imports.updateImport(ctx.db, importId, { status: 'failed' }, fromStatus);
    if (isCodeClash(e)) throw new AppError('IMPORT_STALE', { count: 1 });
    throw e;
  }
}

/** Job "establishments.import.commit": the user's confirmed write of a checked import. */
export async function runImportCommit(ctx: JobContext): Promise<JobOutcome> {
  const input = ctx.job.input as CommitJobInput;
  const imp = await imports.findImport(ctx.db, { kind: 'all' }, input.importId);
  if (imp?.status !== 'committing')
    throw new AppError('IMPORT_NOT_READY', { state: imp?.status ?? 'không có' });
  const staged = imp.stagedFileId ? await getFile(ctx.db, imp.stagedFileId) : undefined;
  if (!staged) throw new AppError('IMPORT_NOT_READY', { state: 'thiếu dữ liệu đã kiểm tra' });
  const { created, updated } = await commitStaged(ctx, input, imp, pathOf(ctx.config, staged), 'committing');
  await removeFile(ctx.db, ctx.config, staged.id);
  return {
    result: {
      importId: input.importId,
      created,
      updated,
      unchanged: imp.unchanged,
      fileName: imp.fileName,
      provinceCode: input.provinceCode,
    },
    message: `Đã ghi ${created} cơ sở mới và cập nhật ${updated} cơ sở.`,
  };
}
