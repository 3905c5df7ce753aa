import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UnitEra, UnitLevel, UnitListQuery } from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import { unaccentAllWords } from '../../platform/search.ts';
import { adminUnitLinks, adminUnits } from './units.tables.ts';

export type UnitRow = typeof adminUnits.$inferSelect;
/** A unit with the names of its parent and of its province (same era). */
export type UnitView = UnitRow & { parentName: string | null; provinceName: string | null };

const parent = alias(adminUnits, 'parent');
const prov = alias(adminUnits, 'prov');

/** SELECT … with the parent's and the province's names; the province join uses the (era, level, code) key. */
function selectViews(db: Db) {
  return db
    .select({
      u: adminUnits,
      parentName: parent.name,
      provinceName: prov.name,
      total: sql<number>`count(*) over()::int`,
    })
    .from(adminUnits)
    .leftJoin(parent, eq(parent.id, adminUnits.parentId))
    .leftJoin(
      prov,
      and(eq(prov.era, adminUnits.era), eq(prov.level, 'province'), eq(prov.code, adminUnits.provinceCode)),
    );
}

const toView = (r: { u: UnitRow; parentName: string | null; provinceName: string | null }): UnitView => ({
  ...r.u,
  parentName: r.parentName,
  provinceName: r.provinceName,
});

/** The filter the list screens use; (era, province_code, level, name_key) and (era, level, name_key) serve it. */
export function unitFilter(
  q: Pick<UnitListQuery, 'era' | 'level' | 'provinceCode' | 'parentCode' | 'q'>,
): SQL | undefined {
  return and(
    eq(adminUnits.era, q.era),
    q.provinceCode ? eq(adminUnits.provinceCode, q.provinceCode) : undefined,
    q.level ? eq(adminUnits.level, q.level) : undefined,
    q.parentCode ? eq(adminUnits.parentCode, q.parentCode) : undefined,
    q.q ? unaccentAllWords(sql`${adminUnits.name} || ' ' || ${adminUnits.code}`, q.q) : undefined,
  );
}

export async function listUnits(db: Db, q: UnitListQuery): Promise<{ rows: UnitView[]; total: number }> {
  const where = unitFilter(q);
  const byCode = q.sort === 'code' || q.sort === '-code';
  const dir = q.sort?.startsWith('-') ? desc : asc;
  const rows = await selectViews(db)
    .where(where)
    .orderBy(...(byCode ? [dir(adminUnits.code)] : [dir(adminUnits.nameKey), dir(adminUnits.code)]))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total =
    rows[0]?.total ??
    (q.page > 1
      ? ((await db.select({ n: sql<number>`count(*)::int` }).from(adminUnits).where(where))[0]?.n ?? 0)
      : 0);
  return { rows: rows.map(toView), total };
}

export async function findUnitView(db: Db, id: number): Promise<UnitView | undefined> {
  const [row] = await selectViews(db).where(eq(adminUnits.id, id));
  return row ? toView(row) : undefined;
}

export async function findUnitViewByKey(
  db: Db,
  key: { era: UnitEra; level: UnitLevel; code: string },
): Promise<UnitView | undefined> {
  const [row] = await selectViews(db).where(
    and(eq(adminUnits.era, key.era), eq(adminUnits.level, key.level), eq(adminUnits.code, key.code)),
  );
  return row ? toView(row) : undefined;
}

/** Units whose folded name (without type prefix) is exactly `nameKey`, optionally of some levels and one era. */
export async function findUnitViewsByNameKey(
  db: Db,
  nameKey: string,
  filter: { levels?: UnitLevel[]; era?: UnitEra } = {},
): Promise<UnitView[]> {
  const rows = await selectViews(db)
    .where(
      and(
        eq(adminUnits.nameKey, nameKey),
        filter.levels?.length ? inArray(adminUnits.level, filter.levels) : undefined,
        filter.era ? eq(adminUnits.era, filter.era) : undefined,
      ),
    )
    .orderBy(asc(adminUnits.era), asc(adminUnits.code))
    .limit(200);
  return rows.map(toView);
}

/** Units whose name contains every word of `text`, for "did you mean" suggestions. */
export async function searchUnitViews(db: Db, text: string, limit: number): Promise<UnitView[]> {
  const rows = await selectViews(db)
    .where(unaccentAllWords(adminUnits.name, text))
    .orderBy(asc(adminUnits.era), asc(adminUnits.nameKey))
    .limit(limit);
  return rows.map(toView);
}

export type LinkedView = { unit: UnitView; kind: string };

/** New units an old unit went into (direction 'successors') or old units merged into a new one ('predecessors'). */
export async function linkedUnits(
  db: Db,
  unitId: number,
  direction: 'successors' | 'predecessors',
): Promise<LinkedView[]> {
  const [from, to] =
    direction === 'successors'
      ? [adminUnitLinks.oldUnitId, adminUnitLinks.newUnitId]
      : [adminUnitLinks.newUnitId, adminUnitLinks.oldUnitId];
  const rows = await db
    .select({ u: adminUnits, parentName: parent.name, provinceName: prov.name, kind: adminUnitLinks.kind })
    .from(adminUnitLinks)
    .innerJoin(adminUnits, eq(adminUnits.id, to))
    .leftJoin(parent, eq(parent.id, adminUnits.parentId))
    .leftJoin(
      prov,
      and(eq(prov.era, adminUnits.era), eq(prov.level, 'province'), eq(prov.code, adminUnits.provinceCode)),
    )
    .where(eq(from, unitId))
    .orderBy(asc(adminUnits.level), asc(adminUnits.nameKey));
  return rows.map((r) => ({ unit: toView(r), kind: r.kind }));
}

/** Old province code → today's province code, through the province-level links. */
export async function provinceSuccessorCodes(db: Db): Promise<Map<string, string>> {
  const oldP = alias(adminUnits, 'old_p');
  const newP = alias(adminUnits, 'new_p');
  const rows = await db
    .select({ oldCode: oldP.code, newCode: newP.code })
    .from(adminUnitLinks)
    .innerJoin(oldP, eq(oldP.id, adminUnitLinks.oldUnitId))
    .innerJoin(newP, eq(newP.id, adminUnitLinks.newUnitId))
    .where(
      and(
        eq(oldP.era, 'pre2025'),
        eq(oldP.level, 'province'),
        eq(newP.era, '2025'),
        eq(newP.level, 'province'),
      ),
    );
  return new Map(rows.map((r) => [r.oldCode, r.newCode]));
}

export async function provinceRows(db: Db, era: UnitEra) {
  return db
    .select({ code: adminUnits.code, name: adminUnits.name, type: adminUnits.type })
    .from(adminUnits)
    .where(and(eq(adminUnits.era, era), eq(adminUnits.level, 'province')))
    .orderBy(asc(adminUnits.code));
}
