import ExcelJS from 'exceljs';
import { formatDate } from '../../../../shared/format.ts';
import {
  countFigures,
  figureKeys,
  figureLabels,
  outputLabels,
  type ReportDto,
  type ReportOutputs,
  type ReportRow,
  reportSections,
  reportStateLabels,
  sectionLabels,
} from '../../../../shared/schemas/reports.ts';

const MONEY = '#,##0';
const sheetNames: Record<(typeof reportSections)[number], string> = {
  byProvince: 'Theo tỉnh',
  byContent: 'Theo nội dung',
  byIndustry: 'Theo ngành nghề',
  bySource: 'Theo nguồn kinh phí',
  byOldProvince: 'Theo tỉnh cũ',
};

/** Every figure as a number (đồng: exact below 2^53), one sheet per breakdown, the heading on each. */
export async function reportXlsx(r: ReportDto): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = r.issuerName;
  wb.created = new Date();
  const heading = (ws: ExcelJS.Worksheet, subtitle: string) => {
    ws.addRow([r.issuerName.toUpperCase(), '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']).font = {
      bold: true,
    };
    ws.addRow([r.number ? `Số: ${r.number}` : 'Số: …', '', '', 'Độc lập - Tự do - Hạnh phúc']);
    ws.addRow(['', '', '', r.issuedDate ? `Ngày ${formatDate(r.issuedDate)}` : 'Ngày …']);
    ws.addRow([]);
    ws.addRow([r.title.toUpperCase()]).font = { bold: true, size: 13 };
    ws.addRow([
      `${subtitle} — kỳ từ ${formatDate(r.period.from)} đến ${formatDate(r.period.to)}; phiên bản ${r.version} (${reportStateLabels[r.state].vi}). Đơn vị tiền: đồng.`,
    ]).font = { italic: true };
    ws.addRow([]);
  };
  const table = (name: string, subtitle: string, rows: ReportRow[], withTotal: boolean) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 8 }] });
    heading(ws, subtitle);
    const head = ws.addRow(['STT', 'Mã', 'Nội dung', ...figureKeys.map((k) => figureLabels[k].vi)]);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'middle' };
    const put = (cells: (string | number)[], bold = false) => {
      const row = ws.addRow(cells);
      if (bold) row.font = { bold: true };
    };
    const values = (x: ReportRow | NonNullable<ReportDto['data']>['totals']) =>
      figureKeys.map((k) => (countFigures.has(k) ? Number(x[k]) : Number(x[k] as string)));
    for (const [i, x] of rows.entries()) put([i + 1, x.key, x.label, ...values(x)]);
    if (withTotal && r.data) put(['', '', 'Tổng cộng', ...values(r.data.totals)], true);
    ws.getColumn(1).width = 6;
    ws.getColumn(2).width = 10;
    ws.getColumn(3).width = 42;
    figureKeys.forEach((k, i) => {
      const col = ws.getColumn(4 + i);
      col.width = 18;
      if (!countFigures.has(k)) col.numFmt = MONEY;
    });
  };
  const data = r.data;
  if (data) {
    table('Tổng hợp', 'Tổng hợp', [{ key: '', label: data.scope.name, ...data.totals }], false);
    for (const s of reportSections) {
      const rows = data[s];
      if (rows) table(sheetNames[s], sectionLabels[s].vi, rows, true);
    }
    const ws = wb.addWorksheet('Kết quả');
    heading(ws, 'Sản phẩm, kết quả của các đề án');
    ws.addRow(['STT', 'Chỉ tiêu', 'Kết quả']).font = { bold: true };
    for (const [i, k] of (Object.keys(data.outputs) as (keyof ReportOutputs)[]).entries())
      ws.addRow([i + 1, outputLabels[k].vi, data.outputs[k]]);
    ws.getColumn(2).width = 50;
    if (data.missingProvinces?.length) {
      ws.addRow([]);
      ws.addRow([`Chưa gửi báo cáo (${data.missingProvinces.length})`]).font = { bold: true };
      for (const p of data.missingProvinces) ws.addRow([p.code, p.name]);
    }
  }
  if (r.diff?.changes.length) {
    const ws = wb.addWorksheet('Thay đổi');
    heading(ws, `Thay đổi so với phiên bản ${r.diff.againstVersion}`);
    ws.addRow(['STT', 'Phần', 'Mục', 'Chỉ tiêu', 'Trước', 'Sau']).font = { bold: true };
    for (const [i, c] of r.diff.changes.entries())
      ws.addRow([i + 1, c.section, c.label, c.figure, Number(c.before), Number(c.after)]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
