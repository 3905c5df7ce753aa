import type { UnitLevel, UnitLinkKind, UnitType } from '../../../../shared/schemas/reference.ts';
import { AppError } from '../../platform/errors.ts';
import { foldVietnamese } from '../../platform/search.ts';
import { communeType2025, province2025Type } from './units.names.ts';

/** One unit read from a file; `line` is where it was read, for messages. */
export type ParsedUnit = {
  code: string;
  name: string;
  type: UnitType;
  level: UnitLevel;
  parentCode: string | null;
  provinceCode: string;
  line: number;
};

/** One old → new link read from a mapping file. */
export type ParsedLink = {
  oldLevel: UnitLevel;
  oldCode: string;
  newLevel: UnitLevel;
  newCode: string;
  kind: UnitLinkKind;
  line: number;
};

/** The one error of a failed import: names the file and, when known, the line. */
export function importFailure(file: string, line: number | null | undefined, detail: string): AppError {
  const where = line ? `${file}, dòng ${line}` : file;
  return new AppError('UNIT_IMPORT_FAILED', { reason: `${where}: ${detail}`, file, line: line ?? null });
}

/** Splits one CSV line, honouring double quotes ("a, b" stays one cell; "" is a quote). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells.map((s) => s.trim());
}

const linesOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/);

/** Names as printed in a table cell: `<br>` line breaks become spaces, runs of spaces collapse. */
export function cleanCell(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** `provinces-2025.csv`: `Stt,Mã số,Tên 34 tỉnh sau sáp nhập`, one province a line. */
export function parseProvinces2025Csv(text: string, file = 'provinces-2025.csv'): ParsedUnit[] {
  const out: ParsedUnit[] = [];
  const seen = new Set<string>();
  let header = false;
  linesOf(text).forEach((raw, idx) => {
    const line = idx + 1;
    if (!raw.trim()) return;
    const cells = splitCsvLine(raw);
    if (!header) {
      if (cells.length < 3 || !/^mã/i.test(cells[1] ?? '')) {
        throw importFailure(file, line, 'dòng tiêu đề phải là "Stt,Mã số,Tên …".');
      }
      header = true;
      return;
    }
    if (cells.length !== 3)
      throw importFailure(file, line, `cần 3 cột (Stt, Mã số, Tên), có ${cells.length}.`);
    const [, code = '', rawName = ''] = cells;
    const name = cleanCell(rawName);
    if (!/^\d{2}$/.test(code)) throw importFailure(file, line, `mã tỉnh "${code}" phải gồm 2 chữ số.`);
    if (!name) throw importFailure(file, line, 'thiếu tên tỉnh, thành phố.');
    if (seen.has(code)) throw importFailure(file, line, `mã tỉnh ${code} bị trùng.`);
    seen.add(code);
    out.push({
      code,
      name,
      type: province2025Type(name),
      level: 'province',
      parentCode: null,
      provinceCode: code,
      line,
    });
  });
  if (!header) throw importFailure(file, null, 'tệp rỗng.');
  if (out.length === 0) throw importFailure(file, null, 'không có tỉnh, thành phố nào.');
  return out;
}

/** Province names folded and stripped of "tỉnh"/"thành phố"/"tp", for matching "TỈNH CAO BẰNG" to "Cao Bằng". */
const provinceKey = (name: string) => foldVietnamese(name).replace(/^(tinh |thanh pho |tp\.? ?)/, '');

/**
 * `communes-2025.md`: a Markdown table (possibly several, one per page) with columns
 * `Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố)`. Province headings are rows with an empty code;
 * `<br>` breaks may appear in any cell. Lines outside tables are ignored.
 */
export function parseCommunes2025Md(
  text: string,
  provinces: ParsedUnit[],
  file = 'communes-2025.md',
): ParsedUnit[] {
  const byKey = new Map(provinces.map((p) => [provinceKey(p.name), p.code]));
  const out: ParsedUnit[] = [];
  const seen = new Set<string>();
  let heading: string | null = null;
  linesOf(text).forEach((raw, idx) => {
    const line = idx + 1;
    const trimmed = raw.trim();
    if (!trimmed.startsWith('|')) return;
    const cells = trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|').map(cleanCell);
    if (cells.length !== 4) throw importFailure(file, line, `dòng bảng cần 4 cột, có ${cells.length}.`);
    const [stt = '', code = '', name = '', provinceCell = ''] = cells;
    if (/^stt$/i.test(stt) || /^:?-{3,}:?$/.test(stt)) return;
    const provinceOf = (s: string) => (s ? byKey.get(provinceKey(s)) : undefined);
    if (!code) {
      const found = provinceOf(name) ?? provinceOf(provinceCell);
      if (!found) throw importFailure(file, line, `không nhận ra tỉnh, thành phố "${name || provinceCell}".`);
      heading = found;
      return;
    }
    if (!/^\d+$/.test(stt)) throw importFailure(file, line, `số thứ tự "${stt}" không hợp lệ.`);
    if (!/^\d{5}$/.test(code)) throw importFailure(file, line, `mã xã "${code}" phải gồm 5 chữ số.`);
    const type = communeType2025(name);
    if (!type) throw importFailure(file, line, `tên "${name}" phải bắt đầu bằng Xã, Phường hoặc Đặc khu.`);
    const provinceCode = provinceCell ? provinceOf(provinceCell) : heading;
    if (!provinceCode)
      throw importFailure(file, line, `không nhận ra tỉnh, thành phố "${provinceCell}" của ${name}.`);
    if (seen.has(code)) throw importFailure(file, line, `mã xã ${code} bị trùng.`);
    seen.add(code);
    out.push({ code, name, type, level: 'commune', parentCode: provinceCode, provinceCode, line });
  });
  if (out.length === 0) throw importFailure(file, null, 'không có đơn vị cấp xã nào.');
  return out;
}
