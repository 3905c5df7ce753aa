import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { CertificateDto } from '../../../../shared/schemas/products.ts';
import { groupRules, levelRules } from './products.rules.data.ts';

/** The annex of the recognition decision: the list of recognised products, as Word and as Excel. */
export type AnnexInput = {
  roundName: string;
  level: CertificateDto['level'];
  year: number;
  organiserName: string;
  decisionNumber: string;
  decisionDate: string;
  certificates: CertificateDto[];
};

const dmy = (d: string) => d.split('-').reverse().join('/');
const groupName = (g: string) => groupRules.find((x) => x.code === g)?.nameVi ?? g;
const headers = [
  'STT',
  'Tên sản phẩm',
  'Nhóm sản phẩm',
  'Cơ sở sản xuất',
  'Tỉnh, thành phố',
  'Điểm bình quân',
  'Số giấy chứng nhận',
  'Hiệu lực đến',
];

function rowsOf(a: AnnexInput): string[][] {
  return a.certificates.map((c, i) => [
    String(i + 1),
    c.productName,
    groupName(c.group),
    c.establishmentName,
    c.provinceName ?? c.provinceCode,
    c.averageScore === null
      ? ''
      : c.averageScore.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    c.number,
    dmy(c.validUntil),
  ]);
}

const title = (a: AnnexInput) =>
  `DANH SÁCH SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU ${levelRules[a.level].nameVi.toUpperCase()} NĂM ${a.year}`;
const subtitle = (a: AnnexInput) =>
  `(Kèm theo Quyết định số ${a.decisionNumber} ngày ${dmy(a.decisionDate)} của ${a.organiserName})`;

export async function annexDocx(a: AnnexInput): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({ children: [new TextRun({ text, bold, font: 'Times New Roman', size: 22 })] }),
      ],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rowsOf(a).map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
  const doc = new Document({
    creator: 'Khuyến Công',
    title: title(a),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'PHỤ LỤC', bold: true, font: 'Times New Roman', size: 26 })],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: title(a), bold: true, font: 'Times New Roman', size: 26 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: subtitle(a), italics: true, font: 'Times New Roman', size: 24 })],
          }),
          table,
          new Paragraph({
            spacing: { before: 240 },
            children: [
              new TextRun({
                text: `Tổng số: ${a.certificates.length} sản phẩm.`,
                font: 'Times New Roman',
                size: 24,
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function annexXlsx(a: AnnexInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khuyến Công';
  const ws = wb.addWorksheet('Phụ lục', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = title(a);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, headers.length);
  ws.getCell(2, 1).value = subtitle(a);
  ws.getCell(2, 1).font = { italic: true };
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const head = ws.getRow(4);
  head.values = headers;
  head.font = { bold: true };
  rowsOf(a).forEach((r, i) => {
    const row = ws.getRow(5 + i);
    row.values = [i + 1, r[1], r[2], r[3], r[4], a.certificates[i]!.averageScore ?? null, r[6], r[7]];
  });
  [6, 40, 34, 40, 22, 14, 22, 14].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getColumn(6).numFmt = '0.00';
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
