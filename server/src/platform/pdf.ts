import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type PdfMake = typeof import('pdfmake') & {
  virtualfs: { writeFileSync: (name: string, data: Buffer) => void };
};

const require = createRequire(import.meta.url);

/**
 * Copies a TrueType font without some tables. Certificates drop the OpenType layout tables (GPOS, GSUB,
 * GDEF): Vietnamese text is written precomposed (NFC) so no mark positioning is needed, and parsing
 * those tables again for every document was two thirds of the time a certificate took.
 */
export function withoutTables(font: Buffer, drop: readonly string[]): Buffer {
  const count = font.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const o = 12 + i * 16;
    return {
      tag: font.toString('latin1', o, o + 4),
      checksum: font.readUInt32BE(o + 4),
      offset: font.readUInt32BE(o + 8),
      length: font.readUInt32BE(o + 12),
    };
  }).filter((t) => !drop.includes(t.tag));
  const header = Buffer.alloc(12 + tables.length * 16);
  font.copy(header, 0, 0, 4);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= tables.length) {
    pow *= 2;
    log++;
  }
  header.writeUInt16BE(tables.length, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE(tables.length * 16 - pow * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    header.write(t.tag, o, 'latin1');
    header.writeUInt32BE(t.checksum, o + 4);
    header.writeUInt32BE(offset, o + 8);
    header.writeUInt32BE(t.length, o + 12);
    const body = Buffer.alloc((t.length + 3) & ~3);
    font.copy(body, 0, t.offset, t.offset + t.length);
    bodies.push(body);
    offset += body.length;
  });
  return Buffer.concat([header, ...bodies]);
}

let engine: PdfMake | undefined;

/** pdfmake with its bundled Roboto (it has the Vietnamese glyphs), fonts held in memory; no file or URL access. */
export function pdfmake(): PdfMake {
  if (engine) return engine;
  const e = require('pdfmake') as PdfMake;
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const layout = ['GPOS', 'GSUB', 'GDEF'];
  e.virtualfs.writeFileSync(
    'kc-roboto-regular.ttf',
    withoutTables(fs.readFileSync(path.join(dir, 'Roboto-Regular.ttf')), layout),
  );
  e.virtualfs.writeFileSync(
    'kc-roboto-medium.ttf',
    withoutTables(fs.readFileSync(path.join(dir, 'Roboto-Medium.ttf')), layout),
  );
  e.setFonts({
    Roboto: {
      normal: 'kc-roboto-regular.ttf',
      bold: 'kc-roboto-medium.ttf',
      italics: 'kc-roboto-regular.ttf',
      bolditalics: 'kc-roboto-medium.ttf',
    },
  });
  e.setUrlAccessPolicy(() => false);
  e.setLocalAccessPolicy(() => false);
  engine = e;
  return e;
}
