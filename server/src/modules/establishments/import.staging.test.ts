import { describe, expect, it } from 'vitest';
import type { LocationFacts } from './eligibility.ts';
import { type EstablishmentFields, fieldNames, recordValues } from './establishments.values.ts';
import { stagedColumns } from './import.repo.ts';
import { stagedData } from './import.staging.ts';
import type { UnitInfo } from './location.ts';

const fields: EstablishmentFields = {
  name: 'Hợp tác xã Dệt may Tân Hòa',
  kind: 'cooperative',
  registrationCode: '1600123456',
  representative: 'Nguyễn Thị Lan',
  phone: '0296 3 123 456',
  email: 'htx@example.vn',
  address: 'Ấp Tân Hòa',
  craftVillage: 'Làng dệt Tân Châu',
  industries: ['ND45-I6', 'ND45-I2'],
  products: 'Lụa, khăn',
  workforce: 42,
  revenueBand: '1b_3b',
  womanOwned: true,
  ethnicMinorityOwned: false,
  foundedYear: 2008,
  status: 'active',
  cleanerProduction: true,
};
const facts: LocationFacts = {
  entered: { code: '30337', name: 'Xã Tân Hòa', type: 'xa', provinceCode: '91', provinceType: 'tinh' },
  current: null,
  currentProvinceType: 'tinh',
} as unknown as LocationFacts;
const unit = {
  unitId: 7,
  unitEra: '2025',
  unitCode: '30337',
  unitLabel: 'Xã Tân Hòa, Tỉnh An Giang',
  currentUnitId: 7,
  provinceCode: '91',
  facts,
} as UnitInfo;

const camel = (c: string) => c.replace(/_([a-z0-9])/g, (_m, x: string) => x.toUpperCase());

describe('staged rows', () => {
  it('a record keeps every field it was given, with the unit and derived keys', () => {
    const v = recordValues(fields, unit, 'hop tac xa det may tan hoa') as Record<string, unknown>;
    for (const k of fieldNames) expect(v[k], k).toEqual(fields[k]);
    expect(v).toMatchObject({ nameKey: 'hop tac xa det may tan hoa', unitId: 7, provinceCode: '91' });
  });

  it('a staged row has exactly the columns the insert reads, each equal to the record’s value', () => {
    const v = recordValues(fields, unit, 'hop tac xa det may tan hoa') as Record<string, unknown>;
    const d = JSON.parse(JSON.stringify(stagedData(v))) as Record<string, unknown>;
    expect(Object.keys(d)).toEqual([...stagedColumns]);
    for (const c of stagedColumns) {
      expect(v[camel(c)], c).not.toBeUndefined();
      expect(d[c], c).toEqual(JSON.parse(JSON.stringify(v[camel(c)])));
    }
  });

  it('a row planned as an update carries the record’s id and the version seen', () => {
    const d = stagedData(recordValues(fields, unit), { id: 'a1b2', version: 3 });
    expect(d).toMatchObject({ id: 'a1b2', version: 3 });
  });
});
