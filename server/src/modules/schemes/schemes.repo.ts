import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { ComputeResult } from '../../../../shared/schemas/rules.ts';
import type { SchemeState } from '../../../../shared/schemas/schemes.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { type Bind, inline } from '../../db/statements.ts';
import type { Scope } from '../../platform/actor.ts';
import { foldVietnamese } from '../../platform/search.ts';
import {
  schemeAttachments,
  schemeBeneficiaries,
  schemeContents,
  schemeCostLines,
  schemeMilestones,
  schemeNumberSeq,
  schemePartners,
  schemeSupports,
  schemes,
  schemeTransitions,
  schemeVersions,
} from './schemes.tables.ts';

export type SchemeRow = typeof schemes.$inferSelect;
export type SchemeInsert = typeof schemes.$inferInsert;
export type Children = {
  contents: string[];
  beneficiaries: Omit<typeof schemeBeneficiaries.$inferSelect, 'schemeId'>[];
  costLines: Omit<typeof schemeCostLines.$inferSelect, 'schemeId'>[];
  milestones: Omit<typeof schemeMilestones.$inferSelect, 'schemeId'>[];
  partners: Omit<typeof schemePartners.$inferSelect, 'schemeId'>[];
};
export type AttachmentRow = typeof schemeAttachments.$inferSelect;
export type TransitionRow = typeof schemeTransitions.$inferSelect;

export function schemeScope(scope: Scope, bind: Bind = inline): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(schemes.provinceCode, bind('scopeProvince', scope.provinceCode));
    case 'organisation': {
      const org = bind('scopeOrg', scope.organisationId);
      return sql`(${schemes.ownerOrgId} = ${org} or ${schemes.implementerOrgId} = ${org})`;
    }
    case 'self':
      return sql`false`;
  }
}

/** The stored search text: the parts joined and folded the way searches are. */
export function searchTextOf(parts: readonly (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(' '));
}

export async function findScheme(db: Db, scope: Scope, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(schemes)
    .where(and(eq(schemes.id, id), schemeScope(scope)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function loadChildren(db: Db, id: string): Promise<Children> {
  const [contents, beneficiaries, costLines, milestones, partners] = await Promise.all([
    db
      .select()
      .from(schemeContents)
      .where(eq(schemeContents.schemeId, id))
      .orderBy(asc(schemeContents.sortOrder)),
    db
      .select()
      .from(schemeBeneficiaries)
      .where(eq(schemeBeneficiaries.schemeId, id))
      .orderBy(asc(schemeBeneficiaries.sortOrder)),
    db
      .select()
      .from(schemeCostLines)
      .where(eq(schemeCostLines.schemeId, id))
      .orderBy(asc(schemeCostLines.lineNo)),
    db
      .select()
      .from(schemeMilestones)
      .where(eq(schemeMilestones.schemeId, id))
      .orderBy(asc(schemeMilestones.seq)),
    db.select().from(schemePartners).where(eq(schemePartners.schemeId, id)).orderBy(asc(schemePartners.seq)),
  ]);
  const strip = <T extends { schemeId: string }>(rows: T[]) => rows.map(({ schemeId: _s, ...r }) => r);
  return {
    contents: contents.map((c) => c.contentCode),
    beneficiaries: strip(beneficiaries),
    costLines: strip(costLines),
    milestones: strip(milestones),
    partners: strip(partners),
  };
}

export async function nextNumber(db: Db): Promise<number> {
  const [r] = await queryRows<{ n: string | number }>(
    db,
    sql`select nextval(${schemeNumberSeq.seqName}) as n`,
  );
  return Number(r!.n);
}

export async function insertScheme(db: Db, values: SchemeInsert): Promise<SchemeRow> {
  const [row] = await db.insert(schemes).values(values).returning();
  return row!;
}

/** Optimistic update: undefined when the version no longer matches. */
export async function updateScheme(
  db: Db,
  id: string,
  version: number,
  patch: Partial<SchemeInsert>,
): Promise<SchemeRow | undefined> {
  const [row] = await db
    .update(schemes)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(schemes.id, id), eq(schemes.version, version)))
    .returning();
  return row;
}

export async function replaceChildren(db: Db, id: string, c: Children): Promise<void> {
  await Promise.all([
    db.delete(schemeContents).where(eq(schemeContents.schemeId, id)),
    db.delete(schemeBeneficiaries).where(eq(schemeBeneficiaries.schemeId, id)),
    db.delete(schemeCostLines).where(eq(schemeCostLines.schemeId, id)),
    db.delete(schemeMilestones).where(eq(schemeMilestones.schemeId, id)),
    db.delete(schemePartners).where(eq(schemePartners.schemeId, id)),
  ]);
  const withId = <T>(rows: T[]) => rows.map((r) => ({ ...r, schemeId: id }));
  if (c.contents.length)
    await db
      .insert(schemeContents)
      .values(c.contents.map((contentCode, sortOrder) => ({ schemeId: id, contentCode, sortOrder })));
  if (c.beneficiaries.length) await db.insert(schemeBeneficiaries).values(withId(c.beneficiaries));
  if (c.costLines.length) await db.insert(schemeCostLines).values(withId(c.costLines));
  if (c.milestones.length) await db.insert(schemeMilestones).values(withId(c.milestones));
  if (c.partners.length) await db.insert(schemePartners).values(withId(c.partners));
}

/** Stores (or clears) the rules' full computation of a scheme. */
export async function saveSupport(db: Db, schemeId: string, result: ComputeResult | null): Promise<void> {
  if (!result) {
    await db.delete(schemeSupports).where(eq(schemeSupports.schemeId, schemeId));
    return;
  }
  await db
    .insert(schemeSupports)
    .values({ schemeId, result })
    .onConflictDoUpdate({ target: schemeSupports.schemeId, set: { result, computedAt: new Date() } });
}

export async function getSupport(db: Db, schemeId: string): Promise<ComputeResult | null> {
  const [row] = await db
    .select({ result: schemeSupports.result })
    .from(schemeSupports)
    .where(eq(schemeSupports.schemeId, schemeId));
  return row?.result ?? null;
}

export async function insertVersion(db: Db, values: typeof schemeVersions.$inferInsert): Promise<void> {
  await db.insert(schemeVersions).values(values);
}

export async function listVersions(db: Db, id: string) {
  return db
    .select({
      version: schemeVersions.version,
      reason: schemeVersions.reason,
      state: schemeVersions.state,
      createdAt: schemeVersions.createdAt,
      createdByName: schemeVersions.createdByName,
    })
    .from(schemeVersions)
    .where(eq(schemeVersions.schemeId, id))
    .orderBy(asc(schemeVersions.version));
}

export async function getVersion(db: Db, id: string, version: number) {
  const [row] = await db
    .select()
    .from(schemeVersions)
    .where(and(eq(schemeVersions.schemeId, id), eq(schemeVersions.version, version)));
  return row;
}

export async function insertTransition(db: Db, values: typeof schemeTransitions.$inferInsert): Promise<void> {
  await db.insert(schemeTransitions).values(values);
}

export async function listTransitions(db: Db, id: string): Promise<TransitionRow[]> {
  return db
    .select()
    .from(schemeTransitions)
    .where(eq(schemeTransitions.schemeId, id))
    .orderBy(asc(schemeTransitions.at));
}

export async function listAttachments(db: Db, id: string): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(schemeAttachments)
    .where(eq(schemeAttachments.schemeId, id))
    .orderBy(asc(schemeAttachments.createdAt));
}

export async function insertAttachment(
  db: Db,
  values: typeof schemeAttachments.$inferInsert,
): Promise<AttachmentRow> {
  const [row] = await db.insert(schemeAttachments).values(values).returning();
  return row!;
}

export async function deleteAttachment(
  db: Db,
  schemeId: string,
  attachmentId: string,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .delete(schemeAttachments)
    .where(and(eq(schemeAttachments.schemeId, schemeId), eq(schemeAttachments.id, attachmentId)))
    .returning();
  return row;
}

/** Ids of schemes in a state (for plans and appraisal to pick up), oldest state change first. */
export async function listIdsByState(
  db: Db,
  f: { state: SchemeState; planYear?: number; level?: string; provinceCode?: string; limit?: number },
): Promise<string[]> {
  const rows = await db
    .select({ id: schemes.id })
    .from(schemes)
    .where(
      and(
        eq(schemes.state, f.state),
        f.planYear ? eq(schemes.planYear, f.planYear) : undefined,
        f.level ? eq(schemes.level, f.level) : undefined,
        f.provinceCode ? eq(schemes.provinceCode, f.provinceCode) : undefined,
      ),
    )
    .orderBy(asc(schemes.stateChangedAt), asc(schemes.id))
    .limit(f.limit ?? 10_000);
  return rows.map((r) => r.id);
}
