import { sql } from 'drizzle-orm';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import {
  type UnitDetailDto,
  type UnitDto,
  type UnitEra,
  type UnitLevel,
  type UnitLinkKind,
  type UnitListQuery,
  type UnitType,
  unitTypeLabels,
} from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { canReference } from './reference.policy.ts';
import * as repo from './units.repo.ts';
import { adminUnits } from './units.tables.ts';

export type ProvinceRef = { code: string; name: string; type: string };

type Cached<T> = { at: number; value: T };
const TTL_MS = 60_000;
const provinceCache = new WeakMap<Db, Map<string, Cached<unknown>>>();

/** Per database handle, a minute: provinces and their mapping change by law, not by the hour. */
async function cached<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  let byKey = provinceCache.get(db);
  if (!byKey) {
    byKey = new Map();
    provinceCache.set(db, byKey);
  }
  const hit = byKey.get(key) as Cached<T> | undefined;
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = await load();
  byKey.set(key, { at: Date.now(), value });
  return value;
}

/** The provinces of an era by code. */
export async function provincesOf(db: Db, era: UnitEra): Promise<Map<string, ProvinceRef>> {
  return cached(
    db,
    `provinces:${era}`,
    async () => new Map((await repo.provinceRows(db, era)).map((r) => [r.code, r])),
  );
}

/** Today's provinces by code. */
export async function currentProvinces(db: Db): Promise<Map<string, ProvinceRef>> {
  return provincesOf(db, '2025');
}

export function invalidateProvinceCache(db: Db) {
  provinceCache.delete(db);
}

export async function provinceName(db: Db, code: string | null): Promise<string | null> {
  if (!code) return null;
  return (await currentProvinces(db)).get(code)?.name ?? null;
}

export async function isCurrentProvince(db: Db, code: string): Promise<boolean> {
  return (await currentProvinces(db)).has(code);
}

export async function countUnits(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(adminUnits);
  return r?.n ?? 0;
}

export function presentUnit(u: repo.UnitView): UnitDto {
  const type = u.type as UnitType;
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    type,
    typeLabel: unitTypeLabels[type]?.vi ?? u.type,
    level: u.level as UnitLevel,
    era: u.era as UnitEra,
    parentCode: u.parentCode,
    parentName: u.parentName,
    provinceCode: u.provinceCode,
    provinceName: u.provinceName,
    validFrom: u.validFrom,
    validTo: u.validTo,
  };
}

/** A unit by its key, for other modules ("which unit is commune 00097 of 2025?"). */
export async function findUnit(
  db: Db,
  key: { era: UnitEra; level: UnitLevel; code: string },
): Promise<UnitDto | null> {
  const u = await repo.findUnitViewByKey(db, key);
  return u ? presentUnit(u) : null;
}

export async function getUnitById(db: Db, id: number): Promise<UnitDto | null> {
  const u = await repo.findUnitView(db, id);
  return u ? presentUnit(u) : null;
}

/** Old province code → today's province code (Tỉnh Kiên Giang 91 → An Giang 91, Tỉnh An Giang 89 → 91). */
export async function provinceSuccessors(db: Db): Promise<Map<string, string>> {
  return cached(db, 'successors', () => repo.provinceSuccessorCodes(db));
}

/**
 * Today's province of a unit of either era: a 2025 unit's own province; a pre-2025 unit rolls up through
 * its old province's link (a split commune still has one new province). Null when the unit is unknown or
 * no mapping has been loaded for it.
 */
export async function currentProvinceOf(db: Db, unitId: number): Promise<ProvinceRef | null> {
  const u = await repo.findUnitView(db, unitId);
  if (!u) return null;
  const provinces = await currentProvinces(db);
  if (u.era === '2025') return provinces.get(u.provinceCode) ?? null;
  const viaProvince = (await provinceSuccessors(db)).get(u.provinceCode);
  if (viaProvince) return provinces.get(viaProvince) ?? null;
  const codes = new Set((await repo.linkedUnits(db, unitId, 'successors')).map((l) => l.unit.provinceCode));
  return codes.size === 1 ? (provinces.get([...codes][0]!) ?? null) : null;
}

export async function listUnits(db: Db, actor: Actor, q: UnitListQuery): Promise<ListResponse<UnitDto>> {
  if (!canReference(actor, 'units.read')) throw forbidden();
  const { rows, total } = await repo.listUnits(db, q);
  return { items: rows.map(presentUnit), total, page: q.page, pageSize: q.pageSize };
}

export async function getUnitDetail(db: Db, actor: Actor, id: number): Promise<UnitDetailDto> {
  if (!canReference(actor, 'units.read')) throw forbidden();
  const u = await repo.findUnitView(db, id);
  if (!u) throw notFound();
  const [successors, predecessors, currentProvince] = await Promise.all([
    repo.linkedUnits(db, id, 'successors'),
    repo.linkedUnits(db, id, 'predecessors'),
    currentProvinceOf(db, id),
  ]);
  const link = (l: repo.LinkedView) => ({ unit: presentUnit(l.unit), kind: l.kind as UnitLinkKind });
  return {
    ...presentUnit(u),
    successors: successors.map(link),
    predecessors: predecessors.map(link),
    currentProvince,
  };
}
