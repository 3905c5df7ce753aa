import type { UnitDto } from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import {
  currentProvinceOf,
  findUnit,
  getUnitById,
  provinceSuccessors,
  provincesOf,
} from '../reference/index.ts';
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

/** District types by (era, code), per database handle: the few dozen districts of an import are looked up once. */
const districtCache = new WeakMap<Db, Map<string, Promise<UnitDto | null>>>();
function districtOf(db: Db, code: string): Promise<UnitDto | null> {
  let byCode = districtCache.get(db);
  if (!byCode) {
    byCode = new Map();
    districtCache.set(db, byCode);
  }
  let hit = byCode.get(code);
  if (!hit) {
    hit = findUnit(db, { era: 'pre2025', level: 'district', code });
    byCode.set(code, hit);
    setTimeout(() => byCode.delete(code), 60_000).unref();
  }
  return hit;
}

/**
 * What the record keeps about a commune-level unit of either era (as the reference module describes it):
 * its label as named in its era, today's province, and the facts eligibility needs. Uses the reference
 * module's cached province tables, so a unit costs at most one district lookup.
 */
export async function infoFromUnit(db: Db, unit: UnitDto): Promise<UnitInfo | UnitProblem> {
  if (unit.level !== 'commune') return 'not_commune';
  const era = unit.era === '2025' ? '2025' : 'pre2025';
  const province = (await provincesOf(db, unit.era)).get(unit.provinceCode);
  let currentCode: string | null =
    era === '2025' ? unit.provinceCode : ((await provinceSuccessors(db)).get(unit.provinceCode) ?? null);
  if (!currentCode) currentCode = (await currentProvinceOf(db, unit.id))?.code ?? null;
  const current = currentCode ? (await provincesOf(db, '2025')).get(currentCode) : undefined;
  if (!current) return 'no_current_province';
  let districtType: string | null = null;
  const parts = [unit.name];
  if (era === 'pre2025' && unit.parentCode) {
    const district = await districtOf(db, unit.parentCode);
    districtType = district?.type ?? null;
    if (district) parts.push(district.name);
  }
  parts.push(withProvincePrefix(province?.name ?? unit.provinceName ?? unit.provinceCode, province?.type));
  const place: UnitPlace = {
    era,
    communeType: unit.type,
    districtType,
    provinceType: province?.type ?? null,
  };
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

export async function unitInfo(db: Db, unitId: number): Promise<UnitInfo | UnitProblem> {
  const unit = await getUnitById(db, unitId);
  return unit ? infoFromUnit(db, unit) : 'unknown';
}

/** infoFromUnit with a per-run cache by unit id (imports touch a few hundred units for thousands of rows). */
export function cachedUnitInfo(db: Db): (unit: UnitDto) => Promise<UnitInfo | UnitProblem> {
  const cache = new Map<number, Promise<UnitInfo | UnitProblem>>();
  return (unit) => {
    let hit = cache.get(unit.id);
    if (!hit) {
      hit = infoFromUnit(db, unit);
      cache.set(unit.id, hit);
    }
    return hit;
  };
}
