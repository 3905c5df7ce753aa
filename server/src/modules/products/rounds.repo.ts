import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { RoundListQuery } from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import { unaccentAllWords } from '../../platform/search.ts';
import { productConflicts, productCouncilMembers, productEntries, productRounds } from './products.tables.ts';

export type RoundRow = typeof productRounds.$inferSelect;
export type MemberRow = typeof productCouncilMembers.$inferSelect;
export type ConflictRow = typeof productConflicts.$inferSelect;

/**
 * What rounds a list may show: everything (national roles); for a province's staff and establishments the
 * published rounds that cover the province (its own, the regions that include it, national ones) plus, for
 * organisers, their own drafts; and always the rounds the user sits on as a council member.
 */
export type RoundScope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string; userId: string; organiser: boolean }
  | { kind: 'member'; userId: string };

export async function findRound(db: Db, id: string, forUpdate = false): Promise<RoundRow | undefined> {
  const q = db.select().from(productRounds).where(eq(productRounds.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

const sitsOn = (userId: string) =>
  sql`exists (select 1 from ${productCouncilMembers} m where m.round_id = ${productRounds.id} and m.user_id = ${userId})`;

function scopeCondition(scope: RoundScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'member') return sitsOn(scope.userId);
  const own = and(
    eq(productRounds.provinceCode, scope.provinceCode),
    sql`${productRounds.level} in ('commune','district','province')`,
  );
  const covers = or(
    own,
    eq(productRounds.level, 'nation'),
    sql`${productRounds.regionProvinceCodes} @> ${JSON.stringify([scope.provinceCode])}::jsonb`,
  );
  return or(
    sitsOn(scope.userId),
    and(covers, sql`${productRounds.status} <> 'draft'`),
    scope.organiser ? own : undefined,
  );
}

export async function listRounds(
  db: Db,
  scope: RoundScope,
  q: RoundListQuery,
): Promise<{ rows: (RoundRow & { entryCount: number })[]; total: number }> {
  const where: SQL[] = [];
  const sc = scopeCondition(scope);
  if (sc) where.push(sc);
  if (q.level) where.push(eq(productRounds.level, q.level));
  if (q.year) where.push(eq(productRounds.year, q.year));
  if (q.status) where.push(eq(productRounds.status, q.status));
  if (q.provinceCode) where.push(eq(productRounds.provinceCode, q.provinceCode));
  if (q.q) where.push(unaccentAllWords(sql`${productRounds.name} || ' ' || ${productRounds.code}`, q.q));
  const rows = await db
    .select({
      round: productRounds,
      entryCount: sql<number>`(select count(*)::int from ${productEntries} e where e.round_id = ${productRounds.id} and e.status <> 'withdrawn')`,
      total: sql<number>`count(*) over()::int`,
    })
    .from(productRounds)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(productRounds.year), desc(productRounds.registrationOpens), asc(productRounds.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows: rows.map((r) => ({ ...r.round, entryCount: r.entryCount })), total: rows[0]?.total ?? 0 };
}

export async function countEntries(db: Db, roundId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(productEntries)
    .where(and(eq(productEntries.roundId, roundId), sql`${productEntries.status} <> 'withdrawn'`));
  return r?.n ?? 0;
}

export async function membersOf(db: Db, roundId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(productCouncilMembers)
    .where(eq(productCouncilMembers.roundId, roundId))
    .orderBy(
      sql`case ${productCouncilMembers.role} when 'chair' then 0 when 'vice_chair' then 1 when 'secretary' then 2 else 3 end`,
      asc(productCouncilMembers.fullName),
    );
}

export async function conflictsOf(db: Db, roundId: string): Promise<ConflictRow[]> {
  return db.select().from(productConflicts).where(eq(productConflicts.roundId, roundId));
}

export async function memberOf(db: Db, roundId: string, userId: string): Promise<MemberRow | undefined> {
  const [m] = await db
    .select()
    .from(productCouncilMembers)
    .where(and(eq(productCouncilMembers.roundId, roundId), eq(productCouncilMembers.userId, userId)));
  return m;
}

/** Council seats of a user in several rounds at once (list pages). */
export async function seatsOf(db: Db, roundIds: string[], userId: string): Promise<Map<string, MemberRow>> {
  if (!roundIds.length) return new Map();
  const rows = await db
    .select()
    .from(productCouncilMembers)
    .where(and(inArray(productCouncilMembers.roundId, roundIds), eq(productCouncilMembers.userId, userId)));
  return new Map(rows.map((r) => [r.roundId, r]));
}

export async function bumpRound(
  db: Db,
  id: string,
  version: number,
  set: Partial<RoundRow>,
): Promise<RoundRow | undefined> {
  const [row] = await db
    .update(productRounds)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(productRounds.id, id), eq(productRounds.version, version)))
    .returning();
  return row;
}
