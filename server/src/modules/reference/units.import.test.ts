import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitEra, UnitLevel, UnitListQuery } from '../../../../shared/schemas/reference.ts';
import { type Database, queryRows, sql } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { listAudit } from '../audit/index.ts';
import { defaultUnitsDir, importUnits, readUnitFiles, type UnitImportCounts } from './units.import.ts';
import { unitFilter } from './units.repo.ts';
import { resolveUnitText, type UnitLookups } from './units.resolve.ts';
import { currentProvinceOf, findUnit, getUnitDetail, listUnits } from './units.service.ts';
import { adminUnits } from './units.tables.ts';

// One import of the real files (/work/shared/data/units) into this file's database; every test reads it.
let database: Database;
let counts: UnitImportCounts;
beforeAll(async () => {
  database = await testDatabase();
  counts = await importUnits(database.db, systemActor, readUnitFiles(defaultUnitsDir), {
    source: defaultUnitsDir,
  });
}, 120_000);

const idOf = async (era: UnitEra, level: UnitLevel, code: string) => {
  const u = await findUnit(database.db, { era, level, code });
  if (!u) throw new Error(`no unit ${era}/${level}/${code}`);
  return u.id;
};

describe('units:import of the official files', () => {
  it('imports 34/3,321 new and 63/696/10,047 old units with their links', async () => {
    expect(counts).toMatchObject({
      provinces2025: 34,
      communes2025: 3321,
      provincesPre2025: 63,
      districtsPre2025: 696,
      communesPre2025: 10047,
      provinceLinks: 63,
      districtLinks: 5,
      communeLinks: 10599,
    });
    // Units the demo seed already holds (the provinces, or everything when it imported the lists) are not duplicated.
    expect(counts.created + counts.updated + counts.unchanged).toBe(34 + 3321 + 63 + 696 + 10047);
    const rows = await queryRows<{ era: string; level: string; n: number }>(
      database.db,
      sql`select era, level, count(*)::int as n from admin_units group by era, level order by era, level`,
    );
    expect(rows).toEqual([
      { era: '2025', level: 'commune', n: 3321 },
      { era: '2025', level: 'province', n: 34 },
      { era: 'pre2025', level: 'commune', n: 10047 },
      { era: 'pre2025', level: 'district', n: 696 },
      { era: 'pre2025', level: 'province', n: 63 },
    ]);
    const [links] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from admin_unit_links`,
    );
    expect(links?.n).toBe(63 + 5 + 10599);
  });

  it('records an audit row with the counts', async () => {
    const audit = await listAudit(database.db, systemActor, {
      action: 'units.imported',
      page: 1,
      pageSize: 10,
    });
    // Newest first: this file's import (the demo seed may have imported the lists before).
    expect(audit.items[0]).toMatchObject({
      entityType: 'admin_units',
      actorId: null,
      actorEmail: systemActor.email,
    });
    expect(audit.items[0]?.meta).toEqual({ ...counts, source: defaultUnitsDir });
  });

  it('keeps the validity periods and types of both eras', async () => {
    const hongHa = await findUnit(database.db, { era: '2025', level: 'commune', code: '00097' });
    expect(hongHa).toMatchObject({
      name: 'Phường Hồng Hà',
      type: 'phuong',
      typeLabel: 'Phường',
      parentCode: '01',
      parentName: 'Thành phố Hà Nội',
      validFrom: '2025-07-01',
      validTo: null,
    });
    const phucXa = await findUnit(database.db, { era: 'pre2025', level: 'commune', code: '00001' });
    expect(phucXa).toMatchObject({
      name: 'Phường Phúc Xá',
      parentCode: '001',
      parentName: 'Quận Ba Đình',
      provinceName: 'Thành phố Hà Nội',
      validFrom: '2008-08-01',
      validTo: '2025-06-30',
    });
    const cities = await listUnits(database.db, systemActor, {
      era: '2025',
      level: 'province',
      page: 1,
      pageSize: 50,
    } as UnitListQuery);
    expect(
      cities.items
        .filter((p) => p.type === 'thanh_pho_tw')
        .map((p) => p.code)
        .sort(),
    ).toEqual(['01', '31', '46', '48', '79', '92']);
  });

  it('maps old commune 00001 Phường Phúc Xá to new 00097 Phường Hồng Hà, and a split commune partially', async () => {
    const phucXa = await getUnitDetail(database.db, systemActor, await idOf('pre2025', 'commune', '00001'));
    expect(phucXa.successors.map((s) => [s.unit.code, s.unit.name, s.kind])).toEqual([
      ['00097', 'Phường Hồng Hà', 'full'],
    ]);
    const congVi = await getUnitDetail(database.db, systemActor, await idOf('pre2025', 'commune', '00007'));
    expect(congVi.successors.map((s) => [s.unit.code, s.kind]).sort()).toEqual([
      ['00008', 'partial'],
      ['00025', 'partial'],
    ]);
    const hongHa = await getUnitDetail(database.db, systemActor, await idOf('2025', 'commune', '00097'));
    expect(hongHa.predecessors.map((p) => p.unit.code)).toContain('00001');
    expect(hongHa.predecessors.every((p) => p.unit.era === 'pre2025')).toBe(true);
  });

  it('maps island districts straight to special zones', async () => {
    const bachLongVi = await getUnitDetail(
      database.db,
      systemActor,
      await idOf('pre2025', 'district', '318'),
    );
    expect(bachLongVi.successors.map((s) => [s.unit.code, s.unit.type, s.kind])).toEqual([
      ['11948', 'dac_khu', 'full'],
    ]);
  });

  it("rolls units of either era up to today's province", async () => {
    const of = async (era: UnitEra, level: UnitLevel, code: string) =>
      (await currentProvinceOf(database.db, await idOf(era, level, code)))?.code;
    expect(await of('pre2025', 'commune', '30860')).toBe('91'); // Xã Tân Hoà, old Kiên Giang → An Giang
    expect(await of('pre2025', 'commune', '30457')).toBe('91'); // Xã Tân Hòa, old An Giang (89) → An Giang
    expect(await of('pre2025', 'district', '318')).toBe('31');
    expect(await of('pre2025', 'province', '17')).toBe('25'); // Hoà Bình → Phú Thọ
    expect(await of('2025', 'commune', '00097')).toBe('01');
    expect(await currentProvinceOf(database.db, 2_000_000_000)).toBeNull();
  });

  it('lists by era + province + level sorted by name through an index, and searches without diacritics', async () => {
    const q = {
      era: 'pre2025',
      provinceCode: '01',
      level: 'commune',
      page: 1,
      pageSize: 20,
    } as UnitListQuery;
    const page = await listUnits(database.db, systemActor, q);
    expect(page.total).toBe(526);
    const keys = page.items.map((u) => u.name.replace(/^(Phường|Xã|Thị trấn) /, ''));
    expect(keys.length).toBe(20);
    await database.raw('ANALYZE admin_units');
    const plan = await queryRows<{ 'QUERY PLAN': string }>(
      database.db,
      sql`explain select * from ${adminUnits} where ${unitFilter(q)} order by ${adminUnits.nameKey}, ${adminUnits.code} limit 20`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('admin_units_province_idx');
    const search = await listUnits(database.db, systemActor, {
      era: '2025',
      q: 'hong ha',
      page: 1,
      pageSize: 20,
    } as UnitListQuery);
    expect(search.items.map((u) => u.code)).toContain('00097');
    const byCode = await listUnits(database.db, systemActor, {
      era: '2025',
      q: '00097',
      page: 1,
      pageSize: 20,
    } as UnitListQuery);
    expect(byCode.items.map((u) => u.name)).toEqual(['Phường Hồng Hà']);
  });
});

describe('resolveUnitText', () => {
  const resolve = (text: string, opts?: { provinceCode?: string }) =>
    resolveUnitText(database.db, text, opts);
  const unitOf = async (text: string, opts?: { provinceCode?: string }) => {
    const r = await resolve(text, opts);
    return 'unit' in r ? `${r.unit.era}/${r.unit.level}/${r.unit.code}` : r.error;
  };

  it('resolves a full pre-2025 address, with or without accents and prefixes', async () => {
    expect(await unitOf('Xã Tân Hòa, Huyện Phú Tân, Tỉnh An Giang')).toBe('pre2025/commune/30457');
    expect(await unitOf('xa tan hoa, phu tan, an giang')).toBe('pre2025/commune/30457');
    expect(await unitOf('Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội')).toBe('pre2025/commune/00001');
  });

  it('prefers the 2025 unit unless a district shows the text is older', async () => {
    expect(await unitOf('Tỉnh An Giang')).toBe('2025/province/91');
    expect(await unitOf('Phường Hồng Hà, TP. Hà Nội')).toBe('2025/commune/00097');
    expect(await unitOf('Xã Chợ Mới, An Giang')).toBe('2025/commune/30628');
    expect(await unitOf('Thị trấn Chợ Mới, An Giang')).toBe('pre2025/commune/30628');
    expect(await unitOf('Huyện Chợ Mới, Tỉnh An Giang')).toBe('pre2025/district/893');
  });

  it('skips leading parts that name no unit (village, street)', async () => {
    expect(await unitOf('Thôn 3, Phường Hồng Hà, Hà Nội')).toBe('2025/commune/00097');
  });

  it("says ambiguous with the candidates, and narrows by today's province", async () => {
    const r = await resolve('Xã Tân Hòa');
    expect('error' in r && r.error).toBe('ambiguous');
    expect('candidates' in r && r.candidates.length).toBeGreaterThan(3);
    const inAnGiang = await resolve('Xã Tân Hòa, An Giang');
    expect('error' in inAnGiang && inAnGiang.candidates.map((c) => c.code).sort()).toEqual([
      '30457',
      '30860',
    ]);
    expect(await unitOf('Xã Tân Hòa, Tỉnh An Giang', { provinceCode: '80' })).toBe('not_found');
    expect(await unitOf('Phường Hồng Hà', { provinceCode: '01' })).toBe('2025/commune/00097');
  });

  it('says not found, offering namesakes when the place does not fit', async () => {
    const wrongDistrict = await resolve('Xã Tân Hòa, Huyện Chợ Mới, Tỉnh An Giang');
    expect('error' in wrongDistrict && wrongDistrict.error).toBe('not_found');
    expect('candidates' in wrongDistrict && wrongDistrict.candidates.map((c) => c.code)).toContain('30457');
    expect(await unitOf('Xã Không Có Thật, Tỉnh An Giang')).toBe('not_found');
    expect(await unitOf(' , ; ')).toBe('not_found');
  });

  it('with shared lookups, gives the same answers and looks each name up once for the batch', async () => {
    const texts = [
      'Xã Tân Hòa, Huyện Phú Tân, Tỉnh An Giang',
      'xa tan hoa, phu tan, an giang',
      'Xã Chợ Mới, An Giang',
      'Thị trấn Chợ Mới, An Giang',
      'Xã Tân Hòa, Tỉnh An Giang',
    ];
    const lookups: UnitLookups = new Map();
    for (const t of texts) {
      const plain = await resolve(t, { provinceCode: '91' });
      const shared = await resolveUnitText(database.db, t, { provinceCode: '91', lookups });
      expect(shared, t).toEqual(plain);
    }
    // "an giang" was needed by all five texts: fetched once as "Tỉnh An Giang" and once bare (province or district).
    expect([...lookups.keys()].filter((k) => k.endsWith('|an giang')).sort()).toEqual([
      'district,province|an giang',
      'province|an giang',
    ]);
    expect(lookups.size).toBeLessThan(texts.length * 3);
  });
});
