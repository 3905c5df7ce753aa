import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { formatDate, formatInteger } from '../../../../shared/format.ts';
import { vndInWords } from '../../../../shared/money-words.ts';
import type { PlanDetail } from '../../../../shared/schemas/plans.ts';

/**
 * The plan table officials print: one row per scheme grouped by province, then activity content, with the
 * amount (approved, or the selection of the latest run for a draft), subtotals per province and the total.
 */
export type PrintRow = {
  stt: string;
  province: string;
  content: string;
  code: string;
  title: string;
  implementer: string;
  amount: bigint;
  bold?: boolean;
};

export function printRows(p: PlanDetail): { rows: PrintRow[]; total: bigint } {
  const funded = p.lines.filter((l) => l.selected);
  const byProvince = new Map<string, typeof funded>();
  for (const l of funded) byProvince.set(l.provinceCode, [...(byProvince.get(l.provinceCode) ?? []), l]);
  const rows: PrintRow[] = [];
  let total = 0n;
  let k = 0;
  for (const [province, ls] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
    const sub = ls.reduce((s, l) => s + BigInt(l.assignedAmount ?? l.approvedAmount ?? l.requested), 0n);
    total += sub;
    k++;
    rows.push({
      stt: roman(k),
      province: `Tỉnh/thành phố ${province}`,
      content: '',
      code: '',
      title: '',
      implementer: '',
      amount: sub,
      bold: true,
    });
    ls.sort((a, b) => a.contentCode.localeCompare(b.contentCode) || a.code.localeCompare(b.code)).forEach(
      (l, i) => {
        rows.push({
          stt: String(i + 1),
          province,
          content: l.contentCode,
          code: l.code,
          title: l.title,
          implementer: l.implementerName,
          amount: BigInt(l.assignedAmount ?? l.approvedAmount ?? l.requested),
        });
      },
    );
  }
  return { rows, total };
}

const roman = (n: number) =>
  ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);
const headers = [
  'STT',
  'Tỉnh/TP',
  'Nội dung',
  'Mã đề án',
  'Tên đề án',
  'Đơn vị thực hiện',
  'Kinh phí (đồng)',
];

const subtitle = (p: PlanDetail) =>
  p.decisionNumber
    ? `(Kèm theo Quyết định số ${p.decisionNumber} ngày ${formatDate(p.decisionDate)})`
    : '(Dự thảo)';

export async function planXlsx(p: PlanDetail): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.addRow([p.title.toUpperCase()]).font = { bold: true, size: 13 };
  ws.addRow([subtitle(p)]).font = { italic: true };
  ws.addRow([]);
  const h = ws.addRow(headers);
  h.font = { bold: true };
  const { rows, total } = printRows(p);
  for (const r of rows) {
    const row = ws.addRow([r.stt, r.province, r.content, r.code, r.title, r.implementer, Number(r.amount)]);
    if (r.bold) row.font = { bold: true };
  }
  ws.addRow(['', 'Tổng cộng', '', '', '', '', Number(total)]).font = { bold: true };
  ws.addRow([`Bằng chữ: ${vndInWords(total)}`]).font = { italic: true };
  ws.getColumn(7).numFmt = '#,##0';
  [6, 10, 10, 20, 60, 30, 18].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const FONT = 'Times New Roman';
const t = (text: string, bold = false) => new TextRun({ text, font: FONT, size: 24, bold });
const cell = (text: string, bold = false, right = false) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [t(text, bold)],
      }),
    ],
  });

export async function planDocx(p: PlanDetail): Promise<Buffer> {
  const { rows, total } = printRows(p);
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((x) => cell(x, true)) }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [r.stt, r.bold ? r.province : r.province, r.content, r.code, r.title, r.implementer]
              .map((x) => cell(x, r.bold))
              .concat(cell(formatInteger(r.amount), r.bold, true)),
          }),
      ),
      new TableRow({
        children: ['', 'Tổng cộng', '', '', '', '']
          .map((x) => cell(x, true))
          .concat(cell(formatInteger(total), true, true)),
      }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: 'landscape', width: 16838, height: 11906 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [t(p.title.toUpperCase(), true)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [t(subtitle(p))] }),
          table,
          new Paragraph({ children: [t(`Bằng chữ: ${vndInWords(total)}.`)] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
