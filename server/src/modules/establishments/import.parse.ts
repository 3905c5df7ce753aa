import { isValidRegistrationCode, normaliseRegistrationCode } from '../../../../shared/registration-code.ts';
import type { ImportIssue } from '../../../../shared/schemas/establishments.ts';
import { foldVietnamese } from '../../platform/search.ts';
import type { XlsxCell, XlsxRow } from '../files/index.ts';
import type { EstablishmentFields, IndustryCatalogue } from './establishments.values.ts';
import {
  type ColumnKey,
  columnOfHeader,
  importColumns,
  parseBand,
  parseKind,
  parseStatus,
  parseYesNo,
} from './import.columns.ts';

/** One data row read from the file: the fields it gives, the unit text to resolve, and what is wrong. */
export type ParsedRow = {
  rowNo: number;
  fields: EstablishmentFields;
  nameKey: string;
  unitText: string;
  issues: ImportIssue[];
};

export type HeaderMap = { columns: Map<ColumnKey, number>; headers: string[] };

const headerOf = new Map(importColumns.map((c) => [c.key, c.header]));
const display = (c: XlsxCell | undefined) =>
  c === undefined ? '' : typeof c.v === 'boolean' ? (c.v ? 'TRUE' : 'FALSE') : String(c.v);

export function issue(
  row: number,
  column: string,
  value: string,
  code: string,
  message: string,
): ImportIssue {
  return { row, column, value: value.length > 200 ? `${value.slice(0, 200)}…` : value, code, message };
}

/** Maps the header row to the template's columns; every template column must be there (any order). */
export function readHeader(row: XlsxRow): { map: HeaderMap; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns = new Map<ColumnKey, number>();
  const headers: string[] = [];
  row.cells.forEach((cell, i) => {
    const text = display(cell).trim();
    headers[i] = text;
    if (!text) return;
    const key = columnOfHeader(text);
    if (key === 'ignored') return;
    if (key === null) {
      issues.push(
        issue(
          row.n,
          text,
          text,
          'unknown_column',
          `Cột "${text}" không có trong mẫu (tên cột bị đổi hoặc thêm cột lạ). Hãy dùng đúng tên cột của tệp mẫu.`,
        ),
      );
      return;
    }
    if (columns.has(key)) {
      issues.push(
        issue(row.n, text, text, 'duplicate_column', `Cột "${headerOf.get(key)}" xuất hiện nhiều lần.`),
      );
      return;
    }
    columns.set(key, i);
  });
  for (const c of importColumns) {
    if (c.key !== 'stt' && !columns.has(c.key))
      issues.push(
        issue(
          row.n,
          c.header,
          '',
          'missing_column',
          `Thiếu cột "${c.header}"${c.required ? ' (bắt buộc)' : ''}. Tệp phải có đủ các cột của tệp mẫu.`,
        ),
      );
  }
  return { map: { columns, headers }, issues };
}

export function isBlankRow(row: XlsxRow): boolean {
  return row.cells.every((c) => c === undefined || (typeof c.v === 'string' && c.v.trim() === ''));
}

type Getter = {
  text: (key: ColumnKey, max: number) => string | null;
  cell: (key: ColumnKey) => XlsxCell | undefined;
};

/** Digits that Excel turned into a number lose their leading zero: put it back when that makes a valid code. */
function codeFromCell(cell: XlsxCell): string {
  if (typeof cell.v === 'number' && Number.isInteger(cell.v)) {
    const digits = String(cell.v);
    if (digits.length === 9 && isValidRegistrationCode(`0${digits}`)) return `0${digits}`;
    if (digits.length === 11 && isValidRegistrationCode(`0${digits}`)) return `0${digits}`;
    return digits;
  }
  return normaliseRegistrationCode(String(cell.v));
}

function phoneFromCell(cell: XlsxCell): string {
  if (typeof cell.v === 'number' && Number.isInteger(cell.v) && String(cell.v).length === 9)
    return `0${cell.v}`;
  return String(cell.v).trim();
}

function parseIndustries(raw: string, catalogue: IndustryCatalogue): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of raw
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const asCode = part.toUpperCase();
    if (catalogue.byCode.has(asCode)) codes.push(asCode);
    else if (catalogue.byName.has(foldVietnamese(part)))
      codes.push(catalogue.byName.get(foldVietnamese(part))!);
    else {
      const pieces = part.split(',').map((s) => s.trim().toUpperCase());
      if (pieces.length > 1 && pieces.every((p) => catalogue.byCode.has(p))) codes.push(...pieces);
      else unknown.push(part);
    }
  }
  return { codes: [...new Set(codes)], unknown };
}

/** Reads and checks one data row; references (unit, existing records) are checked later, in batches. */
export function parseRow(
  row: XlsxRow,
  map: HeaderMap,
  catalogue: IndustryCatalogue,
  currentYear: number,
): ParsedRow {
  const issues: ImportIssue[] = [];
  const n = row.n;
  const cellOf = (key: ColumnKey) => {
    const i = map.columns.get(key);
    return i === undefined ? undefined : row.cells[i];
  };
  const bad = (key: ColumnKey, code: string, message: string) =>
    issues.push(issue(n, headerOf.get(key) ?? key, display(cellOf(key)), code, message));
  for (const [key, i] of map.columns) {
    const c = row.cells[i];
    if (c?.formula)
      bad(key, 'formula', 'Ô chứa công thức. Hãy sao chép và dán dạng giá trị (Paste Values) rồi nhập lại.');
    else if (c?.error) bad(key, 'cell_error', `Ô có lỗi Excel (${String(c.v)}).`);
  }
  const g: Getter = {
    cell: cellOf,
    text: (key, max) => {
      const c = cellOf(key);
      if (!c || c.formula || c.error) return null;
      const s = String(c.v).replace(/\s+/g, ' ').trim();
      if (!s) return null;
      if (s.length > max) {
        bad(key, 'too_long', `Dài ${s.length} ký tự, tối đa ${max}.`);
        return null;
      }
      return s;
    },
  };
  const name = g.text('name', 300);
  if (!name && !cellOf('name')?.formula) bad('name', 'required', 'Thiếu tên cơ sở.');
  const kindText = g.text('kind', 100);
  const kind = kindText ? parseKind(kindText) : null;
  if (!kindText && !cellOf('kind')?.formula) bad('kind', 'required', 'Thiếu loại hình.');
  else if (kindText && !kind)
    bad(
      'kind',
      'invalid_kind',
      'Loại hình không hợp lệ: chọn Doanh nghiệp nhỏ và vừa, Hợp tác xã, Tổ hợp tác, Liên hiệp hợp tác xã hoặc Hộ kinh doanh.',
    );
  const codeCell = cellOf('registrationCode');
  let registrationCode: string | null = null;
  if (codeCell && !codeCell.formula && !codeCell.error && String(codeCell.v).trim()) {
    const code = codeFromCell(codeCell);
    if (isValidRegistrationCode(code)) registrationCode = code;
    else
      bad(
        'registrationCode',
        'invalid_code',
        'Mã số không hợp lệ: mã số thuế 10 chữ số đúng chữ số kiểm tra (hoặc 10 số-3 số), số định danh 12 số, hoặc mã số hộ kinh doanh dạng 41A8012345.',
      );
  }
  const phoneCell = cellOf('phone');
  let phone: string | null = null;
  if (phoneCell && !phoneCell.formula && !phoneCell.error && String(phoneCell.v).trim()) {
    phone = phoneFromCell(phoneCell);
    if (!/^[0-9+().\s-]{6,40}$/.test(phone)) {
      bad('phone', 'invalid_phone', 'Số điện thoại chỉ gồm chữ số và + ( ) . - (6 đến 40 ký tự).');
      phone = null;
    }
  }
  const email = g.text('email', 254);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    bad('email', 'invalid_email', 'Địa chỉ email không hợp lệ.');
  const unitText = g.text('unit', 300) ?? '';
  if (!unitText && !cellOf('unit')?.formula)
    bad('unit', 'required', 'Thiếu đơn vị hành chính (xã/phường, huyện, tỉnh).');
  const industriesText = g.text('industries', 1000);
  let industries: string[] = [];
  if (industriesText) {
    const parsed = parseIndustries(industriesText, catalogue);
    industries = parsed.codes;
    if (parsed.unknown.length)
      bad(
        'industries',
        'unknown_industry',
        `Ngành nghề không có trong danh mục: ${parsed.unknown.join('; ')}. Xem trang "Danh mục" của tệp mẫu.`,
      );
  }
  const int = (key: ColumnKey, min: number, max: number, what: string): number | null => {
    const c = cellOf(key);
    if (!c || c.formula || c.error || (typeof c.v === 'string' && !c.v.trim())) return null;
    const v =
      typeof c.v === 'number'
        ? c.v
        : /^\s*\d{1,3}([.,\s]\d{3})*\s*$|^\s*\d+\s*$/.test(String(c.v))
          ? Number(String(c.v).replace(/[.,\s]/g, ''))
          : Number.NaN;
    if (!Number.isInteger(v) || v < min || v > max) {
      bad(key, 'invalid_number', `${what} phải là số nguyên từ ${min} đến ${max}.`);
      return null;
    }
    return v;
  };
  const workforce = int('workforce', 0, 1_000_000, 'Số lao động');
  const foundedYear = int('foundedYear', 1900, currentYear, 'Năm thành lập');
  const bandText = g.text('revenueBand', 100);
  const revenueBand = bandText ? parseBand(bandText) : null;
  if (bandText && !revenueBand)
    bad('revenueBand', 'invalid_value', 'Khoảng doanh thu không có trong danh sách.');
  const statusText = g.text('status', 100);
  const status = statusText ? parseStatus(statusText) : 'active';
  if (statusText && !status)
    bad(
      'status',
      'invalid_value',
      'Tình trạng không hợp lệ: Đang hoạt động, Tạm ngừng hoạt động hoặc Đã giải thể, ngừng hoạt động.',
    );
  const flag = (key: ColumnKey): boolean => {
    const c = cellOf(key);
    if (!c || c.formula || c.error || (typeof c.v === 'string' && !c.v.trim())) return false;
    const v = parseYesNo(c.v);
    if (v === null) bad(key, 'invalid_bool', 'Chỉ nhận "Có" hoặc "Không".');
    return v ?? false;
  };
  return {
    rowNo: n,
    nameKey: name ? foldVietnamese(name) : '',
    unitText,
    issues,
    fields: {
      name: name ?? '',
      kind: kind ?? 'household',
      registrationCode,
      representative: g.text('representative', 200),
      phone,
      email: email && issues.every((i) => i.code !== 'invalid_email') ? email : null,
      address: g.text('address', 500),
      craftVillage: g.text('craftVillage', 200),
      industries,
      products: g.text('products', 1000),
      workforce,
      revenueBand,
      womanOwned: flag('womanOwned'),
      ethnicMinorityOwned: flag('ethnicMinorityOwned'),
      foundedYear,
      status: status ?? 'active',
      cleanerProduction: flag('cleanerProduction'),
    },
  };
}
