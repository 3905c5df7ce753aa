import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { parseSort } from '../../../../shared/schemas/common.ts';
import { type LegalDocumentListQuery, legalDocSorts } from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import { unaccentAllWords } from '../../platform/search.ts';
import { legalDocuments } from './legal-documents.tables.ts';

export type LegalDocumentRow = typeof legalDocuments.$inferSelect;

export async function listLegalDocuments(db: Db, q: LegalDocumentListQuery) {
  const t = legalDocuments;
  const where = and(
    q.kind ? eq(t.kind, q.kind) : undefined,
    q.year ? eq(t.year, q.year) : undefined,
    q.q ? unaccentAllWords(sql`${t.number} || ' ' || ${t.title}`, q.q) : undefined,
  );
  const sort = parseSort(q.sort, legalDocSorts, 'issueDate');
  // Newest first by default; undated documents after dated ones, then by number.
  const desc1 = q.sort ? sort.desc : true;
  const order = desc1 ? sql`${t[sort.key]} desc nulls last` : sql`${t[sort.key]} asc nulls last`;
  const rows = await db
    .select({ row: t, total: sql<number>`count(*) over()::int` })
    .from(t)
    .where(where)
    .orderBy(order, desc(t.year), asc(t.number))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total =
    rows[0]?.total ??
    (q.page > 1 ? ((await db.select({ n: sql<number>`count(*)::int` }).from(t).where(where))[0]?.n ?? 0) : 0);
  return { rows: rows.map((r) => r.row), total };
}

export async function findLegalDocument(db: Db, id: string): Promise<LegalDocumentRow | undefined> {
  const [row] = await db.select().from(legalDocuments).where(eq(legalDocuments.id, id));
  return row;
}

export async function findLegalDocumentByNumber(
  db: Db,
  number: string,
): Promise<LegalDocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(legalDocuments)
    .where(sql`lower(${legalDocuments.number}) = lower(${number})`);
  return row;
}

export async function insertLegalDocument(
  db: Db,
  values: typeof legalDocuments.$inferInsert,
): Promise<LegalDocumentRow> {
  const [row] = await db.insert(legalDocuments).values(values).returning();
  return row!;
}

/** Optimistic update: undefined when the version no longer matches. */
export async function updateLegalDocument(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof legalDocuments.$inferInsert>,
): Promise<LegalDocumentRow | undefined> {
  const [row] = await db
    .update(legalDocuments)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(legalDocuments.id, id), eq(legalDocuments.version, version)))
    .returning();
  return row;
}
