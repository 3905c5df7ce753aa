import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { parseSort } from '../../../../shared/schemas/common.ts';
import type {
  ActivityContentListQuery,
  IndustryListQuery,
  SchemeKindListQuery,
} from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import { unaccentAllWords } from '../../platform/search.ts';
import { activityContents, industries, schemeKinds } from './catalogues.tables.ts';

export type ActivityContentRow = typeof activityContents.$inferSelect;
export type IndustryRow = typeof industries.$inferSelect;
export type SchemeKindRow = typeof schemeKinds.$inferSelect;

const sorts = ['sortOrder', 'code', 'nameVi', 'updatedAt'] as const;

/** Catalogues are small (tens of rows); one query with the total in a window. */
function page<T>(rows: (T & { total: number })[]): { rows: T[]; total: number } {
  return { rows: rows.map(({ total: _t, ...r }) => r as T), total: rows[0]?.total ?? 0 };
}

// ---- activity contents ----

export async function listActivityContents(db: Db, q: ActivityContentListQuery) {
  const t = activityContents;
  const where = and(
    q.kind ? eq(t.kind, q.kind) : undefined,
    q.programmeGroup ? eq(t.programmeGroup, q.programmeGroup) : undefined,
    q.parentCode ? eq(t.parentCode, q.parentCode) : undefined,
    q.active === undefined ? undefined : eq(t.active, q.active),
    q.q ? unaccentAllWords(sql`${t.code} || ' ' || ${t.nameVi} || ' ' || ${t.nameEn}`, q.q) : undefined,
  );
  const sort = parseSort(q.sort, sorts, 'sortOrder');
  const rows = await db
    .select({ row: t, total: sql<number>`count(*) over()::int` })
    .from(t)
    .where(where)
    .orderBy(sort.desc ? desc(t[sort.key]) : asc(t[sort.key]), asc(t.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return page(rows.map((r) => ({ ...r.row, total: r.total })));
}

export async function findActivityContent(db: Db, id: string): Promise<ActivityContentRow | undefined> {
  const [row] = await db.select().from(activityContents).where(eq(activityContents.id, id));
  return row;
}

export async function findActivityContentByCode(
  db: Db,
  code: string,
): Promise<ActivityContentRow | undefined> {
  const [row] = await db.select().from(activityContents).where(eq(activityContents.code, code));
  return row;
}

export async function nextActivitySortOrder(db: Db): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`coalesce(max(${activityContents.sortOrder}), 0)::int + 10` })
    .from(activityContents);
  return r?.n ?? 10;
}

export async function insertActivityContent(
  db: Db,
  values: typeof activityContents.$inferInsert,
): Promise<ActivityContentRow> {
  const [row] = await db.insert(activityContents).values(values).returning();
  return row!;
}

/** Optimistic update: undefined when the version no longer matches. */
export async function updateActivityContent(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof activityContents.$inferInsert>,
): Promise<ActivityContentRow | undefined> {
  const [row] = await db
    .update(activityContents)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(activityContents.id, id), eq(activityContents.version, version)))
    .returning();
  return row;
}

// ---- industries ----

export async function listIndustries(db: Db, q: IndustryListQuery) {
  const t = industries;
  const where: SQL | undefined = and(
    q.active === undefined ? undefined : eq(t.active, q.active),
    q.q ? unaccentAllWords(sql`${t.code} || ' ' || ${t.nameVi} || ' ' || ${t.nameEn}`, q.q) : undefined,
  );
  const sort = parseSort(q.sort, sorts, 'sortOrder');
  const rows = await db
    .select({ row: t, total: sql<number>`count(*) over()::int` })
    .from(t)
    .where(where)
    .orderBy(sort.desc ? desc(t[sort.key]) : asc(t[sort.key]), asc(t.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return page(rows.map((r) => ({ ...r.row, total: r.total })));
}

export async function findIndustry(db: Db, id: string): Promise<IndustryRow | undefined> {
  const [row] = await db.select().from(industries).where(eq(industries.id, id));
  return row;
}

export async function nextIndustrySortOrder(db: Db): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`coalesce(max(${industries.sortOrder}), 0)::int + 10` })
    .from(industries);
  return r?.n ?? 10;
}

export async function insertIndustry(db: Db, values: typeof industries.$inferInsert): Promise<IndustryRow> {
  const [row] = await db.insert(industries).values(values).returning();
  return row!;
}

export async function updateIndustry(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof industries.$inferInsert>,
): Promise<IndustryRow | undefined> {
  const [row] = await db
    .update(industries)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(industries.id, id), eq(industries.version, version)))
    .returning();
  return row;
}

// ---- scheme kinds ----

export async function listSchemeKinds(db: Db, q: SchemeKindListQuery): Promise<SchemeKindRow[]> {
  return db
    .select()
    .from(schemeKinds)
    .where(
      and(
        q.category ? eq(schemeKinds.category, q.category) : undefined,
        q.active === undefined ? undefined : eq(schemeKinds.active, q.active),
      ),
    )
    .orderBy(asc(schemeKinds.category), asc(schemeKinds.sortOrder));
}
