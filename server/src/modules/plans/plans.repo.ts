import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';
import {
  allocationRuns,
  planAssignments,
  planLedger,
  planLines,
  plans,
  planTransitions,
} from './plans.tables.ts';

export type PlanRow = typeof plans.$inferSelect;
export type LineRow = typeof planLines.$inferSelect;
export type LedgerRow = typeof planLedger.$inferSelect;
export type RunRow = typeof allocationRuns.$inferSelect;

export async function findPlan(db: Db, id: string, forUpdate = false): Promise<PlanRow | undefined> {
  const q = db.select().from(plans).where(eq(plans.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findPlanByKey(db: Db, planYear: number, level: string, provinceKey: string) {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.planYear, planYear), eq(plans.level, level), eq(plans.provinceKey, provinceKey)));
  return row;
}

export async function listPlans(db: Db, f: { planYear?: number; level?: string; provinceCode?: string }) {
  return db
    .select()
    .from(plans)
    .where(
      and(
        f.planYear ? eq(plans.planYear, f.planYear) : undefined,
        f.level ? eq(plans.level, f.level) : undefined,
        f.provinceCode ? or(eq(plans.level, 'national'), eq(plans.provinceKey, f.provinceCode)) : undefined,
      ),
    )
    .orderBy(desc(plans.planYear), asc(plans.level), asc(plans.provinceKey));
}

export async function insertPlan(db: Db, v: typeof plans.$inferInsert) {
  const [row] = await db.insert(plans).values(v).returning();
  return row!;
}

/** Optimistic update: no row back means someone else changed the plan first. */
export async function updatePlan(db: Db, id: string, version: number, v: Partial<typeof plans.$inferInsert>) {
  const [row] = await db
    .update(plans)
    .set({ ...v, version: version + 1, updatedAt: new Date() })
    .where(and(eq(plans.id, id), eq(plans.version, version)))
    .returning();
  return row;
}

export async function insertLedger(db: Db, v: typeof planLedger.$inferInsert) {
  await db.insert(planLedger).values(v);
}

export async function ledgerOf(db: Db, planId: string): Promise<LedgerRow[]> {
  return db
    .select()
    .from(planLedger)
    .where(eq(planLedger.planId, planId))
    .orderBy(asc(planLedger.at), asc(planLedger.id));
}

/** Σ of the plan's ledger: the budget entries (the envelope) and everything (what is still available). */
export async function balanceOf(db: Db, planId: string): Promise<{ envelope: bigint; available: bigint }> {
  const [row] = await queryRows<{ envelope: string | null; available: string | null }>(
    db,
    sql`select sum(amount) filter (where kind = 'budget') as envelope, sum(amount) as available
        from plan_ledger where plan_id = ${planId}`,
  );
  return { envelope: BigInt(row?.envelope ?? 0), available: BigInt(row?.available ?? 0) };
}

/** What the scheme still holds from its plan: minus the sum of its ledger entries. */
export async function committedOf(db: Db, schemeId: string): Promise<bigint> {
  const [row] = await queryRows<{ s: string | null }>(
    db,
    sql`select sum(amount) as s from plan_ledger where scheme_id = ${schemeId}`,
  );
  return -BigInt(row?.s ?? 0);
}

export async function linesOf(db: Db, planId: string): Promise<LineRow[]> {
  return db.select().from(planLines).where(eq(planLines.planId, planId));
}

export async function lineOfScheme(db: Db, schemeId: string) {
  const [row] = await db
    .select({ line: planLines, plan: plans, assignment: planAssignments })
    .from(planLines)
    .innerJoin(plans, eq(plans.id, planLines.planId))
    .leftJoin(planAssignments, eq(planAssignments.id, planLines.assignmentId))
    .where(eq(planLines.schemeId, schemeId));
  return row;
}

export async function insertLines(db: Db, rows: (typeof planLines.$inferInsert)[]) {
  if (rows.length) await db.insert(planLines).values(rows);
}

export async function assignLine(
  db: Db,
  planId: string,
  schemeId: string,
  v: { amount: bigint; assignmentId: string; at: Date },
) {
  const [row] = await db
    .update(planLines)
    .set({ assignedAmount: v.amount, assignedAt: v.at, assignmentId: v.assignmentId })
    .where(
      and(eq(planLines.planId, planId), eq(planLines.schemeId, schemeId), isNull(planLines.assignmentId)),
    )
    .returning();
  return row;
}

export async function insertAssignment(db: Db, v: typeof planAssignments.$inferInsert) {
  const [row] = await db.insert(planAssignments).values(v).returning();
  return row!;
}

export async function assignmentsOf(db: Db, planId: string) {
  return db.select().from(planAssignments).where(eq(planAssignments.planId, planId));
}

export async function insertRun(db: Db, v: Omit<typeof allocationRuns.$inferInsert, 'seq'>) {
  const [{ next } = { next: 1 }] = await queryRows<{ next: number }>(
    db,
    sql`select coalesce(max(seq), 0) + 1 as next from allocation_runs where plan_id = ${v.planId}`,
  );
  const [row] = await db
    .insert(allocationRuns)
    .values({ ...v, seq: Number(next) })
    .returning();
  return row!;
}

export async function runsOf(db: Db, planId: string): Promise<RunRow[]> {
  return db
    .select()
    .from(allocationRuns)
    .where(eq(allocationRuns.planId, planId))
    .orderBy(desc(allocationRuns.seq));
}

export async function findRun(db: Db, planId: string, runId: string): Promise<RunRow | undefined> {
  const [row] = await db
    .select()
    .from(allocationRuns)
    .where(and(eq(allocationRuns.planId, planId), eq(allocationRuns.id, runId)));
  return row;
}

export async function insertTransition(db: Db, v: typeof planTransitions.$inferInsert) {
  await db.insert(planTransitions).values(v);
}

/** Scheme ids already in any plan line (so a scheme is never in two plans). */
export async function schemesInLines(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: planLines.schemeId })
    .from(planLines)
    .where(inArray(planLines.schemeId, ids));
  return new Set(rows.map((r) => r.id));
}
