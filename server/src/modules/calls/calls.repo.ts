import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { CallListQuery } from '../../../../shared/schemas/calls.ts';
import type { Db } from '../../db/client.ts';
import { calls, callWindows } from './calls.tables.ts';

export type CallRow = typeof calls.$inferSelect;
export type CallWindowRow = typeof callWindows.$inferSelect;

export async function listCalls(db: Db, q: CallListQuery): Promise<CallRow[]> {
  const where: SQL[] = [];
  if (q.planYear) where.push(eq(calls.planYear, q.planYear));
  if (q.level) where.push(eq(calls.level, q.level));
  if (q.provinceCode) where.push(eq(calls.provinceCode, q.provinceCode));
  return db
    .select()
    .from(calls)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(calls.planYear), asc(calls.level), asc(calls.provinceCode));
}

export async function findCall(db: Db, id: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  return row;
}

/** The call that governs a scheme: the national call of the year, or the province's local call. */
export async function findCallFor(
  db: Db,
  key: { planYear: number; level: string; provinceCode: string | null },
): Promise<CallRow | undefined> {
  const [row] = await db
    .select()
    .from(calls)
    .where(
      and(
        eq(calls.planYear, key.planYear),
        eq(calls.level, key.level),
        key.level === 'local' && key.provinceCode
          ? eq(calls.provinceCode, key.provinceCode)
          : sql`${calls.provinceCode} is null`,
      ),
    );
  return row;
}

export async function windowsOf(db: Db, callIds: string[]): Promise<CallWindowRow[]> {
  if (callIds.length === 0) return [];
  return db
    .select()
    .from(callWindows)
    .where(inArray(callWindows.callId, callIds))
    .orderBy(asc(callWindows.createdAt));
}

export async function insertCall(db: Db, values: typeof calls.$inferInsert): Promise<CallRow> {
  const [row] = await db.insert(calls).values(values).returning();
  return row!;
}

export async function updateCall(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof calls.$inferInsert>,
): Promise<CallRow | undefined> {
  const [row] = await db
    .update(calls)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(calls.id, id), eq(calls.version, version)))
    .returning();
  return row;
}

export async function insertWindow(db: Db, values: typeof callWindows.$inferInsert): Promise<CallWindowRow> {
  const [row] = await db.insert(callWindows).values(values).returning();
  return row!;
}
