import { aliasedTable, and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ProductGroup } from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import { unaccentAllWords } from '../../platform/search.ts';
import type { EntryScope } from './products.policy.ts';
import { productCertificates, productEntries, typicalProducts } from './products.tables.ts';

export type EntryRow = typeof productEntries.$inferSelect;
export type ProductRow = typeof typicalProducts.$inferSelect;
export type EntryView = EntryRow & {
  certificateNumber: string | null;
  lowerCertificateNumber: string | null;
};

const lower = aliasedTable(productCertificates, 'lower_cert');
const own = aliasedTable(productCertificates, 'own_cert');

const viewColumns = {
  entry: productEntries,
  certificateNumber: own.number,
  lowerCertificateNumber: lower.number,
};

function scopeCondition(scope: EntryScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(productEntries.provinceCode, scope.provinceCode);
    case 'establishments':
      return scope.establishmentIds.length
        ? inArray(productEntries.establishmentId, [...scope.establishmentIds])
        : sql`false`;
  }
}

export type EntryFilter = { group?: ProductGroup; status?: string; q?: string };

export async function listEntries(
  db: Db,
  roundId: string,
  scope: EntryScope,
  f: EntryFilter,
): Promise<EntryView[]> {
  const where: SQL[] = [eq(productEntries.roundId, roundId)];
  const sc = scopeCondition(scope);
  if (sc) where.push(sc);
  if (f.group) where.push(eq(productEntries.group, f.group));
  if (f.status) where.push(eq(productEntries.status, f.status));
  if (f.q)
    where.push(
      unaccentAllWords(sql`${productEntries.name} || ' ' || ${productEntries.establishmentName}`, f.q),
    );
  const rows = await db
    .select(viewColumns)
    .from(productEntries)
    .leftJoin(own, eq(own.entryId, productEntries.id))
    .leftJoin(lower, eq(lower.id, productEntries.lowerCertificateId))
    .where(and(...where))
    .orderBy(asc(productEntries.group), asc(productEntries.name));
  return rows.map((r) => ({
    ...r.entry,
    certificateNumber: r.certificateNumber,
    lowerCertificateNumber: r.lowerCertificateNumber,
  }));
}

export async function findEntry(db: Db, id: string, forUpdate = false): Promise<EntryView | undefined> {
  if (forUpdate)
    await db
      .select({ id: productEntries.id })
      .from(productEntries)
      .where(eq(productEntries.id, id))
      .for('update');
  const [r] = await db
    .select(viewColumns)
    .from(productEntries)
    .leftJoin(own, eq(own.entryId, productEntries.id))
    .leftJoin(lower, eq(lower.id, productEntries.lowerCertificateId))
    .where(eq(productEntries.id, id));
  return r
    ? { ...r.entry, certificateNumber: r.certificateNumber, lowerCertificateNumber: r.lowerCertificateNumber }
    : undefined;
}

const byGroupAndName = (a: EntryRow, b: EntryRow) =>
  a.group.localeCompare(b.group) || a.name.localeCompare(b.name, 'vi');

/** The entries still in the round, by group and name (sorted here: a text sort in PGlite costs more than the read). */
export async function activeEntries(db: Db, roundId: string): Promise<EntryRow[]> {
  const rows = await db
    .select()
    .from(productEntries)
    .where(and(eq(productEntries.roundId, roundId), sql`${productEntries.status} <> 'withdrawn'`));
  return rows.sort(byGroupAndName);
}

export type ResultEntry = Pick<
  EntryRow,
  'id' | 'name' | 'establishmentId' | 'establishmentName' | 'provinceCode' | 'group' | 'status'
>;

/** The columns the results table needs, without descriptions and attachments. */
export async function resultEntries(db: Db, roundId: string): Promise<ResultEntry[]> {
  const e = productEntries;
  const rows = await db
    .select({
      id: e.id,
      name: e.name,
      establishmentId: e.establishmentId,
      establishmentName: e.establishmentName,
      provinceCode: e.provinceCode,
      group: e.group,
      status: e.status,
    })
    .from(e)
    .where(and(eq(e.roundId, roundId), sql`${e.status} <> 'withdrawn'`));
  return rows.sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name, 'vi'));
}

export async function findProduct(db: Db, id: string): Promise<ProductRow | undefined> {
  const [p] = await db.select().from(typicalProducts).where(eq(typicalProducts.id, id));
  return p;
}

export async function findCertificateByNumber(db: Db, number: string) {
  const [c] = await db.select().from(productCertificates).where(eq(productCertificates.number, number));
  return c;
}

export async function bumpEntry(
  db: Db,
  id: string,
  version: number,
  set: Partial<EntryRow>,
): Promise<EntryRow | undefined> {
  const [row] = await db
    .update(productEntries)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(productEntries.id, id), eq(productEntries.version, version)))
    .returning();
  return row;
}
