import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.ts';
import { industryCatalogue } from './establishments.values.ts';
import { IMPORT_MAX_ROWS } from './import.check.ts';
import { bandOptions, importColumns, kindOptions, NO, statusOptions, YES } from './import.columns.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const VALIDATED_ROWS = 5000;

/**
 * The import template: sheet "Danh sách" with the Vietnamese headers (required ones marked *), text
 * format for codes and phone numbers and drop-downs for coded columns; sheet "Hướng dẫn" explaining every
 * column; sheet "Danh mục" with the allowed values and the industry catalogue.
 */
export async function buildImportTemplate(db: Db, opts: { uploadMaxMb: number }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khuyến Công';
  wb.created = new Date();
  const data = wb.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = importColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: '@' } : {},
  }));
  const header = data.getRow(1);
  header.height = 32;
  header.eachCell((cell, i) => {
    const col = importColumns[i - 1]!;
    cell.font = { bold: true, color: col.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.note = `${col.required ? 'Bắt buộc. ' : ''}${col.help}`;
  });

  const lists = wb.addWorksheet('Danh mục');
  const catalogue = await industryCatalogue(db);
  const listColumns: [string, readonly string[]][] = [
    ['Loại hình', kindOptions],
    ['Doanh thu năm', bandOptions],
    ['Có/Không', [YES, NO]],
    ['Tình trạng hoạt động', statusOptions],
  ];
  listColumns.forEach(([title, values], i) => {
    const col = lists.getColumn(i + 1);
    col.width = 28;
    lists.getCell(1, i + 1).value = title;
    values.forEach((v, j) => {
      lists.getCell(j + 2, i + 1).value = v;
    });
  });
  lists.getCell(1, 6).value = 'Mã ngành nghề';
  lists.getCell(1, 7).value = 'Tên ngành nghề';
  lists.getColumn(6).width = 14;
  lists.getColumn(7).width = 80;
  [...catalogue.byCode.entries()].forEach(([code, name], j) => {
    lists.getCell(j + 2, 6).value = code;
    lists.getCell(j + 2, 7).value = name;
  });
  lists.getRow(1).font = { bold: true };
  const rangeOf = (i: number, n: number) => {
    const letter = String.fromCharCode(65 + i);
    return `'Danh mục'!$${letter}$2:$${letter}$${n + 1}`;
  };
  const listFor = new Map<string, string>([
    ['kind', rangeOf(0, kindOptions.length)],
    ['revenueBand', rangeOf(1, bandOptions.length)],
    ['womanOwned', rangeOf(2, 2)],
    ['ethnicMinorityOwned', rangeOf(2, 2)],
    ['cleanerProduction', rangeOf(2, 2)],
    ['status', rangeOf(3, statusOptions.length)],
  ]);
  importColumns.forEach((c, i) => {
    const formula = listFor.get(c.key);
    if (!formula) return;
    for (let r = 2; r <= VALIDATED_ROWS + 1; r++) {
      data.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: !c.required,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: c.header,
        error: 'Hãy chọn một giá trị trong danh sách.',
      };
    }
  });

  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [
    { header: 'Cột', key: 'header', width: 34 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Giải thích', key: 'help', width: 90 },
    { header: 'Ví dụ', key: 'example', width: 34 },
  ];
  help.getRow(1).font = { bold: true };
  help.getRow(1).fill = HEADER_FILL;
  for (const c of importColumns)
    help.addRow({ header: c.header, required: c.required ? 'Có' : '', help: c.help, example: c.example });
  help.addRow({});
  const notes = [
    'Điền dữ liệu ở trang "Danh sách", mỗi cơ sở một dòng, bắt đầu từ dòng 2. Không đổi tên, không xóa cột (có thể đổi thứ tự).',
    `Giới hạn: tệp .xlsx tối đa ${opts.uploadMaxMb} MB và ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng; không dùng công thức (hãy dán dạng giá trị).`,
    'Nhập lại cùng tệp (hoặc tệp đã sửa) sẽ cập nhật cơ sở đã có thay vì thêm trùng: so khớp theo mã số thuế/mã số ĐKKD, nếu không có mã thì theo tên cơ sở + xã/phường.',
    'Sau khi tải lên, hệ thống kiểm tra toàn bộ tệp và lập báo cáo lỗi từng dòng. Chỉ khi tệp không còn lỗi và bạn xác nhận thì tất cả các dòng mới được ghi (hoặc không dòng nào).',
    'Tệp xuất từ hệ thống có thêm vài cột chỉ để xem ở cuối; có thể sửa rồi nhập lại nguyên tệp đó.',
  ];
  for (const note of notes) {
    const row = help.addRow({ header: note });
    help.mergeCells(`A${row.number}:D${row.number}`);
    row.getCell(1).alignment = { wrapText: true };
    row.height = 30;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
