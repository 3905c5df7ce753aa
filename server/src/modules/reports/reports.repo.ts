import { and, asc, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ReportScope } from './reports.policy.ts';
import { reports } from './reports.tables.ts';

export type ReportRowDb = typeof reports.$inferSelect;
export type PeriodKey = { periodKind: string; periodYear: number; periodIndex: number };

/** The rows a scope may see: the agency all; a department its province's periodic reports only. */
export function scopeWhere(scope: ReportScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return and(eq(reports.kind, 'periodic'), eq(reports.provinceKey, scope.provinceCode));
}

export async function findReport(db: Db, scope: ReportScope, id: string): Promise<ReportRowDb | undefined> {
  const [r] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.id, id), scopeWhere(scope)))
    .limit(1);
  return r;
}

/** Every version of one report (same kind, scope and period), oldest first. */
export async function versionsOf(db: Db, r: Pick<ReportRowDb, 'kind' | 'provinceKey'> & PeriodKey) {
  return db
    .select({ id: reports.id, version: reports.version, state: reports.state })
    .from(reports)
    .where(
      and(
        eq(reports.kind, r.kind),
        eq(reports.provinceKey, r.provinceKey),
        eq(reports.periodKind, r.periodKind),
        eq(reports.periodYear, r.periodYear),
        eq(reports.periodIndex, r.periodIndex),
      ),
    )
    .orderBy(asc(reports.version));
}

/** The newest version that is not superseded (the one to open, or to conflict with). */
export async function currentOf(
  db: Db,
  kind: string,
  provinceKey: string,
  p: PeriodKey,
): Promise<ReportRowDb | undefined> {
  const [r] = await db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.kind, kind),
        eq(reports.provinceKey, provinceKey),
        eq(reports.periodKind, p.periodKind),
        eq(reports.periodYear, p.periodYear),
        eq(reports.periodIndex, p.periodIndex),
        ne(reports.state, 'superseded'),
      ),
    )
    .orderBy(desc(reports.version))
    .limit(1);
  return r;
}

/** The latest version of every province's periodic report for a period (submitted ones only, if asked). */
export async function latestForPeriod(
  db: Db,
  p: PeriodKey,
  opts: { submittedOnly?: boolean } = {},
): Promise<ReportRowDb[]> {
  return db
    .selectDistinctOn([reports.provinceKey])
    .from(reports)
    .where(
      and(
        eq(reports.kind, 'periodic'),
        ne(reports.provinceKey, ''),
        opts.submittedOnly ? eq(reports.state, 'submitted') : undefined,
        eq(reports.periodKind, p.periodKind),
        eq(reports.periodYear, p.periodYear),
        eq(reports.periodIndex, p.periodIndex),
      ),
    )
    .orderBy(reports.provinceKey, desc(reports.version));
}

/** The latest submitted version of every province's periodic report for a period (what a consolidation adds up). */
export const submittedForPeriod = (db: Db, p: PeriodKey) => latestForPeriod(db, p, { submittedOnly: true });

export async function insertReport(db: Db, row: typeof reports.$inferInsert): Promise<ReportRowDb> {
  const [r] = await db.insert(reports).values(row).returning();
  return r!;
}

/** Updates a row if its row version still matches; undefined when someone else changed it first. */
export async function updateReport(
  db: Db,
  id: string,
  rowVersion: number | null,
  set: Partial<typeof reports.$inferInsert>,
): Promise<ReportRowDb | undefined> {
  const [r] = await db
    .update(reports)
    .set({ ...set, rowVersion: sql`${reports.rowVersion} + 1` })
    .where(and(eq(reports.id, id), rowVersion === null ? undefined : eq(reports.rowVersion, rowVersion)))
    .returning();
  return r;
}

export function listWhere(
  scope: ReportScope,
  q: { kind?: string; provinceCode?: string; periodYear?: number; periodKind?: string; state?: string },
): SQL | undefined {
  return and(
    scopeWhere(scope),
    q.kind ? eq(reports.kind, q.kind) : undefined,
    q.provinceCode ? eq(reports.provinceKey, q.provinceCode) : undefined,
    q.periodYear ? eq(reports.periodYear, q.periodYear) : undefined,
    q.periodKind ? eq(reports.periodKind, q.periodKind) : undefined,
    q.state ? eq(reports.state, q.state) : ne(reports.state, 'superseded'),
  );
}

export async function listReportRows(
  db: Db,
  where: SQL | undefined,
  page: number,
  pageSize: number,
): Promise<{ rows: ReportRowDb[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(reports)
      .where(where)
      .orderBy(desc(reports.createdAt), desc(reports.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(reports).where(where),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}
