import fs from 'node:fs';
import { formatInteger } from '../../../../shared/format.ts';
import type { ImportIssue } from '../../../../shared/schemas/establishments.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { createXlsxWriter, type StoredFile, storeFromPath, tempPath } from '../files/index.ts';

export type ReportSummary = {
  fileName: string;
  provinceLabel: string;
  totalRows: number;
  validRows: number;
  rowsWithIssues: number;
  issueCount: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  canCommit: boolean;
  checkedAt: string;
};

/** The per-row report as .xlsx: a summary sheet and one line per problem (row, column, value, problem). */
export async function writeImportReport(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  summary: ReportSummary,
  issues: readonly ImportIssue[],
  owner: { createdBy: string | null; provinceCode: string },
): Promise<StoredFile> {
  const tmp = tempPath(config, '.xlsx');
  const w = createXlsxWriter(tmp);
  try {
    const n = formatInteger;
    const s = await w.sheet('Tóm tắt', [
      { header: 'Mục', width: 40 },
      { header: 'Kết quả', width: 60 },
    ]);
    const lines: [string, string][] = [
      ['Tệp', summary.fileName],
      ['Tỉnh/thành phố', summary.provinceLabel],
      ['Thời điểm kiểm tra', summary.checkedAt],
      ['Số dòng dữ liệu', n(summary.totalRows)],
      ['Số dòng hợp lệ', n(summary.validRows)],
      ['Số dòng có lỗi', n(summary.rowsWithIssues)],
      ['Tổng số lỗi', n(summary.issueCount)],
      ['Sẽ thêm mới', n(summary.toCreate)],
      ['Sẽ cập nhật', n(summary.toUpdate)],
      ['Không thay đổi', n(summary.unchanged)],
      [
        'Kết luận',
        summary.canCommit
          ? 'Tệp hợp lệ: có thể xác nhận để ghi toàn bộ các dòng.'
          : 'Tệp còn lỗi: chưa ghi dòng nào. Hãy sửa các dòng trong trang "Lỗi" rồi tải tệp lên lại.',
      ],
    ];
    for (const line of lines) await s.row(line);
    if (issues.length < summary.issueCount)
      await s.row([
        'Ghi chú',
        `Trang "Lỗi" liệt kê ${n(issues.length)} lỗi đầu tiên trên tổng số ${n(summary.issueCount)}.`,
      ]);
    await s.end();
    const e = await w.sheet('Lỗi', [
      { header: 'Dòng', width: 8 },
      { header: 'Cột', width: 28 },
      { header: 'Giá trị', width: 36, text: true },
      { header: 'Mã lỗi', width: 20 },
      { header: 'Vấn đề', width: 90 },
    ]);
    for (const i of issues) await e.row([i.row, i.column, i.value, i.code, i.message]);
    await e.end();
    await w.finish();
  } catch (err) {
    w.abort();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  const base = summary.fileName.replace(/\.xlsx$/i, '');
  return storeFromPath(db, config, tmp, {
    name: `Báo cáo kiểm tra - ${base}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    purpose: 'establishments.import-report',
    createdBy: owner.createdBy,
    provinceCode: owner.provinceCode,
    expiresAt: new Date(Date.now() + 90 * 24 * 3600_000),
  });
}
