import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import {
  acceptances,
  changeRequests,
  inspections,
  progressReports,
  settlements,
} from './monitoring.tables.ts';

export type ReportRow = typeof progressReports.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;
export type ChangeRow = typeof changeRequests.$inferSelect;
export type AcceptanceRow = typeof acceptances.$inferSelect;
export type SettlementRow = typeof settlements.$inferSelect;

export const reportsOf = (db: Db, contractId: string) =>
  db
    .select()
    .from(progressReports)
    .where(eq(progressReports.contractId, contractId))
    .orderBy(desc(progressReports.period));

export async function insertReport(db: Db, v: typeof progressReports.$inferInsert) {
  const [row] = await db.insert(progressReports).values(v).returning();
  return row!;
}

export const inspectionsOf = (db: Db, contractId: string) =>
  db.select().from(inspections).where(eq(inspections.contractId, contractId)).orderBy(desc(inspections.date));

export async function insertInspection(db: Db, v: typeof inspections.$inferInsert) {
  const [row] = await db.insert(inspections).values(v).returning();
  return row!;
}

export async function acceptanceOf(db: Db, contractId: string): Promise<AcceptanceRow | undefined> {
  const [row] = await db.select().from(acceptances).where(eq(acceptances.contractId, contractId));
  return row;
}

export async function insertAcceptance(db: Db, v: typeof acceptances.$inferInsert) {
  const [row] = await db.insert(acceptances).values(v).returning();
  return row!;
}

export async function settlementOf(db: Db, contractId: string): Promise<SettlementRow | undefined> {
  const [row] = await db.select().from(settlements).where(eq(settlements.contractId, contractId));
  return row;
}

export async function insertSettlement(db: Db, v: typeof settlements.$inferInsert) {
  const [row] = await db.insert(settlements).values(v).returning();
  return row!;
}

// ── change requests ───────────────────────────────────────────────────────────────────────────────

function changeScope(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(changeRequests.provinceCode, scope.provinceCode);
    case 'organisation':
      return eq(changeRequests.implementerOrgId, scope.organisationId);
    case 'self':
      return sql`false`;
  }
}

export async function findChange(
  db: Db,
  scope: Scope,
  id: string,
  lock = false,
): Promise<ChangeRow | undefined> {
  const q = db
    .select()
    .from(changeRequests)
    .where(and(eq(changeRequests.id, id), changeScope(scope)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export const changesOfScheme = (db: Db, schemeId: string) =>
  db
    .select()
    .from(changeRequests)
    .where(eq(changeRequests.schemeId, schemeId))
    .orderBy(desc(changeRequests.requestedAt));

export async function insertChange(db: Db, v: typeof changeRequests.$inferInsert) {
  const [row] = await db.insert(changeRequests).values(v).returning();
  return row!;
}

export async function updateChange(
  db: Db,
  id: string,
  version: number,
  set: Partial<typeof changeRequests.$inferInsert>,
) {
  const [row] = await db
    .update(changeRequests)
    .set({ ...set, version: version + 1 })
    .where(and(eq(changeRequests.id, id), eq(changeRequests.version, version)))
    .returning();
  return row;
}

/** The inbox: requests in scope, optionally only those awaiting one of the given authorities. */
export async function listChanges(
  db: Db,
  scope: Scope,
  q: { state?: string; authorities?: string[]; provinceCode?: string | null; page: number; pageSize: number },
) {
  const cond = and(
    changeScope(scope),
    q.state ? eq(changeRequests.state, q.state) : undefined,
    q.authorities
      ? q.authorities.length
        ? inArray(changeRequests.authority, q.authorities)
        : sql`false`
      : undefined,
    q.provinceCode ? eq(changeRequests.provinceCode, q.provinceCode) : undefined,
  );
  const rows = await db
    .select()
    .from(changeRequests)
    .where(cond)
    .orderBy(desc(changeRequests.requestedAt), desc(changeRequests.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(changeRequests).where(cond);
  return { rows, total: c?.n ?? 0 };
}
