import type { CertificateDto } from '../../../../shared/schemas/products.ts';
import { pdfmake } from '../../platform/pdf.ts';
import { groupRules, levelRules } from './products.rules.data.ts';

type DocDefinition = Parameters<ReturnType<typeof pdfmake>['createPdf']>[0];

const dmy = (d: string) => d.split('-').reverse().join('/');
const longDate = (d: string) => {
  const [y, m, day] = d.split('-');
  return `ngày ${day} tháng ${m} năm ${y}`;
};

const RED = '#b71c1c';
const GOLD = '#b8860b';

export function certificateDefinition(c: CertificateDto): DocDefinition {
  const level = levelRules[c.level];
  const group = groupRules.find((g) => g.code === c.group)?.nameVi ?? c.group;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [60, 50, 60, 40],
    info: {
      title: `Giấy chứng nhận sản phẩm CNNT tiêu biểu ${c.number}`,
      subject: c.number,
      keywords: `${c.number} ${c.verifyUrl}`,
      creator: 'Khuyến Công',
    },
    defaultStyle: { font: 'Roboto', fontSize: 12, color: '#212121' },
    background: (_page, size) => ({
      canvas: [
        {
          type: 'rect',
          x: 18,
          y: 18,
          w: size.width - 36,
          h: size.height - 36,
          lineWidth: 3,
          lineColor: GOLD,
        },
        { type: 'rect', x: 26, y: 26, w: size.width - 52, h: size.height - 52, lineWidth: 1, lineColor: RED },
      ],
    }),
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [{ text: c.organiserName.toUpperCase(), bold: true, fontSize: 11 }],
            alignment: 'center',
          },
          {
            width: '*',
            stack: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 11 },
              { text: 'Độc lập – Tự do – Hạnh phúc', bold: true, fontSize: 11 },
            ],
            alignment: 'center',
          },
        ],
      },
      {
        text: 'GIẤY CHỨNG NHẬN',
        fontSize: 30,
        bold: true,
        color: RED,
        alignment: 'center',
        margin: [0, 22, 0, 4],
      },
      {
        text: `SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU ${level.nameVi.toUpperCase()} NĂM ${c.year}`,
        fontSize: 15,
        bold: true,
        color: RED,
        alignment: 'center',
      },
      { text: 'Chứng nhận sản phẩm', alignment: 'center', margin: [0, 18, 0, 2] },
      {
        text: c.productName.normalize('NFC'),
        fontSize: 22,
        bold: true,
        alignment: 'center',
        color: '#0d47a1',
      },
      { text: `Nhóm: ${group}`, alignment: 'center', margin: [0, 4, 0, 10] },
      { text: 'Của cơ sở', alignment: 'center' },
      { text: c.establishmentName.normalize('NFC'), fontSize: 16, bold: true, alignment: 'center' },
      { text: c.provinceName ?? '', alignment: 'center', margin: [0, 2, 0, 10] },
      {
        text: `Được công nhận theo Quyết định số ${c.decisionNumber} ${longDate(c.decisionDate)} của ${c.organiserName}.`,
        alignment: 'center',
      },
      {
        text: [
          { text: 'Giấy chứng nhận có giá trị đến hết ngày ' },
          { text: dmy(c.validUntil), bold: true },
          '.',
        ],
        alignment: 'center',
        margin: [0, 4, 0, 16],
      },
      {
        columns: [
          {
            width: 230,
            columns: [
              { qr: c.verifyUrl, fit: 90, eccLevel: 'M' },
              {
                width: '*',
                stack: [
                  { text: [{ text: 'Số: ', bold: true }, c.number] },
                  {
                    text: 'Quét mã QR hoặc truy cập địa chỉ dưới đây để xác minh:',
                    fontSize: 8,
                    margin: [0, 4, 0, 2],
                  },
                  { text: c.verifyUrl, fontSize: 7, color: '#0d47a1' },
                ],
                margin: [8, 10, 0, 0],
              },
            ],
          },
          { width: '*', text: '' },
          {
            width: 260,
            alignment: 'center',
            stack: [
              { text: `${c.provinceName ? `${c.provinceName}, ` : ''}${longDate(c.decisionDate)}` },
              { text: 'THỦ TRƯỞNG CƠ QUAN', bold: true, margin: [0, 4, 0, 0] },
              { text: '(Đã ký)', fontSize: 10, margin: [0, 30, 0, 0], color: '#757575' },
            ],
          },
        ],
      },
    ],
  };
}

/** The printable certificate as PDF bytes. */
export async function renderCertificatePdf(c: CertificateDto): Promise<Buffer> {
  const doc = pdfmake().createPdf(certificateDefinition(c));
  return (await doc.getBuffer()) as Buffer;
}
