import { formatDateTime } from '../../../../shared/format.ts';
import type { ImportCheckResult } from '../../../../shared/schemas/establishments.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { foldVietnamese } from '../../platform/search.ts';
import {
  getFile,
  openXlsx,
  pathOf,
  removeFile,
  type StoredFile,
  storeFromPath,
  XlsxError,
} from '../files/index.ts';
import type { JobContext, JobOutcome } from '../jobs/index.ts';
import { provinceName } from '../reference/index.ts';
import { industryCatalogue } from './establishments.values.ts';
import { ImportChecker } from './import.checker.ts';
import { commitStaged } from './import.commit.ts';
import { type Counts, OverlappedWrite } from './import.overlap.ts';
import * as imports from './import.repo.ts';
import { writeImportReport } from './import.report.ts';
import { StagingWriter } from './import.staging.ts';
import { isCodeClash, recordCommitted } from './import.write.ts';

export { IMPORT_MAX_ROWS } from './import.checker.ts';

export type ImportJobInput = {
  importId: string;
  fileId: string;
  fileName: string;
  provinceCode: string;
  /** "Check, and write if valid" (the CLI; the API's `commit=if-valid`): whom the write is recorded as. */
  commitAs?: Actor;
};

/**
 * Job "establishments.import.check": reads, checks and stages the file; writes the report. With
 * `commitAs`, a file without problems is also written (all rows or none): on PostgreSQL while it is being
 * checked (OverlappedWrite), on PGlite's single connection after the check, from the staged rows.
 */
export async function runImportCheck(ctx: JobContext): Promise<JobOutcome> {
  const input = ctx.job.input as ImportJobInput;
  const file = await getFile(ctx.db, input.fileId);
  if (!file) throw new AppError('IMPORT_UNREADABLE', { reason: 'tệp tải lên không còn.' });
  let book: Awaited<ReturnType<typeof openXlsx>>;
  try {
    book = await openXlsx(pathOf(ctx.config, file));
  } catch (e) {
    await imports.updateImport(ctx.db, input.importId, { status: 'failed' });
    if (e instanceof XlsxError) throw new AppError('IMPORT_UNREADABLE', { reason: e.message });
    throw e;
  }
  const catalogue = await industryCatalogue(ctx.db);
  const target = input.commitAs && {
    importId: input.importId,
    provinceCode: input.provinceCode,
    actor: input.commitAs,
    // Unknown until the file is read: statistics are refreshed from the second chunk on.
    expected: Number.POSITIVE_INFINITY,
  };
  const overlapped =
    target && ctx.database.engine === 'postgres' ? new OverlappedWrite(ctx.db, target) : null;
  const staging = overlapped ? null : new StagingWriter(ctx.config);
  const checker = new ImportChecker(ctx.db, input.provinceCode, catalogue, (lines) =>
    overlapped ? overlapped.push(lines) : staging!.writeAll(lines),
  );
  try {
    const sheet = book.sheetNames.find((n) => foldVietnamese(n) === 'danh sach') ?? book.sheetNames[0];
    let fraction = 0;
    let seen = 0;
    for await (const row of book.rows(sheet, (f) => {
      fraction = f;
    })) {
      await checker.add(row);
      if (++seen % 2000 === 0)
        await ctx.progress(fraction * 90, `Đã kiểm tra ${seen.toLocaleString('vi-VN')} dòng`);
      if (checker.stopped) break;
    }
    await checker.finish();
  } catch (e) {
    await checker.settle();
    await overlapped?.abort();
    staging?.discard();
    await imports.updateImport(ctx.db, input.importId, { status: 'failed' });
    if (e instanceof XlsxError) throw new AppError('IMPORT_UNREADABLE', { reason: e.message });
    throw e;
  } finally {
    await book.close();
  }
  checker.finalIssues();
  const canCommit = checker.issueCount === 0 && checker.toCreate + checker.toUpdate > 0;
  if (!canCommit) await overlapped?.abort();
  let staged: StoredFile | null = null;
  if (canCommit && staging) {
    await staging.close();
    staged = await storeFromPath(ctx.db, ctx.config, staging.path, {
      name: `${input.fileName}.ndjson`,
      mediaType: 'application/x-ndjson',
      purpose: 'establishments.import-staging',
      createdBy: ctx.job.createdBy,
      provinceCode: input.provinceCode,
      expiresAt: new Date(Date.now() + 7 * 24 * 3600_000),
    });
  } else staging?.discard();
  const validRows = checker.totalRows - checker.rowsWithIssues;
  const counts = {
    totalRows: checker.totalRows,
    validRows,
    rowsWithIssues: checker.rowsWithIssues,
    issueCount: checker.issueCount,
    toCreate: checker.toCreate,
    toUpdate: checker.toUpdate,
    unchanged: checker.unchanged,
    canCommit,
  };
  let report: Awaited<ReturnType<typeof writeImportReport>>;
  try {
    await ctx.progress(95, 'Đang lập báo cáo kiểm tra');
    report = await writeImportReport(
      ctx.db,
      ctx.config,
      {
        fileName: input.fileName,
        provinceLabel: (await provinceName(ctx.db, input.provinceCode)) ?? input.provinceCode,
        ...counts,
        checkedAt: formatDateTime(new Date()),
      },
      checker.issues,
      { createdBy: ctx.job.createdBy, provinceCode: input.provinceCode },
    );
    if (canCommit && overlapped) await ctx.progress(96, 'Đang ghi các dòng cuối');
  } catch (e) {
    // The overlapped write waits for this verdict: a failure (or a cancellation) before it rolls it back.
    await overlapped?.abort();
    await imports.updateImport(ctx.db, input.importId, { status: 'failed' });
    throw e;
  }
  const totals = {
    reportFileId: report.id,
    totalRows: checker.totalRows,
    toCreate: checker.toCreate,
    toUpdate: checker.toUpdate,
    unchanged: checker.unchanged,
    issueCount: checker.issueCount,
  };
  let committed: Counts | null = null;
  if (canCommit && overlapped && target) {
    try {
      committed = await overlapped.commit(async (t, written) => {
        await imports.updateImport(t, input.importId, {
          status: 'committed',
          committedAt: new Date(),
          ...totals,
        });
        await recordCommitted(
          t,
          target,
          { ...fileFacts(input, file), unchanged: checker.unchanged },
          written,
        );
      });
    } catch (e) {
      await imports.updateImport(ctx.db, input.importId, { status: 'failed', ...totals });
      if (isCodeClash(e)) throw new AppError('IMPORT_STALE', { count: 1 });
      throw e;
    }
  } else {
    const imp = await imports.updateImport(ctx.db, input.importId, {
      status: canCommit ? 'checked' : 'rejected',
      stagedFileId: staged?.id ?? null,
      ...totals,
    });
    if (canCommit && target && staged && imp) {
      await ctx.progress(96, 'Đang ghi');
      committed = await commitStaged(ctx, target, imp, pathOf(ctx.config, staged), 'checked');
      await removeFile(ctx.db, ctx.config, staged.id);
    }
  }
  const result: ImportCheckResult = {
    fileName: input.fileName,
    provinceCode: input.provinceCode,
    ...counts,
    issues: checker.issues.slice(0, 200),
    committed,
  };
  const message = committed
    ? `Hợp lệ và đã ghi: ${committed.created} cơ sở mới, cập nhật ${committed.updated} cơ sở.`
    : canCommit
      ? `Hợp lệ: ${checker.toCreate} dòng thêm mới, ${checker.toUpdate} dòng cập nhật. Chờ xác nhận để ghi.`
      : checker.issueCount > 0
        ? `Có ${checker.issueCount} lỗi ở ${checker.rowsWithIssues || 'các'} dòng; chưa ghi dòng nào.`
        : 'Không có thay đổi nào để ghi.';
  return { result: { importId: input.importId, ...result }, resultFileId: report.id, message };
}

const fileFacts = (input: ImportJobInput, file: StoredFile) => ({
  fileId: input.fileId,
  fileName: input.fileName,
  sha256: file.sha256,
});
