import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adminUnits } from './units.tables.ts';

export type ProvinceRef = { code: string; name: string; type: string };

const provinceCache = new WeakMap<Db, { at: number; map: Map<string, ProvinceRef> }>();

/** Today's provinces by code; cached a minute per database handle (they change by law, not by the hour). */
export async function currentProvinces(db: Db): Promise<Map<string, ProvinceRef>> {
  const hit = provinceCache.get(db);
  if (hit && Date.now() - hit.at < 60_000) return hit.map;
  const rows = await db
    .select({ code: adminUnits.code, name: adminUnits.name, type: adminUnits.type })
    .from(adminUnits)
    .where(and(eq(adminUnits.era, '2025'), eq(adminUnits.level, 'province')))
    .orderBy(asc(adminUnits.code));
  const map = new Map(rows.map((r) => [r.code, r]));
  provinceCache.set(db, { at: Date.now(), map });
  return map;
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
