import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  councilAssignments,
  councilMembers,
  councilSchemes,
  councilScores,
  councils,
  scoreSheets,
} from './councils.tables.ts';

export type CouncilRow = typeof councils.$inferSelect;
export type SheetRow = typeof scoreSheets.$inferSelect;
export type MemberRow = typeof councilMembers.$inferSelect;
export type AssignmentRow = typeof councilAssignments.$inferSelect;
export type ScoreRow = typeof councilScores.$inferSelect;
export type CouncilSchemeRowDb = typeof councilSchemes.$inferSelect;

export async function findCouncil(db: Db, id: string, forUpdate = false) {
  const q = db.select().from(councils).where(eq(councils.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function listCouncils(db: Db, planYear?: number) {
  return db
    .select()
    .from(councils)
    .where(planYear ? eq(councils.planYear, planYear) : undefined)
    .orderBy(desc(councils.planYear), desc(councils.createdAt));
}

export async function currentSheet(db: Db, code: string) {
  const [row] = await db
    .select()
    .from(scoreSheets)
    .where(eq(scoreSheets.code, code))
    .orderBy(desc(scoreSheets.sheetVersion))
    .limit(1);
  return row;
}

export async function findSheet(db: Db, id: string) {
  const [row] = await db.select().from(scoreSheets).where(eq(scoreSheets.id, id));
  return row;
}

export async function insertSheet(db: Db, v: typeof scoreSheets.$inferInsert) {
  await db.insert(scoreSheets).values(v).onConflictDoNothing();
}

export async function insertCouncil(db: Db, v: typeof councils.$inferInsert) {
  const [row] = await db.insert(councils).values(v).returning();
  return row!;
}

export async function updateCouncil(
  db: Db,
  id: string,
  version: number,
  v: Partial<typeof councils.$inferInsert>,
) {
  const [row] = await db
    .update(councils)
    .set({ ...v, version: version + 1 })
    .where(and(eq(councils.id, id), eq(councils.version, version)))
    .returning();
  return row;
}

export async function insertMembers(db: Db, rows: (typeof councilMembers.$inferInsert)[]) {
  if (rows.length) await db.insert(councilMembers).values(rows);
}

export async function membersOf(db: Db, councilId: string) {
  return db
    .select()
    .from(councilMembers)
    .where(eq(councilMembers.councilId, councilId))
    .orderBy(asc(councilMembers.role));
}

export async function insertCouncilSchemes(db: Db, rows: (typeof councilSchemes.$inferInsert)[]) {
  if (rows.length) await db.insert(councilSchemes).values(rows).onConflictDoNothing();
}

export async function schemesOf(db: Db, councilId: string) {
  return db.select().from(councilSchemes).where(eq(councilSchemes.councilId, councilId));
}

export async function updateConclusion(
  db: Db,
  councilId: string,
  schemeId: string,
  version: number,
  v: Partial<typeof councilSchemes.$inferInsert>,
) {
  const [row] = await db
    .update(councilSchemes)
    .set({ ...v, version: version + 1 })
    .where(
      and(
        eq(councilSchemes.councilId, councilId),
        eq(councilSchemes.schemeId, schemeId),
        eq(councilSchemes.version, version),
      ),
    )
    .returning();
  return row;
}

export async function insertAssignments(db: Db, rows: (typeof councilAssignments.$inferInsert)[]) {
  if (rows.length) await db.insert(councilAssignments).values(rows).onConflictDoNothing();
}

export async function assignmentsOf(db: Db, councilId: string) {
  return db.select().from(councilAssignments).where(eq(councilAssignments.councilId, councilId));
}

export async function setConflict(db: Db, v: typeof councilAssignments.$inferInsert) {
  await db
    .insert(councilAssignments)
    .values(v)
    .onConflictDoUpdate({
      target: [councilAssignments.councilId, councilAssignments.schemeId, councilAssignments.userId],
      set: { conflict: v.conflict, conflictNote: v.conflictNote, declaredAt: v.declaredAt },
    });
}

export async function scoresOf(db: Db, councilId: string) {
  return db
    .select()
    .from(councilScores)
    .where(eq(councilScores.councilId, councilId))
    .orderBy(asc(councilScores.schemeId), asc(councilScores.userId), asc(councilScores.revision));
}

export async function insertScore(db: Db, v: Omit<typeof councilScores.$inferInsert, 'revision'>) {
  const [row] = await db
    .insert(councilScores)
    .values({
      ...v,
      revision: sql`(select coalesce(max(revision), 0) + 1 from council_scores where council_id = ${v.councilId} and scheme_id = ${v.schemeId} and user_id = ${v.userId})`,
    })
    .returning();
  return row!;
}

export async function councilsOfMember(db: Db, userId: string) {
  const rows = await db
    .select({ id: councilMembers.councilId })
    .from(councilMembers)
    .where(eq(councilMembers.userId, userId));
  return new Set(rows.map((r) => r.id));
}
