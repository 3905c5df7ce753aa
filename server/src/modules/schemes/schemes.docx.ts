import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate, formatInteger } from '../../../../shared/format.ts';
import { vndInWords } from '../../../../shared/money-words.ts';
import type { FundingSource } from '../../../../shared/schemas/rules.ts';
import { type SchemeDto, schemeKindLabels } from '../../../../shared/schemas/schemes.ts';
import { citationText } from '../rules/index.ts';

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt, as NĐ 30/2020 sets for administrative documents

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics });

const para = (
  text: string | TextRun[],
  o: {
    bold?: boolean;
    italics?: boolean;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    size?: number;
  } = {},
) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: 80, line: 300 },
    indent: o.indent ? { firstLine: 567 } : undefined,
    children: typeof text === 'string' ? [run(text, o)] : text,
  });

const heading = (text: string) => para(text, { bold: true, align: AlignmentType.LEFT });
const body = (text: string | null | undefined) =>
  (text?.trim() ? text : '(chưa có nội dung)').split(/\n+/).map((line) => para(line, { indent: true }));

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function cell(
  text: string,
  o: {
    bold?: boolean;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    span?: number;
    size?: number;
  } = {},
) {
  return new TableCell({
    columnSpan: o.span,
    children: text.split('\n').map(
      (t) =>
        new Paragraph({
          alignment: o.align ?? AlignmentType.LEFT,
          children: [run(t, { bold: o.bold, size: o.size ?? 22 })],
        }),
    ),
  });
}

/** The national motto block beside the implementer's name, as on every administrative document. */
function letterhead(s: SchemeDto) {
  const center = AlignmentType.CENTER;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            children: [
              para(s.implementerName.toUpperCase(), { bold: true, align: center, size: 24 }),
              para('———', { align: center }),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            children: [
              para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: center, size: 24 }),
              para('Độc lập - Tự do - Hạnh phúc', { bold: true, align: center }),
              para('———————', { align: center }),
            ],
          }),
        ],
      }),
    ],
  });
}

const sourceCols: FundingSource[] = ['national', 'local', 'counterpart', 'other'];

/** Dự toán kinh phí (TT 36/2013, Mẫu 1): lines by source, totals, and the legal basis of each support item. */
function estimateTable(s: SchemeDto) {
  const right = AlignmentType.RIGHT;
  const center = AlignmentType.CENTER;
  const header = new TableRow({
    tableHeader: true,
    children: [
      'STT',
      'Nội dung chi',
      'ĐVT',
      'Số lượng',
      'Đơn giá (đồng)',
      'Thành tiền (đồng)',
      'NSTW',
      'NSĐP',
      'Đối ứng',
      'Khác',
    ].map((h) => cell(h, { bold: true, align: center })),
  });
  const totals = Object.fromEntries(sourceCols.map((k) => [k, 0n])) as Record<FundingSource, bigint>;
  let sum = 0n;
  const rows = s.costLines.map((l, i) => {
    totals[l.fundingSource] += BigInt(l.total);
    sum += BigInt(l.total);
    return new TableRow({
      children: [
        cell(String(i + 1), { align: center }),
        cell(l.description),
        cell(l.unit ?? ''),
        cell(String(l.quantity).replace('.', ','), { align: right }),
        cell(formatInteger(l.unitPrice), { align: right }),
        cell(formatInteger(l.total), { align: right }),
        ...sourceCols.map((k) => cell(l.fundingSource === k ? formatInteger(l.total) : '', { align: right })),
      ],
    });
  });
  const total = new TableRow({
    children: [
      cell('Tổng cộng', { bold: true, span: 5, align: center }),
      cell(formatInteger(sum), { bold: true, align: right }),
      ...sourceCols.map((k) => cell(formatInteger(totals[k]), { bold: true, align: right })),
    ],
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows, total] });
}

function supportParagraphs(s: SchemeDto): Paragraph[] {
  const d = s.supportDetail;
  if (!d) return [para('Chưa có dự toán kinh phí.', { italics: true })];
  const out = [
    para(`Tổng dự toán: ${formatInteger(d.totals.cost)} đồng (${vndInWords(d.totals.cost)}).`, {
      indent: true,
    }),
    para(
      `Kinh phí khuyến công đề nghị hỗ trợ: ${formatInteger(d.totals.requestedState)} đồng (${vndInWords(d.totals.requestedState)}).`,
      { indent: true, bold: true },
    ),
    para(
      `Mức hỗ trợ tối đa theo quy định: ${formatInteger(d.totals.allowedState)} đồng (${vndInWords(d.totals.allowedState)}); căn cứ ${d.ruleSet.legalBasis}.`,
      { indent: true },
    ),
    para(`Kinh phí đối ứng của đơn vị thụ hưởng: ${formatInteger(d.totals.counterpartRequired)} đồng.`, {
      indent: true,
    }),
  ];
  for (const item of d.items)
    out.push(
      para(
        `- ${item.itemNameVi}: ${item.explanationVi}${item.citation ? ` (${citationText(item.citation)})` : ''}`,
        { indent: true },
      ),
    );
  return out;
}

/**
 * The scheme document in the layout of TT 36/2013/TT-BCT Art 5 (units, need, goals, scale, contents and
 * schedule, cost estimate on Mẫu 1, organisation, effects), with amounts in words.
 */
export async function schemeDocx(s: SchemeDto): Promise<Buffer> {
  const levelTitle = s.level === 'national' ? 'KHUYẾN CÔNG QUỐC GIA' : 'KHUYẾN CÔNG ĐỊA PHƯƠNG';
  const center = AlignmentType.CENTER;
  const place = [s.address, s.location?.name, s.location?.provinceName ?? s.provinceName]
    .filter(Boolean)
    .join(', ');
  const children = [
    letterhead(s),
    para(''),
    para(`ĐỀ ÁN ${levelTitle} NĂM ${s.planYear}`, { bold: true, align: center, size: 28 }),
    para(s.title.toUpperCase(), { bold: true, align: center }),
    para(`(${schemeKindLabels[s.kind].vi}; mã số ${s.code})`, { italics: true, align: center }),
    heading('I. THÔNG TIN CHUNG'),
    para(`1. Đơn vị thực hiện: ${s.implementerName}.`, { indent: true }),
    para(
      `2. Đơn vị phối hợp: ${s.partners.map((p) => p.name + (p.role ? ` (${p.role})` : '')).join('; ') || 'không'}.`,
      { indent: true },
    ),
    para(
      `3. Đơn vị thụ hưởng: ${s.beneficiariesLater ? 'Sở Công Thương xác định sau khi đề án được giao (đề án nhóm)' : s.beneficiaries.map((b) => b.name).join('; ') || '(chưa xác định)'}.`,
      { indent: true },
    ),
    para(`4. Địa điểm thực hiện: ${place || '(chưa xác định)'}.`, { indent: true }),
    para(
      `5. Thời gian thực hiện: từ ${formatDate(s.startDate) || '…'} đến ${formatDate(s.endDate) || '…'}.`,
      { indent: true },
    ),
    para(
      `6. Nội dung hoạt động: ${s.contents.map((c) => `${c.code} ${c.name}`).join('; ') || '(chưa chọn)'}.`,
      { indent: true },
    ),
    ...(s.valueChain ? [para(`7. Chuỗi giá trị: ${s.valueChain}.`, { indent: true })] : []),
    heading('II. SỰ CẦN THIẾT CỦA ĐỀ ÁN'),
    ...body(s.need),
    heading('III. MỤC TIÊU'),
    ...body(s.goals),
    heading('IV. QUY MÔ'),
    ...body(s.scale),
    heading('V. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN'),
    ...(s.milestones.length
      ? s.milestones.map((m, i) =>
          para(`${i + 1}. ${m.title}: ${formatDate(m.dueDate)}${m.note ? ` — ${m.note}` : ''}.`, {
            indent: true,
          }),
        )
      : [para('(chưa có mốc tiến độ)', { italics: true, indent: true })]),
    heading('VI. DỰ TOÁN KINH PHÍ (Mẫu 1)'),
    estimateTable(s),
    para(''),
    ...supportParagraphs(s),
    heading('VII. TỔ CHỨC THỰC HIỆN'),
    ...body(s.organisation),
    ...(s.contacts.length
      ? [
          para(
            `Người liên hệ: ${s.contacts.map((c) => [c.name, c.title, c.phone, c.email].filter(Boolean).join(', ')).join('; ')}.`,
            { indent: true },
          ),
        ]
      : []),
    heading('VIII. HIỆU QUẢ CỦA ĐỀ ÁN'),
    ...body(s.effects),
    para(''),
    para('…………, ngày …… tháng …… năm ……', { italics: true, align: AlignmentType.RIGHT }),
    para('THỦ TRƯỞNG ĐƠN VỊ', { bold: true, align: AlignmentType.RIGHT }),
    para('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, align: AlignmentType.RIGHT }),
  ];
  const doc = new Document({
    creator: 'Khuyến Công',
    title: `Đề án ${s.code}`,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
