import type { Db } from '../../db/client.ts';
import { currentProvinceOf, findUnit, getUnitById, provincesOf } from '../reference/index.ts';
import type { LocationFacts, UnitPlace } from './eligibility.ts';

/** What a record stores about its administrative unit. */
export type UnitInfo = {
  unitId: number;
  unitEra: string;
  unitCode: string;
  unitLabel: string;
  currentUnitId: number | null;
  provinceCode: string;
  facts: LocationFacts;
};

export type UnitProblem = 'unknown' | 'not_commune' | 'no_current_province';

const withProvincePrefix = (name: string, type: string | undefined) =>
  type === 'tinh' && !/^t[iỉ]nh\s/i.test(name) ? `Tỉnh ${name}` : name;

/**
 * Looks a commune-level unit of either era up through the reference module and gathers what the record
 * keeps: its label as named in its era, today's province, and the facts eligibility needs.
 */
export async function unitInfo(db: Db, unitId: number): Promise<UnitInfo | UnitProblem> {
  const unit = await getUnitById(db, unitId);
  if (!unit) return 'unknown';
  if (unit.level !== 'commune') return 'not_commune';
  const era = unit.era === '2025' ? '2025' : 'pre2025';
  const provinces = await provincesOf(db, unit.era);
  const province = provinces.get(unit.provinceCode);
  const current = await currentProvinceOf(db, unit.id);
  if (!current) return 'no_current_province';
  let districtType: string | null = null;
  const parts = [unit.name];
  if (era === 'pre2025' && unit.parentCode) {
    const district = await findUnit(db, { era: 'pre2025', level: 'district', code: unit.parentCode });
    districtType = district?.type ?? null;
    if (district) parts.push(district.name);
  }
  parts.push(withProvincePrefix(province?.name ?? unit.provinceName ?? unit.provinceCode, province?.type));
  const place: UnitPlace = { era, communeType: unit.type, districtType, provinceType: province?.type ?? null };
  return {
    unitId: unit.id,
    unitEra: unit.era,
    unitCode: unit.code,
    unitLabel: parts.join(', '),
    currentUnitId: era === '2025' ? unit.id : null,
    provinceCode: current.code,
    facts: { entered: place, current: era === '2025' ? place : null, currentProvinceType: current.type },
  };
}

/** unitInfo with a per-run cache (imports touch a few hundred units for thousands of rows). */
export function cachedUnitInfo(db: Db): (unitId: number) => Promise<UnitInfo | UnitProblem> {
  const cache = new Map<number, Promise<UnitInfo | UnitProblem>>();
  return (unitId) => {
    let hit = cache.get(unitId);
    if (!hit) {
      hit = unitInfo(db, unitId);
      cache.set(unitId, hit);
    }
    return hit;
  };
}
