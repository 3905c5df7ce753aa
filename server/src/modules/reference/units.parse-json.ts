import type { UnitLevel, UnitLinkKind } from '../../../../shared/schemas/reference.ts';
import { JsonSyntaxError, parseJsonWithLines } from './units.json.ts';
import { pre2025Types } from './units.names.ts';
import { importFailure, type ParsedLink, type ParsedUnit } from './units.parse.ts';

type Obj = Record<string, unknown>;

/** Reads a JSON file's nodes, failing with the file name and the line of the offending object. */
class Reader {
  private readonly lineOf: (node: unknown) => number | undefined;
  readonly root: unknown;

  constructor(
    readonly file: string,
    text: string,
  ) {
    try {
      const parsed = parseJsonWithLines(text);
      this.root = parsed.value;
      this.lineOf = parsed.lineOf;
    } catch (e) {
      if (e instanceof JsonSyntaxError) throw importFailure(file, e.line, `JSON không hợp lệ (${e.detail}).`);
      throw e;
    }
  }

  line(node: unknown, fallback?: number): number | undefined {
    return this.lineOf(node) ?? fallback;
  }

  fail(node: unknown, detail: string): never {
    throw importFailure(this.file, this.line(node), detail);
  }

  object(v: unknown, parent: unknown, what: string): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      this.fail(parent, `${what} phải là một đối tượng.`);
    return v as Obj;
  }

  array(o: Obj, key: string, optional = false): unknown[] {
    const v = o[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) this.fail(o, `thiếu danh sách "${key}".`);
    return v as unknown[];
  }

  code(o: Obj, key: string, digits: number[]): string {
    const v = o[key];
    if (typeof v !== 'string' || !digits.some((d) => new RegExp(`^\\d{${d}}$`).test(v))) {
      this.fail(o, `"${key}" = ${JSON.stringify(v)} phải là mã gồm ${digits.join(' hoặc ')} chữ số.`);
    }
    return v as string;
  }

  text(o: Obj, key: string): string {
    const v = o[key];
    if (typeof v !== 'string' || !v.trim()) this.fail(o, `thiếu "${key}".`);
    return (v as string).replace(/\s+/g, ' ').trim().normalize('NFC');
  }

  /** The `data` list of a file's root object. */
  data(): Obj[] {
    const root = this.object(this.root, this.root, 'Tệp');
    return this.array(root, 'data').map((v) => this.object(v, root, 'Mỗi phần tử của "data"'));
  }
}

export type Pre2025Units = { provinces: ParsedUnit[]; districts: ParsedUnit[]; communes: ParsedUnit[] };

/** `units-before-2025.json`: data[] = province {level1_id, name, type, level2s[] {level2_id, …, level3s[]}}. */
export function parseUnitsBefore2025(text: string, file = 'units-before-2025.json'): Pre2025Units {
  const r = new Reader(file, text);
  const out: Pre2025Units = { provinces: [], districts: [], communes: [] };
  const seen = { province: new Set<string>(), district: new Set<string>(), commune: new Set<string>() };
  const typeOf = (o: Obj, level: keyof typeof pre2025Types) => {
    const raw = r.text(o, 'type');
    const t = pre2025Types[level][raw];
    if (!t)
      r.fail(o, `loại đơn vị "${raw}" không hợp lệ (cần ${Object.keys(pre2025Types[level]).join(', ')}).`);
    return t as NonNullable<typeof t>;
  };
  const once = (o: Obj, level: keyof typeof seen, code: string) => {
    if (seen[level].has(code)) r.fail(o, `mã ${code} bị trùng.`);
    seen[level].add(code);
  };
  for (const p of r.data()) {
    const pCode = r.code(p, 'level1_id', [2]);
    once(p, 'province', pCode);
    const line = r.line(p) ?? 0;
    out.provinces.push({
      code: pCode,
      name: r.text(p, 'name'),
      type: typeOf(p, 'province'),
      level: 'province',
      parentCode: null,
      provinceCode: pCode,
      line,
    });
    for (const dv of r.array(p, 'level2s')) {
      const d = r.object(dv, p, 'Quận, huyện');
      const dCode = r.code(d, 'level2_id', [3]);
      once(d, 'district', dCode);
      out.districts.push({
        code: dCode,
        name: r.text(d, 'name'),
        type: typeOf(d, 'district'),
        level: 'district',
        parentCode: pCode,
        provinceCode: pCode,
        line: r.line(d) ?? line,
      });
      for (const cv of r.array(d, 'level3s', true)) {
        const c = r.object(cv, d, 'Xã, phường');
        const cCode = r.code(c, 'level3_id', [5]);
        once(c, 'commune', cCode);
        out.communes.push({
          code: cCode,
          name: r.text(c, 'name'),
          type: typeOf(c, 'commune'),
          level: 'commune',
          parentCode: dCode,
          provinceCode: pCode,
          line: r.line(c) ?? line,
        });
      }
    }
  }
  if (out.provinces.length === 0) r.fail(r.root, 'không có tỉnh, thành phố nào.');
  return out;
}

const levelOfOldCode = (code: string): UnitLevel =>
  code.length === 2 ? 'province' : code.length === 3 ? 'district' : 'commune';
const levelOfNewCode = (code: string): UnitLevel => (code.length === 2 ? 'province' : 'commune');

/** `mapping-new-to-old.json`: data[] = new province {level1_id, merges[], level2s[] {level2_id, merges[] {old_id, type}}}. */
export function parseMappingNewToOld(text: string, file = 'mapping-new-to-old.json'): ParsedLink[] {
  const r = new Reader(file, text);
  const out: ParsedLink[] = [];
  const merges = (o: Obj, newCode: string, oldDigits: number[]) => {
    for (const mv of r.array(o, 'merges')) {
      const m = r.object(mv, o, 'Mỗi phần tử của "merges"');
      const oldCode = r.code(m, 'old_id', oldDigits);
      const kind = m.type;
      if (kind !== 'full' && kind !== 'partial')
        r.fail(m, `"type" = ${JSON.stringify(kind)} phải là "full" hoặc "partial".`);
      out.push({
        oldLevel: levelOfOldCode(oldCode),
        oldCode,
        newLevel: levelOfNewCode(newCode),
        newCode,
        kind: kind as UnitLinkKind,
        line: r.line(m) ?? 0,
      });
    }
  };
  for (const p of r.data()) {
    merges(p, r.code(p, 'level1_id', [2]), [2]);
    for (const cv of r.array(p, 'level2s')) {
      const c = r.object(cv, p, 'Xã, phường');
      merges(c, r.code(c, 'level2_id', [5]), [3, 5]);
    }
  }
  return out;
}

/**
 * `mapping-old-to-new.json`: data[] = old province {level1_id, splits[], level2s?[] (districts that became a
 * special zone whole), level3s[] {level3_id, splits[] {new_id}}}. A unit with several successors was split:
 * each of its links is `partial`; a single successor is `full`.
 */
export function parseMappingOldToNew(text: string, file = 'mapping-old-to-new.json'): ParsedLink[] {
  const r = new Reader(file, text);
  const out: ParsedLink[] = [];
  const splits = (o: Obj, oldCode: string, newDigits: number[]) => {
    const list = r.array(o, 'splits').map((sv) => r.object(sv, o, 'Mỗi phần tử của "splits"'));
    if (list.length === 0) r.fail(o, `đơn vị ${oldCode} không có đơn vị mới nào.`);
    const kind: UnitLinkKind = list.length > 1 ? 'partial' : 'full';
    for (const s of list) {
      const newCode = r.code(s, 'new_id', newDigits);
      out.push({
        oldLevel: levelOfOldCode(oldCode),
        oldCode,
        newLevel: levelOfNewCode(newCode),
        newCode,
        kind,
        line: r.line(s) ?? 0,
      });
    }
  };
  for (const p of r.data()) {
    splits(p, r.code(p, 'level1_id', [2]), [2]);
    for (const dv of r.array(p, 'level2s', true)) {
      const d = r.object(dv, p, 'Quận, huyện');
      splits(d, r.code(d, 'level2_id', [3]), [5]);
    }
    for (const cv of r.array(p, 'level3s')) {
      const c = r.object(cv, p, 'Xã, phường');
      splits(c, r.code(c, 'level3_id', [5]), [5]);
    }
  }
  return out;
}
