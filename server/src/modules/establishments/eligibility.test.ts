import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { establishmentKinds, establishmentStatuses } from '../../../../shared/schemas/establishments.ts';
import {
  assessAllRules,
  assessEligibility,
  type EligibilityInput,
  type LocationFacts,
  ruleInForce,
  todayInVietnam,
} from './eligibility.ts';

const old = (
  communeType: string | null,
  districtType: string | null,
  provinceType = 'tinh',
): LocationFacts => ({
  entered: { era: 'pre2025', communeType, districtType, provinceType },
  current: null,
  currentProvinceType: provinceType,
});
const now = (communeType: string, provinceType: string): LocationFacts => {
  const place = { era: '2025' as const, communeType, districtType: null, provinceType };
  return { entered: place, current: place, currentProvinceType: provinceType };
};
const base: EligibilityInput = {
  kind: 'cooperative',
  status: 'active',
  craftVillage: null,
  cleanerProduction: false,
  location: old('xa', 'huyen'),
};
const on2012 = '2020-06-01';
const on2025 = '2026-01-15';

describe('which rule is in force', () => {
  it.each([
    ['2012-07-04', null],
    ['2012-07-05', 'ND45_2012'],
    ['2025-07-01', 'ND45_2012'],
    ['2025-10-14', 'ND45_2012'],
    ['2025-10-15', 'ND235_2025'],
    ['2030-01-01', 'ND235_2025'],
  ])('%s → %s', (date, code) => {
    expect(ruleInForce(date)?.code ?? null).toBe(code);
  });
});

// 2012: NĐ 45/2012/NĐ-CP Art 1.2; TT 46/2012/TT-BCT Art 3.
describe('2012 rule (NĐ 45/2012 Điều 1 khoản 2; TT 46/2012 Điều 3)', () => {
  it.each<[string, Partial<EligibilityInput>, string, string]>([
    ['commune of a rural district', { location: old('xa', 'huyen') }, 'eligible', 'place_commune'],
    ['township (thị trấn)', { location: old('thi_tran', 'huyen') }, 'eligible', 'place_township'],
    ['ward of a town (thị xã)', { location: old('phuong', 'thi_xa') }, 'eligible', 'place_town_ward'],
    [
      'ward of an urban district (quận) of a centrally-run city',
      { location: old('phuong', 'quan', 'thanh_pho_tw') },
      'not_eligible',
      'place_urban_ward',
    ],
    [
      'ward of a provincial city: class unknown',
      { location: old('phuong', 'thanh_pho') },
      'undetermined',
      'place_city_ward_class',
    ],
    [
      'commune of a centrally-run city',
      { location: old('xa', 'huyen', 'thanh_pho_tw') },
      'eligible',
      'place_commune',
    ],
    ['household business in a commune', { kind: 'household' }, 'eligible', 'kind_ok'],
    ['SME in a commune', { kind: 'sme' }, 'eligible', 'kind_ok'],
    ['cooperative group in a commune', { kind: 'cooperative_group' }, 'eligible', 'kind_ok'],
    [
      'union of cooperatives: not named in 2012',
      { kind: 'cooperative_union' },
      'undetermined',
      'kind_union_2012',
    ],
    [
      'cleaner production in an urban ward',
      { cleanerProduction: true, location: old('phuong', 'quan', 'thanh_pho_tw') },
      'eligible',
      'cleaner_production',
    ],
    ['closed establishment', { status: 'closed' }, 'not_eligible', 'status_closed'],
    ['suspended establishment', { status: 'suspended' }, 'not_eligible', 'status_suspended'],
    [
      '2025 commune assessed under the 2012 rule',
      { location: now('xa', 'tinh') },
      'eligible',
      'place_commune',
    ],
    [
      '2025 special zone under the 2012 rule',
      { location: now('dac_khu', 'tinh') },
      'eligible',
      'place_special_zone',
    ],
    ['2025 ward under the 2012 rule', { location: now('phuong', 'tinh') }, 'undetermined', 'place_ward_2025'],
  ])('%s → %s (%s)', (_name, patch, status, reason) => {
    const res = assessEligibility({ ...base, ...patch }, on2012);
    expect(res.rule?.code).toBe('ND45_2012');
    expect(res.status).toBe(status);
    expect(res.reasons.map((x) => x.code)).toContain(reason);
    expect(res.citations.length).toBeGreaterThan(0);
    expect(res.citations.every((c) => /45\/2012|46\/2012/.test(c.document))).toBe(true);
  });
});

// 2025: NĐ 45/2012 as amended by NĐ 235/2025/NĐ-CP (in force 15/10/2025), Art 1.2 points a and b.
describe('2025 rule (NĐ 235/2025, hiệu lực 15/10/2025)', () => {
  it.each<[string, Partial<EligibilityInput>, string, string, string]>([
    ['commune of a province', { location: now('xa', 'tinh') }, 'eligible', 'place_province', 'a'],
    ['ward of a province', { location: now('phuong', 'tinh') }, 'eligible', 'place_province', 'a'],
    ['special zone of a province', { location: now('dac_khu', 'tinh') }, 'eligible', 'place_province', 'a'],
    [
      'commune of a centrally-run city',
      { location: now('xa', 'thanh_pho_tw') },
      'eligible',
      'place_city_commune',
      'a',
    ],
    [
      'special zone of a centrally-run city',
      { location: now('dac_khu', 'thanh_pho_tw') },
      'eligible',
      'place_city_commune',
      'a',
    ],
    [
      'ward of a centrally-run city',
      { location: now('phuong', 'thanh_pho_tw') },
      'not_eligible',
      'place_city_ward',
      'a',
    ],
    [
      'ward of a city inside a recognised craft village',
      { location: now('phuong', 'thanh_pho_tw'), craftVillage: 'Làng gốm Bát Tràng' },
      'eligible',
      'craft_village',
      'a',
    ],
    [
      'union of cooperatives (newly named)',
      { kind: 'cooperative_union', location: now('xa', 'tinh') },
      'eligible',
      'kind_ok',
      'a',
    ],
    [
      'cleaner production in a city ward',
      { cleanerProduction: true, location: now('phuong', 'thanh_pho_tw') },
      'eligible',
      'cleaner_production',
      'b',
    ],
    [
      'pre-2025 unit, today in a province',
      { location: old('phuong', 'thanh_pho') },
      'eligible',
      'place_province',
      'a',
    ],
    [
      'pre-2025 unit in a city, new commune unknown',
      { location: old('xa', 'huyen', 'thanh_pho_tw') },
      'undetermined',
      'place_city_unmapped',
      'a',
    ],
    [
      'closed establishment',
      { status: 'closed', location: now('xa', 'tinh') },
      'not_eligible',
      'status_closed',
      'a',
    ],
  ])('%s → %s (%s)', (_name, patch, status, reason, point) => {
    const res = assessEligibility({ ...base, ...patch }, on2025);
    expect(res.rule?.code).toBe('ND235_2025');
    expect(res.status).toBe(status);
    expect(res.reasons.map((x) => x.code)).toContain(reason);
    expect(res.citations.some((c) => c.document.includes('235/2025') && c.point === point)).toBe(true);
  });

  it('the same city ward is judged differently on 14/10/2025 and 15/10/2025', () => {
    const input = {
      ...base,
      location: {
        ...old('phuong', 'thi_xa', 'thanh_pho_tw'),
        current: now('phuong', 'thanh_pho_tw').current,
      },
    };
    expect(assessEligibility(input, '2025-10-14').status).toBe('eligible');
    expect(assessEligibility(input, '2025-10-15').status).toBe('not_eligible');
  });

  it('before 05/07/2012 nothing is assessed', () => {
    const res = assessEligibility(base, '2010-01-01');
    expect(res).toMatchObject({ status: 'undetermined', rule: null });
    expect(res.reasons[0]?.code).toBe('no_rule');
  });
});

describe('properties', () => {
  const place = fc.record({
    era: fc.constantFrom<'pre2025' | '2025'>('pre2025', '2025'),
    communeType: fc.constantFrom('xa', 'phuong', 'thi_tran', 'dac_khu', null),
    districtType: fc.constantFrom('huyen', 'quan', 'thi_xa', 'thanh_pho', null),
    provinceType: fc.constantFrom('tinh', 'thanh_pho_tw', null),
  });
  const input = fc.record({
    kind: fc.constantFrom(...establishmentKinds),
    status: fc.constantFrom(...establishmentStatuses),
    craftVillage: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
    cleanerProduction: fc.boolean(),
    location: fc.record({
      entered: place,
      current: fc.option(place, { nil: null }),
      currentProvinceType: fc.constantFrom('tinh', 'thanh_pho_tw', null),
    }),
  });
  const date = fc
    .date({
      min: new Date('2012-07-05T12:00:00Z'),
      max: new Date('2035-12-31T12:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('a closed or suspended establishment is never eligible; an active cleaner-production one always is', () => {
    fc.assert(
      fc.property(input, date, (i, d) => {
        const res = assessEligibility(i, d);
        if (i.status !== 'active') expect(res.status).toBe('not_eligible');
        else if (i.cleanerProduction) expect(res.status).toBe('eligible');
        expect(res.reasons.length).toBeGreaterThan(0);
        expect(res.citations.length).toBeGreaterThan(0);
      }),
    );
  });

  it('the stored per-rule verdicts agree with the dated assessment', () => {
    fc.assert(
      fc.property(input, date, (i, d) => {
        const all = assessAllRules(i);
        const res = assessEligibility(i, d);
        expect(all[res.rule!.code]).toBe(res.status);
      }),
    );
  });

  it('today is computed in Vietnam time', () => {
    expect(todayInVietnam(new Date('2025-10-14T17:30:00Z'))).toBe('2025-10-15');
  });
});
