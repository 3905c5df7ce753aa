import { formatDate, formatInteger } from '../../../../shared/format.ts';
import {
  figureLabels,
  outputLabels,
  type ReportDto,
  type ReportFigures,
  type ReportOutputs,
  type ReportRow,
  reportSections,
  reportStateLabels,
  sectionLabels,
} from '../../../../shared/schemas/reports.ts';

/**
 * The official layout every export follows (Word, PDF and Excel draw the same blocks): the heading with
 * issuer, number and date (Nghị định 30/2020/NĐ-CP style), the title, the totals, one table per breakdown,
 * the outputs, and the recipients and signer.
 */
export type Block =
  | { kind: 'heading'; issuer: string; number: string; place: string; date: string }
  | { kind: 'title'; lines: string[] }
  | { kind: 'text'; text: string; bold?: boolean; italics?: boolean }
  | { kind: 'table'; title: string; head: string[]; rows: string[][]; numericFrom: number }
  | { kind: 'signature'; recipients: string[]; role: string; signer: string };

/** The figures printed in Word and PDF (landscape A4); Excel carries every figure. */
export const printedFigures: (keyof ReportFigures)[] = [
  'schemes',
  'planned',
  'assigned',
  'contracted',
  'disbursed',
  'disbursedInPeriod',
  'accepted',
  'settled',
  'stoppedSchemes',
];

export function figureCells(f: ReportFigures, keys: (keyof ReportFigures)[]): string[] {
  return keys.map((k) => formatInteger(f[k]));
}

const dateWords = (iso: string | null) => {
  if (!iso) return 'ngày … tháng … năm …';
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
};

export function layoutOf(r: ReportDto, keys: (keyof ReportFigures)[] = printedFigures): Block[] {
  const data = r.data;
  const blocks: Block[] = [
    {
      kind: 'heading',
      issuer: r.issuerName,
      number: r.number ? `Số: ${r.number}` : 'Số: …/BC-…',
      place: r.scopeName === 'Toàn quốc' || r.kind === 'consolidated' ? 'Hà Nội' : r.scopeName,
      date: dateWords(r.issuedDate),
    },
    { kind: 'title', lines: ['BÁO CÁO', r.title.replace(/^Báo cáo /, '')] },
  ];
  const draft = r.state !== 'submitted' && r.state !== 'superseded';
  blocks.push({
    kind: 'text',
    italics: true,
    text:
      `Phiên bản ${r.version} — ${reportStateLabels[r.state].vi}. Kỳ báo cáo từ ${formatDate(r.period.from)} ` +
      `đến ${formatDate(r.period.to)}; số liệu tổng hợp lúc ${data ? formatDate(data.computedAt) : '—'}` +
      `${draft ? ' (dự thảo, chưa chốt số liệu)' : ''}. Đơn vị tiền: đồng.`,
  });
  if (!data) return blocks;
  const head = ['STT', 'Nội dung', ...keys.map((k) => figureLabels[k].vi)];
  const table = (title: string, rows: ReportRow[], total = true): Block => ({
    kind: 'table',
    title,
    head,
    numericFrom: 2,
    rows: [
      ...rows.map((row, i) => [String(i + 1), row.label, ...figureCells(row, keys)]),
      ...(total ? [['', 'Tổng cộng', ...figureCells(data.totals, keys)]] : []),
    ],
  });
  blocks.push({ kind: 'text', bold: true, text: 'I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH KINH PHÍ KHUYẾN CÔNG' });
  let n = 1;
  for (const s of reportSections) {
    const rows = data[s];
    if (!rows || (s === 'byProvince' && r.provinceCode)) continue;
    blocks.push(table(`${n++}. ${sectionLabels[s].vi}`, rows));
  }
  blocks.push({ kind: 'text', bold: true, text: 'II. KẾT QUẢ ĐẠT ĐƯỢC' });
  blocks.push({
    kind: 'table',
    title: 'Sản phẩm, kết quả của các đề án',
    head: ['STT', 'Chỉ tiêu', 'Kết quả'],
    numericFrom: 2,
    rows: (Object.keys(data.outputs) as (keyof ReportOutputs)[]).map((k, i) => [
      String(i + 1),
      outputLabels[k].vi,
      formatInteger(Math.round(data.outputs[k])),
    ]),
  });
  if (data.missingProvinces?.length)
    blocks.push({
      kind: 'text',
      italics: true,
      text: `Các tỉnh, thành phố chưa gửi báo cáo (${data.missingProvinces.length}): ${data.missingProvinces.map((p) => p.name).join(', ')}.`,
    });
  if (r.diff?.changes.length)
    blocks.push({
      kind: 'table',
      title: `III. NHỮNG THAY ĐỔI SO VỚI PHIÊN BẢN ${r.diff.againstVersion}`,
      head: ['STT', 'Mục', 'Chỉ tiêu', 'Trước', 'Sau'],
      numericFrom: 3,
      rows: r.diff.changes
        .slice(0, 200)
        .map((c, i) => [String(i + 1), c.label, c.figure, formatInteger(c.before), formatInteger(c.after)]),
    });
  blocks.push({
    kind: 'signature',
    recipients:
      r.kind === 'consolidated' || !r.provinceCode
        ? ['Bộ trưởng Bộ Công Thương (để báo cáo);', 'Sở Công Thương các tỉnh, thành phố;', 'Lưu: VT.']
        : ['Cục Công Thương địa phương — Bộ Công Thương;', 'UBND tỉnh (để báo cáo);', 'Lưu: VT.'],
    role: r.kind === 'consolidated' || !r.provinceCode ? 'CỤC TRƯỞNG' : 'GIÁM ĐỐC',
    signer: r.signerName ?? '',
  });
  return blocks;
}
