import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { parseUnitFiles, readUnitFiles } from './units.import.ts';
import { parseJsonWithLines } from './units.json.ts';
import { unitNameKey } from './units.names.ts';
import { cleanCell, parseCommunes2025Md, parseProvinces2025Csv, splitCsvLine } from './units.parse.ts';
import { parseMappingNewToOld, parseMappingOldToNew, parseUnitsBefore2025 } from './units.parse-json.ts';
import { parseUnitPart } from './units.resolve.ts';

/** The Vietnamese reason of an import failure, or a marker when the call did not fail that way. */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError && e.code === 'UNIT_IMPORT_FAILED') return String(e.params?.reason);
    throw e;
  }
  return 'did not fail';
}

const csv = [
  'Stt,Mã số,Tên 34 tỉnh sau sáp nhập',
  '1,01,Thành phố Hà Nội',
  '2,"04","Cao Bằng"',
  '',
  '32,91,An Giang',
  '',
].join('\n');

const md = `## **Phụ lục I**

| Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố) |
| --- | ----- | --------------------- | ---------------- |
|     |       | THÀNH PHỐ HÀ NỘI      |                  |
| 1   | 00070 | Phường Hoàn Kiếm      | Thành phố Hà Nội |
| 11  | 00226 | Phường Văn Miếu -<br>Quốc Tử Giám | Thành<br>phố Hà Nội |
| 53  | 10231 | Xã Thượng Phúc        | Tp Hà Nội |
| 14  | 00097 | Phường Hồng Hà        | Thành phố Hà Nội |

| Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố) |
| --- | ----- | --------------------- | ---------------- |
|     |       | TỈNH AN GIANG         |                  |
| 3300 | 31390 | Đặc khu Phú Quốc     |                  |
| 3301 | 30628 | Xã<br>Chợ Mới        | Tỉnh An Giang    |
`;

describe('provinces-2025.csv', () => {
  it('reads codes, names and the city/province type; quoted cells; blank lines', () => {
    const list = parseProvinces2025Csv(csv);
    expect(list.map((p) => [p.code, p.name, p.type])).toEqual([
      ['01', 'Thành phố Hà Nội', 'thanh_pho_tw'],
      ['04', 'Cao Bằng', 'tinh'],
      ['91', 'An Giang', 'tinh'],
    ]);
    expect(list[2]).toMatchObject({ level: 'province', parentCode: null, provinceCode: '91', line: 5 });
  });

  it('names the file and line of a malformed row', () => {
    expect(failure(() => parseProvinces2025Csv(`${csv}33,9,Cà Mau\n`))).toBe(
      'provinces-2025.csv, dòng 6: mã tỉnh "9" phải gồm 2 chữ số.',
    );
    expect(failure(() => parseProvinces2025Csv('Stt,Mã số,Tên\n1,01,Hà Nội\n2,01,Hà Nội'))).toContain(
      'dòng 3: mã tỉnh 01 bị trùng',
    );
    expect(failure(() => parseProvinces2025Csv('1,01,Hà Nội'))).toContain('dòng 1: dòng tiêu đề');
    expect(failure(() => parseProvinces2025Csv('Stt,Mã số,Tên\n1,01'))).toContain('dòng 2: cần 3 cột');
  });

  it('splits CSV lines with quotes', () => {
    expect(splitCsvLine('1,"a, ""b""",c')).toEqual(['1', 'a, "b"', 'c']);
  });
});

describe('communes-2025.md', () => {
  const provinces = parseProvinces2025Csv(csv);

  it('reads rows across tables, skips headings, joins <br> names and takes the type from the first word', () => {
    const list = parseCommunes2025Md(md, provinces);
    expect(list.map((c) => [c.code, c.name, c.type, c.provinceCode])).toEqual([
      ['00070', 'Phường Hoàn Kiếm', 'phuong', '01'],
      ['00226', 'Phường Văn Miếu - Quốc Tử Giám', 'phuong', '01'],
      ['10231', 'Xã Thượng Phúc', 'xa', '01'],
      ['00097', 'Phường Hồng Hà', 'phuong', '01'],
      ['31390', 'Đặc khu Phú Quốc', 'dac_khu', '91'],
      ['30628', 'Xã Chợ Mới', 'xa', '91'],
    ]);
    expect(list[1]).toMatchObject({ level: 'commune', parentCode: '01', line: 7 });
  });

  it('takes the province from the heading when the province cell is empty', () => {
    const [phuQuoc] = parseCommunes2025Md(md, provinces).filter((c) => c.code === '31390');
    expect(phuQuoc?.provinceCode).toBe('91');
  });

  it('fails on malformed rows with file and line', () => {
    const bad = md.replace('| 53  | 10231 |', '| 53  | 1023 |');
    expect(failure(() => parseCommunes2025Md(bad, provinces))).toBe(
      'communes-2025.md, dòng 8: mã xã "1023" phải gồm 5 chữ số.',
    );
    const noType = md.replace('Xã Thượng Phúc', 'Thôn Thượng Phúc');
    expect(failure(() => parseCommunes2025Md(noType, provinces))).toContain(
      'dòng 8: tên "Thôn Thượng Phúc" phải bắt đầu bằng Xã',
    );
    const unknownProvince = md.replace('TỈNH AN GIANG', 'TỈNH KIÊN GIANG');
    expect(failure(() => parseCommunes2025Md(unknownProvince, provinces))).toContain(
      'dòng 13: không nhận ra tỉnh',
    );
    const shortRow = md.replace(
      '| 1   | 00070 | Phường Hoàn Kiếm      | Thành phố Hà Nội |',
      '| 1 | 00070 |',
    );
    expect(failure(() => parseCommunes2025Md(shortRow, provinces))).toContain('dòng 6: dòng bảng cần 4 cột');
  });

  it('cleans cells', () => {
    expect(cleanCell(' Xã<br/>Mỏ<BR>Vàng  ')).toBe('Xã Mỏ Vàng');
  });
});

const before = `{
  "data": [
    {
      "level1_id": "89", "name": "Tỉnh An Giang", "type": "Tỉnh",
      "level2s": [
        { "level2_id": "893", "name": "Huyện Chợ Mới", "type": "Huyện",
          "level3s": [
            { "level3_id": "30628", "name": "Thị trấn Chợ Mới", "type": "Thị trấn" },
            { "level3_id": "30631", "name": "Xã Mỹ Hội Đông", "type": "Xã" }
          ] }
      ]
    },
    { "level1_id": "01", "name": "Thành phố Hà Nội", "type": "Thành phố Trung ương",
      "level2s": [ { "level2_id": "001", "name": "Quận Ba Đình", "type": "Quận",
        "level3s": [ { "level3_id": "00001", "name": "Phường Phúc Xá", "type": "Phường" } ] } ] }
  ]
}`;

describe('units-before-2025.json', () => {
  it('reads three levels with types, parents and provinces', () => {
    const { provinces, districts, communes } = parseUnitsBefore2025(before);
    expect(provinces.map((p) => [p.code, p.type])).toEqual([
      ['89', 'tinh'],
      ['01', 'thanh_pho_tw'],
    ]);
    expect(districts[0]).toMatchObject({
      code: '893',
      type: 'huyen',
      parentCode: '89',
      provinceCode: '89',
      line: 6,
    });
    expect(communes.map((c) => [c.code, c.type, c.parentCode, c.provinceCode])).toEqual([
      ['30628', 'thi_tran', '893', '89'],
      ['30631', 'xa', '893', '89'],
      ['00001', 'phuong', '001', '01'],
    ]);
  });

  it('names the line of a wrong value and of a JSON syntax error', () => {
    expect(failure(() => parseUnitsBefore2025(before.replace('"Thị trấn" }', '"Ấp" }')))).toBe(
      'units-before-2025.json, dòng 8: loại đơn vị "Ấp" không hợp lệ (cần Xã, Phường, Thị trấn).',
    );
    expect(
      failure(() => parseUnitsBefore2025(before.replace('"level2_id": "893"', '"level2_id": "89"'))),
    ).toContain('dòng 6: "level2_id" = "89" phải là mã gồm 3 chữ số.');
    expect(failure(() => parseUnitsBefore2025(before.replace('"Xã" }', '"Xã" ,}')))).toContain(
      'units-before-2025.json, dòng 9: JSON không hợp lệ',
    );
    expect(failure(() => parseUnitsBefore2025('{"stats": {}}'))).toContain('thiếu danh sách "data"');
  });
});

const newToOld = JSON.stringify({
  data: [
    {
      level1_id: '91',
      merges: [{ old_id: '89', type: 'full' }],
      level2s: [
        {
          level2_id: '30628',
          merges: [
            { old_id: '30628', type: 'full' },
            { old_id: '30631', type: 'partial' },
          ],
        },
      ],
    },
    {
      level1_id: '01',
      merges: [{ old_id: '01', type: 'full' }],
      level2s: [{ level2_id: '00097', merges: [{ old_id: '00001', type: 'full' }] }],
    },
  ],
});
const oldToNew = JSON.stringify({
  data: [
    {
      level1_id: '89',
      splits: [{ new_id: '91' }],
      level3s: [{ level3_id: '30631', splits: [{ new_id: '30628' }, { new_id: '30629' }] }],
    },
    {
      level1_id: '31',
      splits: [{ new_id: '31' }],
      level2s: [{ level2_id: '318', splits: [{ new_id: '11948' }] }],
      level3s: [],
    },
  ],
});

describe('mapping files', () => {
  it('new → old keeps the published full/partial kinds', () => {
    expect(
      parseMappingNewToOld(newToOld).map(
        (l) => `${l.oldLevel}:${l.oldCode}>${l.newLevel}:${l.newCode}:${l.kind}`,
      ),
    ).toEqual([
      'province:89>province:91:full',
      'commune:30628>commune:30628:full',
      'commune:30631>commune:30628:partial',
      'province:01>province:01:full',
      'commune:00001>commune:00097:full',
    ]);
  });

  it('old → new: a split unit gives partial links; an island district goes to a special zone', () => {
    const links = parseMappingOldToNew(oldToNew).map(
      (l) => `${l.oldLevel}:${l.oldCode}>${l.newCode}:${l.kind}`,
    );
    expect(links).toEqual([
      'province:89>91:full',
      'commune:30631>30628:partial',
      'commune:30631>30629:partial',
      'province:31>31:full',
      'district:318>11948:full',
    ]);
  });

  it('rejects an unknown kind with the line', () => {
    const text = JSON.stringify(
      { data: [{ level1_id: '01', merges: [{ old_id: '01', type: 'some' }], level2s: [] }] },
      null,
      1,
    );
    expect(failure(() => parseMappingNewToOld(text))).toBe(
      'mapping-new-to-old.json, dòng 6: "type" = "some" phải là "full" hoặc "partial".',
    );
  });
});

describe('files together', () => {
  const texts = { provinces2025: csv, communes2025: md, before2025: before, newToOld };

  it('cross-checks that every link names known units', () => {
    const parsed = parseUnitFiles(texts);
    expect(parsed.links).toHaveLength(5);
    expect(parsed.communesPre2025.map((c) => c.code)).toEqual(['30628', '30631', '00001']);
    expect(failure(() => parseUnitFiles({ ...texts, newToOld: undefined, oldToNew }))).toContain(
      'mapping-old-to-new.json, dòng 1: đơn vị mới 30629 không có trong danh mục 2025.',
    );
  });

  it('needs the files on disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-units-'));
    expect(failure(() => readUnitFiles(path.join(dir, 'missing')))).toContain('thư mục không tồn tại');
    expect(failure(() => readUnitFiles(dir))).toContain('provinces-2025.csv: không tìm thấy tệp');
    fs.writeFileSync(path.join(dir, 'provinces-2025.csv'), csv);
    fs.writeFileSync(path.join(dir, 'communes-2025.md'), md);
    fs.writeFileSync(path.join(dir, 'units-before-2025.json'), before);
    expect(failure(() => readUnitFiles(dir))).toContain('cần ít nhất một tệp ánh xạ');
    fs.writeFileSync(path.join(dir, 'mapping-new-to-old.json'), newToOld);
    expect(readUnitFiles(dir).oldToNew).toBeUndefined();
    fs.rmSync(dir, { recursive: true });
  });
});

describe('JSON with lines', () => {
  it('remembers where objects start and parses escapes, numbers and literals', () => {
    const { value, lineOf } = parseJsonWithLines(
      '{\n "a": [\n  {"b": "x\\"y", "n": -1.5e2, "t": true, "z": null}\n ]\n}',
    );
    const v = value as { a: { b: string; n: number; t: boolean; z: null }[] };
    expect(v.a[0]).toEqual({ b: 'x"y', n: -150, t: true, z: null });
    expect(lineOf(v)).toBe(1);
    expect(lineOf(v.a)).toBe(2);
    expect(lineOf(v.a[0])).toBe(3);
  });

  it('does not let "__proto__" change the prototype', () => {
    const { value } = parseJsonWithLines('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('names', () => {
  it.each([
    ['Xã Tân Hòa', 'tan hoa'],
    ['Thị xã Tân Châu', 'tan chau'],
    ['Thành phố Hà Nội', 'ha noi'],
    ['Tỉnh Đắk Lắk', 'dak lak'],
    ['Đặc khu Phú Quốc', 'phu quoc'],
    ['Tỉnh Hoà Bình', 'hoa binh'],
  ])('%s → %s', (name, key) => expect(unitNameKey(name)).toBe(key));

  it.each([
    ['Xã Tân Hòa', { key: 'tan hoa', hint: 'commune', types: ['xa'] }],
    ['huyen cho moi', { key: 'cho moi', hint: 'district', types: ['huyen'] }],
    ['Thị xã Tân Châu', { key: 'tan chau', hint: 'district', types: ['thi_xa'] }],
    ['TP.HCM', { key: 'ho chi minh', hint: 'city', types: ['thanh_pho', 'thanh_pho_tw'] }],
    ['an giang', { key: 'an giang', hint: null, types: [] }],
  ])('part %s', (text, part) => expect(parseUnitPart(text)).toEqual(part));
});
