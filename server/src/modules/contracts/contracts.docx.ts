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
import { formatDate, formatVnd } from '../../../../shared/format.ts';
import { vndInWords } from '../../../../shared/money-words.ts';
import { moneySourceLabels, type SourceBalance } from '../../../../shared/schemas/contracts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { closingOf } from './closing.service.ts';
import { getContract } from './contracts.service.ts';
import { moneyOf } from './money.service.ts';

export type ContractForm = 'contract' | 'acceptance' | 'liquidation' | 'settlement';

const FONT = 'Times New Roman';
const run = (text: string, o: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: 26, bold: o.bold, italics: o.italics });
const p = (text: string, o: { bold?: boolean; italics?: boolean; center?: boolean } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80, line: 300 },
    children: [run(text, o)],
  });
const money = (v: string | bigint) => `${formatVnd(v)} (bằng chữ: ${vndInWords(v)})`;
const cell = (t: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text: t, font: FONT, size: 22, bold })] })],
  });

function balanceTable(rows: SourceBalance[]) {
  const head = [
    'Nguồn',
    'Hợp đồng',
    'Tạm ứng',
    'Thanh toán',
    'Thu hồi',
    'Đã chi',
    'Nghiệm thu',
    'Quyết toán',
  ];
  const v = (x: string | null) => (x === null ? '—' : formatVnd(x));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: head.map((h) => cell(h, true)) }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [
              cell(moneySourceLabels[r.source].vi),
              cell(v(r.contracted)),
              cell(v(r.advanced)),
              cell(v(r.paid)),
              cell(v(r.recovered)),
              cell(v(r.net)),
              cell(v(r.accepted)),
              cell(v(r.settled)),
            ],
          }),
      ),
    ],
  });
}

const titles: Record<ContractForm, string> = {
  contract: 'HỢP ĐỒNG THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG',
  acceptance: 'BIÊN BẢN NGHIỆM THU CƠ SỞ ĐỀ ÁN KHUYẾN CÔNG (Mẫu 5)',
  liquidation: 'BIÊN BẢN THANH LÝ HỢP ĐỒNG (Mẫu 6)',
  settlement: 'BÁO CÁO QUYẾT TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG (Mẫu 7)',
};

/** The printable contract, acceptance minutes, liquidation minutes and settlement report, amounts in words. */
export async function contractDocx(db: Db, actor: Actor, id: string, form: ContractForm) {
  const c = await getContract(db, actor, id);
  const [m, closing] = await Promise.all([moneyOf(db, actor, id), closingOf(db, actor, id)]);
  const a = closing.acceptance;
  const s = closing.settlement;
  if (
    (form === 'acceptance' && !a) ||
    (form === 'settlement' && !s) ||
    (form === 'liquidation' && !c.liquidatedDate)
  )
    throw new AppError('CONTRACT_BAD_STATE', { action: 'in biểu mẫu này', state: c.state });
  const out: (Paragraph | Table)[] = [
    p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
    p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
    p(titles[form], { bold: true, center: true }),
    p(`Số hợp đồng: ${c.number}`, { center: true, italics: true }),
    p(`Đề án: ${c.schemeCode} — ${c.schemeTitle}`),
    p(`Bên giao (bên A): ${c.partyA}`),
    p(`Bên nhận (bên B, đơn vị thực hiện): ${c.partyB}`),
  ];
  if (form === 'contract') {
    out.push(
      p(`Giá trị hợp đồng (kinh phí khuyến công hỗ trợ): ${money(c.value)}.`),
      p(`Kinh phí đối ứng cam kết: ${money(c.counterpartCommitted)}.`),
      p(`Thời gian thực hiện: từ ${formatDate(c.startDate)} đến ${formatDate(c.endDate)}.`),
      p(`Ngày ký: ${c.signedDate ? formatDate(c.signedDate) : '……/……/……'}.`),
      p('Tiến độ:', { bold: true }),
      ...c.schedule.map((x) => p(`- ${x.title}: ${formatDate(x.dueDate)}`)),
      p('Điều khoản thanh toán:', { bold: true }),
      p(c.paymentTerms ?? ''),
      p(
        `Mức tạm ứng tối đa hiện hành: ${money(m.advance.limit)} (${m.advance.ruleSetCode ?? 'chưa xác định bộ quy tắc'}).`,
      ),
    );
  }
  if (form === 'acceptance' && a) {
    out.push(
      p(`Biên bản số ${a.minutesNumber}, ngày ${formatDate(a.date)}.`),
      p(`Thành phần: ${a.members}`),
      p(`Giá trị nghiệm thu: ${money(a.acceptedAmount)}.`),
      p('Hồ sơ kèm theo:', { bold: true }),
      ...a.evidence.map((e) =>
        p(`- ${closing.requiredEvidence.find((r) => r.code === e.code)?.nameVi ?? e.code}: ${e.reference}`),
      ),
      p(`Kết luận: ${a.conclusion}`),
    );
  }
  if (form === 'liquidation') {
    out.push(
      p(`Biên bản thanh lý số ${c.liquidationNumber ?? ''}, ngày ${formatDate(c.liquidatedDate)}.`),
      p(`Giá trị nghiệm thu: ${a ? money(a.acceptedAmount) : '—'}.`),
      p(`Bên A đã chi cho bên B: ${money(m.balances[0]!.net)}.`),
      balanceTable(m.balances),
    );
  }
  if (form === 'settlement' && s) {
    out.push(
      p(
        `Báo cáo quyết toán số ${s.number}, ngày ${formatDate(s.date)} (hạn ${formatDate(s.deadline)}${s.late ? ', quá hạn' : ''}).`,
      ),
      ...s.amounts.map((x) => p(`- ${moneySourceLabels[x.source].vi}: ${money(x.settled)}`)),
      p(`Kinh phí còn lại trả về kế hoạch: ${money(s.returned)}.`),
      balanceTable(closing.balances),
    );
  }
  out.push(
    p(''),
    p('ĐẠI DIỆN BÊN A                                        ĐẠI DIỆN BÊN B', { bold: true, center: true }),
  );
  const doc = new Document({ sections: [{ children: out }] });
  return { name: `${form}-${c.schemeCode}.docx`, bytes: await Packer.toBuffer(doc) };
}
