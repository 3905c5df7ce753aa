import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { asciiFilename, contentDisposition } from './files.service.ts';
import { openXlsx, XlsxError, type XlsxRow } from './xlsx-read.ts';
import { parseRows } from './xlsx-sheet.ts';
import { createXlsxWriter, escapeXml } from './xlsx-write.ts';
import { ZipWriter } from './zip.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-xlsx-'));
const file = (name: string) => path.join(dir, name);

async function rowsOf(p: string, sheet?: string): Promise<XlsxRow[]> {
  const book = await openXlsx(p);
  const out: XlsxRow[] = [];
  for await (const r of book.rows(sheet)) out.push(r);
  await book.close();
  return out;
}

describe('xlsx writer → ExcelJS and back', () => {
  it('writes sheets ExcelJS reads, with text, numbers, booleans, escapes and Vietnamese', async () => {
    const p = file('w.xlsx');
    const w = createXlsxWriter(p);
    const s = await w.sheet('Danh sách', [
      { header: 'Tên & <mã>' },
      { header: 'Số' },
      { header: 'Có?' },
      { header: 'Mã', text: true },
      { header: 'Loại hình', shared: true },
      { header: 'Ghi chú' },
    ]);
    await s.row(['Hợp tác xã "Dệt may" Tân Châu', 45, true, '0300588569', 'Hợp tác xã', ' lề ']);
    await s.row([null, 1.5, false, 'a\u0001b', 'Hợp tác xã', null]);
    await s.row(['Cơ sở B', null, null, null, 'Hộ kinh doanh & <khác>', 'x']);
    await s.end();
    const s2 = await w.sheet('Thông tin', [{ header: 'Mục' }]);
    await s2.row(['x']);
    await s2.end();
    await w.finish();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    expect(wb.worksheets.map((x) => x.name)).toEqual(['Danh sách', 'Thông tin']);
    const ws = wb.getWorksheet('Danh sách')!;
    expect(ws.getCell('A1').value).toBe('Tên & <mã>');
    expect(ws.getRow(2).values).toEqual([
      undefined,
      'Hợp tác xã "Dệt may" Tân Châu',
      45,
      true,
      '0300588569',
      'Hợp tác xã',
      ' lề ',
    ]);
    expect(ws.getCell('B3').value).toBe(1.5);
    expect(ws.getCell('D3').value).toBe('ab');
    expect(ws.getCell('E3').value).toBe('Hợp tác xã');
    expect(ws.getCell('E4').value).toBe('Hộ kinh doanh & <khác>');
    expect(ws.getCell('F4').value).toBe('x');
    const mine = await rowsOf(p);
    expect(mine.map((r) => r.cells.map((c) => c?.v))).toEqual([
      ['Tên & <mã>', 'Số', 'Có?', 'Mã', 'Loại hình', 'Ghi chú'],
      ['Hợp tác xã "Dệt may" Tân Châu', 45, true, '0300588569', 'Hợp tác xã', ' lề '],
      [undefined, 1.5, false, 'ab', 'Hợp tác xã'],
      ['Cơ sở B', undefined, undefined, undefined, 'Hộ kinh doanh & <khác>', 'x'],
    ]);
    // The repeated label is stored once, in the shared-strings table.
    const xml = execFileSync('unzip', ['-p', p, 'xl/sharedStrings.xml']).toString();
    expect(xml.match(/<si>/g)).toHaveLength(2);
  });

  it('reads what ExcelJS writes: shared strings, rich text, formulas, errors, gaps and a named sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Khác').addRow(['bỏ qua']);
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Tên', 'Số', 'Công thức', 'Lỗi']);
    ws.addRow([
      { richText: [{ text: 'Dệt ' }, { text: 'may', font: { bold: true } }] },
      7,
      { formula: 'B2*2', result: 14 },
      { error: '#N/A' },
    ]);
    ws.getCell('F4').value = 'xa';
    ws.getCell('A5').value = 'đ & ư';
    const p = file('e.xlsx');
    await wb.xlsx.writeFile(p);
    const rows = await rowsOf(p, 'Danh sách');
    expect(rows.map((r) => r.n)).toEqual([1, 2, 4, 5]);
    expect(rows[1]!.cells[0]).toEqual({ v: 'Dệt may' });
    expect(rows[1]!.cells[1]).toEqual({ v: 7 });
    expect(rows[1]!.cells[2]).toMatchObject({ v: 14, formula: true });
    expect(rows[1]!.cells[3]).toMatchObject({ v: '#N/A', error: true });
    expect(rows[2]!.cells[5]).toEqual({ v: 'xa' });
    expect(rows[3]!.cells[0]).toEqual({ v: 'đ & ư' });
  });
});

describe('xlsx reader edge cases', () => {
  it('parses prefixed namespaces, inline strings, self-closing rows and cells without references', () => {
    const xml = Buffer.from(
      '<x:worksheet xmlns:x="ns"><x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>Tên</x:t></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="3"/><x:row><x:c r="C4" t="inlineStr"><x:is><x:r><x:t>Hợp </x:t></x:r><x:r><x:t>tác</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c><x:c t="str"><x:f>A1</x:f><x:v>&amp;lt;</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
    const out: XlsxRow[] = [];
    parseRows(xml, xml.length, [], { seq: 0 }, out);
    expect(out).toEqual([
      { n: 1, cells: [{ v: 'Tên' }, { v: true }] },
      { n: 3, cells: [] },
      { n: 4, cells: [undefined, undefined, { v: 'Hợp tác' }, { v: '&lt;', formula: true, error: false }] },
    ]);
  });

  it('refuses what is not an .xlsx with a Vietnamese reason', async () => {
    fs.writeFileSync(file('x.xlsx'), 'Tên;Loại\n');
    await expect(openXlsx(file('x.xlsx'))).rejects.toBeInstanceOf(XlsxError);
    const z = new ZipWriter(file('z.xlsx'));
    const e = await z.entry('hello.txt');
    await e.write('xin chào');
    await e.end();
    await z.finish();
    await expect(openXlsx(file('z.xlsx'))).rejects.toThrow(/sổ làm việc/);
  });

  it('escapes XML and names downloads per RFC 5987', () => {
    expect(escapeXml('a<b & "c">')).toBe('a&lt;b &amp; &quot;c&quot;&gt;');
    expect(asciiFilename('Danh sách cơ sở - Đắk Lắk.xlsx')).toBe('Danh sach co so - Dak Lak.xlsx');
    expect(contentDisposition('Mẫu (1).xlsx')).toBe(
      `attachment; filename="Mau _1_.xlsx"; filename*=UTF-8''M%E1%BA%ABu%20%281%29.xlsx`,
    );
  });
});
