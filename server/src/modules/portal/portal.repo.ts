import { and, asc, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import { parseSort } from '../../../../shared/schemas/common.ts';
import type { PortalKind, PortalListQuery } from '../../../../shared/schemas/portal.ts';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { escapeLike } from '../../platform/search.ts';
import { portalEventRegistrations, portalItems, portalRevisions } from './portal.tables.ts';
import { matchesAll, queryTokens, queryWords } from './search.ts';

export type ItemRow = typeof portalItems.$inferSelect;
export type ItemInsert = typeof portalItems.$inferInsert;
export type RevisionRow = typeof portalRevisions.$inferSelect;
export type RegistrationRow = typeof portalEventRegistrations.$inferSelect;

function itemScope(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(portalItems.provinceCode, scope.provinceCode);
    case 'organisation':
      return eq(portalItems.organisationId, scope.organisationId);
    case 'self':
      return sql`false`;
  }
}

/** Published and its publication time has come: the one definition of "public", evaluated at read time. */
export const isPublicSql = sql`(${portalItems.status} = 'published' AND ${portalItems.publishedAt} <= now())`;

export async function findItem(db: Db, scope: Scope, id: string): Promise<ItemRow | undefined> {
  const [row] = await db
    .select()
    .from(portalItems)
    .where(and(eq(portalItems.id, id), itemScope(scope)));
  return row;
}

const registrationCount = sql<number>`(select count(*)::int from ${portalEventRegistrations} r where r.event_id = ${portalItems.id})`;

const adminSorts = ['updatedAt', 'publishedAt', 'title', 'startsOn', 'issuedOn', 'createdAt'] as const;

export async function listItems(db: Db, scope: Scope, kind: PortalKind, q: PortalListQuery) {
  const where = and(
    eq(portalItems.kind, kind),
    itemScope(scope),
    q.status ? eq(portalItems.status, q.status) : undefined,
    q.provinceCode ? eq(portalItems.provinceCode, q.provinceCode) : undefined,
    q.category ? eq(portalItems.category, q.category) : undefined,
    q.eventKind ? eq(portalItems.eventKind, q.eventKind) : undefined,
    q.docKind ? eq(portalItems.docKind, q.docKind) : undefined,
    q.q ? matchesAll(portalItems.searchVector, queryTokens(queryWords(q.q))) : undefined,
  );
  const sort = parseSort(q.sort, adminSorts, 'updatedAt');
  const col = portalItems[sort.key];
  const desc_ = q.sort ? sort.desc : true;
  const rows = await db
    .select({ item: portalItems, registrations: registrationCount, total: sql<number>`count(*) over()::int` })
    .from(portalItems)
    .where(where)
    .orderBy(desc_ ? sql`${col} desc nulls last` : asc(col), asc(portalItems.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total =
    rows[0]?.total ??
    (q.page > 1
      ? ((await db.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(where))[0]?.n ?? 0)
      : 0);
  return { rows, total };
}

export async function registrationCountOf(db: Db, eventId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(portalEventRegistrations)
    .where(eq(portalEventRegistrations.eventId, eventId));
  return r?.n ?? 0;
}

/** Slugs of a kind equal to base or base-<n>: to pick the first free one. */
export async function slugsLike(
  db: Db,
  kind: PortalKind,
  base: string,
  exceptId?: string,
): Promise<Set<string>> {
  const rows = await db
    .select({ slug: portalItems.slug })
    .from(portalItems)
    .where(
      and(
        eq(portalItems.kind, kind),
        sql`(${portalItems.slug} = ${base} OR ${like(portalItems.slug, `${escapeLike(base)}-%`)})`,
        exceptId ? sql`${portalItems.id} <> ${exceptId}` : undefined,
      ),
    );
  return new Set(rows.map((r) => r.slug));
}

export async function slugTaken(db: Db, kind: PortalKind, slug: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: portalItems.id })
    .from(portalItems)
    .where(
      and(
        eq(portalItems.kind, kind),
        eq(portalItems.slug, slug),
        exceptId ? sql`${portalItems.id} <> ${exceptId}` : undefined,
      ),
    );
  return rows.length > 0;
}

export async function documentNumberTaken(
  db: Db,
  number: string,
  issuer: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: portalItems.id })
    .from(portalItems)
    .where(
      and(
        sql`lower(${portalItems.docNumber}) = lower(${number})`,
        sql`lower(${portalItems.issuer}) = lower(${issuer})`,
        exceptId ? sql`${portalItems.id} <> ${exceptId}` : undefined,
      ),
    );
  return rows.length > 0;
}

export async function insertItem(db: Db, values: ItemInsert): Promise<ItemRow> {
  const [row] = await db.insert(portalItems).values(values).returning();
  return row!;
}

/** Optimistic update: undefined when the version no longer matches. */
export async function updateItem(
  db: Db,
  id: string,
  version: number,
  patch: Partial<ItemInsert>,
): Promise<ItemRow | undefined> {
  const [row] = await db
    .update(portalItems)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(portalItems.id, id), eq(portalItems.version, version)))
    .returning();
  return row;
}

/** Items by id, for validating related links (any status; the caller filters). */
export async function itemsByIds(db: Db, ids: string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(portalItems).where(inArray(portalItems.id, ids));
}

// ---- revisions ----

export async function insertRevision(db: Db, values: typeof portalRevisions.$inferInsert): Promise<void> {
  await db.insert(portalRevisions).values(values);
}

export async function listRevisions(db: Db, itemId: string): Promise<RevisionRow[]> {
  return db
    .select()
    .from(portalRevisions)
    .where(eq(portalRevisions.itemId, itemId))
    .orderBy(desc(portalRevisions.revision));
}

export async function findRevision(
  db: Db,
  itemId: string,
  revision: number,
): Promise<RevisionRow | undefined> {
  const [row] = await db
    .select()
    .from(portalRevisions)
    .where(and(eq(portalRevisions.itemId, itemId), eq(portalRevisions.revision, revision)));
  return row;
}

// ---- registrations ----

export async function insertRegistration(
  db: Db,
  values: typeof portalEventRegistrations.$inferInsert,
): Promise<RegistrationRow> {
  const [row] = await db.insert(portalEventRegistrations).values(values).returning();
  return row!;
}

export async function findRegistration(
  db: Db,
  eventId: string,
  organisationId: string,
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(portalEventRegistrations)
    .where(
      and(
        eq(portalEventRegistrations.eventId, eventId),
        eq(portalEventRegistrations.organisationId, organisationId),
      ),
    );
  return row;
}

export async function listRegistrations(db: Db, eventId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(portalEventRegistrations)
    .where(eq(portalEventRegistrations.eventId, eventId))
    .orderBy(asc(portalEventRegistrations.createdAt), asc(portalEventRegistrations.id));
}

export async function countItems(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(portalItems);
  return r?.n ?? 0;
}
