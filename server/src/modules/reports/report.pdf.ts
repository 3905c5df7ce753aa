import { pdfmake } from '../../platform/pdf.ts';
import type { Block } from './report.layout.ts';

type DocDefinition = Parameters<ReturnType<typeof pdfmake>['createPdf']>[0];
type Content = Exclude<DocDefinition['content'], undefined>;

/** The same layout as the Word file, as a PDF (landscape A4, Roboto: it has the Vietnamese glyphs). */
export async function reportPdf(blocks: Block[]): Promise<Buffer> {
  const content: Content[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading')
      content.push({
        columns: [
          { stack: [{ text: b.issuer.toUpperCase(), bold: true }, b.number], alignment: 'center' },
          {
            stack: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
              { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
              { text: `${b.place}, ${b.date}`, italics: true, margin: [0, 6, 0, 0] },
            ],
            alignment: 'center',
          },
        ],
        margin: [0, 0, 0, 14],
      });
    else if (b.kind === 'title')
      content.push({
        text: b.lines.join('\n').toUpperCase(),
        bold: true,
        fontSize: 13,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      });
    else if (b.kind === 'text')
      content.push({ text: b.text, bold: b.bold, italics: b.italics, margin: [0, 4, 0, 4] });
    else if (b.kind === 'table')
      content.push(
        { text: b.title, bold: true, margin: [0, 6, 0, 4] },
        {
          table: {
            headerRows: 1,
            widths: b.head.map((_, i) => (i === 0 ? 22 : i === 1 ? '*' : 'auto')),
            body: [
              b.head.map((h) => ({ text: h, bold: true, fontSize: 7.5 })),
              ...b.rows.map((r) =>
                r.map((c, i) => ({
                  text: c,
                  fontSize: 7.5,
                  bold: r[1] === 'Tổng cộng',
                  alignment: i >= b.numericFrom ? ('right' as const) : ('left' as const),
                })),
              ),
            ],
          },
          layout: 'lightHorizontalLines',
        },
      );
    else
      content.push({
        columns: [
          {
            stack: [{ text: 'Nơi nhận:', bold: true, italics: true }, ...b.recipients.map((r) => `- ${r}`)],
            fontSize: 9,
          },
          {
            stack: [
              { text: b.role, bold: true },
              { text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true, fontSize: 9 },
              { text: b.signer, bold: true, margin: [0, 40, 0, 0] },
            ],
            alignment: 'center',
          },
        ],
        margin: [0, 16, 0, 0],
      });
  }
  const doc = pdfmake().createPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 36],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content,
  });
  return (await doc.getBuffer()) as Buffer;
}
