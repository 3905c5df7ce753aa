import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block } from './report.layout.ts';

const FONT = 'Times New Roman';
type RunOpts = { bold?: boolean; italics?: boolean; size?: number };
const run = (text: string, o: RunOpts = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? 26, bold: o.bold, italics: o.italics });
const para = (text: string, o: RunOpts & { align?: 'center' | 'right' | 'left' } = {}) =>
  new Paragraph({
    alignment:
      o.align === 'center'
        ? AlignmentType.CENTER
        : o.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
    spacing: { after: 60 },
    children: [run(text, o)],
  });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

function heading(b: Extract<Block, { kind: 'heading' }>) {
  const cell = (children: Paragraph[]) =>
    new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE }, borders: noBorders });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell([
            para(b.issuer.toUpperCase(), { bold: true, align: 'center', size: 24 }),
            para(b.number, { align: 'center', size: 24 }),
          ]),
          cell([
            para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: 'center', size: 24 }),
            para('Độc lập - Tự do - Hạnh phúc', { bold: true, align: 'center', size: 26 }),
            para(`${b.place}, ${b.date}`, { italics: true, align: 'center', size: 26 }),
          ]),
        ],
      }),
    ],
  });
}

function table(b: Extract<Block, { kind: 'table' }>) {
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: i >= b.numericFrom && !bold ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run(text, { bold, size: 20 })],
        }),
      ],
    });
  return [
    para(b.title, { bold: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, i, true)) }),
        ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, r[1] === 'Tổng cộng')) })),
      ],
    }),
    para(''),
  ];
}

function signature(b: Extract<Block, { kind: 'signature' }>) {
  const cell = (children: Paragraph[]) =>
    new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE }, borders: noBorders });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell([
            para('Nơi nhận:', { bold: true, italics: true, size: 24 }),
            ...b.recipients.map((r) => para(`- ${r}`, { size: 22 })),
          ]),
          cell([
            para(b.role, { bold: true, align: 'center' }),
            para('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, align: 'center', size: 22 }),
            para(''),
            para(''),
            para(b.signer, { bold: true, align: 'center' }),
          ]),
        ],
      }),
    ],
  });
}

/** The report as a Word document (landscape A4, Times New Roman), ready to sign and stamp. */
export async function reportDocx(blocks: Block[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') children.push(heading(b), para(''));
    else if (b.kind === 'title')
      children.push(...b.lines.map((l) => para(l.toUpperCase(), { bold: true, align: 'center', size: 28 })));
    else if (b.kind === 'text') children.push(para(b.text, { bold: b.bold, italics: b.italics }));
    else if (b.kind === 'table') children.push(...table(b));
    else children.push(signature(b));
  }
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
