import { and, asc, desc, eq, getTableColumns, isNull, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { parseSort } from '../../../../shared/schemas/common.ts';
import { type EstablishmentFilters, establishmentSorts } from '../../../../shared/schemas/establishments.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { pageWithTotal } from '../../db/list-page.ts';
import { type Bind, cachedStatement, cappedCount, inline, StatementShape } from '../../db/statements.ts';
import type { Scope } from '../../platform/actor.ts';
import { foldedLike, hasTrigramWord } from '../../platform/search.ts';
import { ruleInForce, todayInVietnam } from './eligibility.ts';
import { countsOnProjection, projectable, projectedWhere, searchedIds } from './establishments.search.ts';
import { establishments as e, establishmentSearch as s } from './establishments.tables.ts';

export type EstablishmentRow = typeof e.$inferSelect;
export type EstablishmentInsert = typeof e.$inferInsert;

export function scopeSql(scope: Scope, bind: Bind = inline): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(e.provinceCode, bind('scopeProvince', scope.provinceCode));
    case 'organisation':
      return eq(e.organisationId, bind('scopeOrg', scope.organisationId));
    case 'self':
      return sql`false`;
  }
}

/** The stored verdict column of the rule in force on a date. */
function eligibilityColumn(date: string) {
  const rule = ruleInForce(date);
  if (!rule) return null;
  return rule.code === 'ND45_2012' ? e.elig2012 : e.elig2025;
}

/**
 * The register's conditions. `bind` puts each value in (db/statements.ts); which placeholders are bound,
 * and their names, decide the text — hence the verdict column's name in the eligibility placeholder.
 */
export function filterSql(scope: Scope, f: EstablishmentFilters, bind: Bind = inline): SQL | undefined {
  const eligCol = f.eligibility ? eligibilityColumn(f.eligibleOn ?? todayInVietnam()) : undefined;
  const unit = f.unitId ? bind('unitId', f.unitId) : undefined;
  return and(
    isNull(e.deletedAt),
    scopeSql(scope, bind),
    f.provinceCode ? eq(e.provinceCode, bind('provinceCode', f.provinceCode)) : undefined,
    unit ? sql`(${e.unitId} = ${unit} or ${e.currentUnitId} = ${unit})` : undefined,
    f.kind ? eq(e.kind, bind('kind', f.kind)) : undefined,
    f.industry ? sql`${e.industries} @> array[${bind('industry', f.industry)}]::text[]` : undefined,
    f.craftVillage ? foldedLike(e.craftKey, f.craftVillage, bind, 'craftVillage') : undefined,
    f.status ? eq(e.status, bind('status', f.status)) : undefined,
    f.womanOwned ? eq(e.womanOwned, bind('womanOwned', f.womanOwned === 'true')) : undefined,
    f.ethnicMinorityOwned
      ? eq(e.ethnicMinorityOwned, bind('ethnicMinorityOwned', f.ethnicMinorityOwned === 'true'))
      : undefined,
    f.eligibility
      ? eligCol
        ? eq(eligCol, bind(`eligibility_${eligCol.name}`, f.eligibility))
        : f.eligibility === 'undetermined'
          ? undefined
          : sql`${bind('eligibilityNoRule', false)}::boolean`
      : undefined,
    searchedIds(scope, f, bind),
  );
}

/** Sort key expressions; nullable columns are coalesced so that keyset paging (exports) stays exact. */
export function sortOf(sort: string | undefined) {
  const s = parseSort(sort, establishmentSorts, 'name');
  const expr: Record<(typeof establishmentSorts)[number], SQL> = {
    name: sql`${e.nameKey}`,
    updatedAt: sql`${e.updatedAt}`,
    createdAt: sql`${e.createdAt}`,
    foundedYear: sql`coalesce(${e.foundedYear}, 0)`,
    workforce: sql`coalesce(${e.workforce}, -1)`,
    registrationCode: sql`coalesce(${e.registrationCode}, '')`,
  };
  return { key: s.key, desc: s.desc, expr: expr[s.key] };
}

export const listColumns = {
  id: e.id,
  name: e.name,
  kind: e.kind,
  registrationCode: e.registrationCode,
  representative: e.representative,
  phone: e.phone,
  unitId: e.unitId,
  unitEra: e.unitEra,
  unitCode: e.unitCode,
  unitLabel: e.unitLabel,
  provinceCode: e.provinceCode,
  craftVillage: e.craftVillage,
  industries: e.industries,
  workforce: e.workforce,
  status: e.status,
  elig2012: e.elig2012,
  elig2025: e.elig2025,
  updatedAt: e.updatedAt,
};
export type ListRow = { [K in keyof typeof listColumns]: EstablishmentRow[K] };

/** Totals are counted exactly up to this many; beyond, the list says "more than" (the agency's whole register is 500,000 rows). */
export const COUNT_CAP = 1_000;

/**
 * One page and its total in one statement. A search sorted by name reads all its matches to sort them; when
 * its other conditions are in the search projection (`projectable`), it reads them there (narrow rows that
 * stay in memory) with a capped count of them, and joins the register for the page's rows only.
 * Otherwise the page comes from the register: a search within one province reads all its matches anyway
 * and counts with a window over the narrow inner query of ids; other lists carry a capped count as a
 * subquery run once (a window count would read every matching row on every page: 1 request/s measured on the
 * agency's 500,000 rows). A page past the end has no row to carry the total and counts on its own.
 */
export async function listEstablishments(
  db: Db,
  scope: Scope,
  q: EstablishmentFilters & { page: number; pageSize: number },
) {
  const sort = sortOf(q.sort);
  const shape = new StatementShape().mark(scope.kind).mark(`${sort.key}:${sort.desc ? 'desc' : 'asc'}`);
  const dir = (x: SQLWrapper) => (sort.desc ? desc(x) : asc(x));
  const projected = projectable(scope, q, sort.key);
  const where = projected ? projectedWhere(scope, q, shape.bind) : filterSql(scope, q, shape.bind);
  const searched = hasTrigramWord(q.q);
  // A search of the register in one province reads all its matches to sort them: its total is a window over
  // those matches, not a second scan. On the projection, the capped count stops after 1,001 matches (1.7 ms
  // for "co khi" nationally), cheaper than a window over all 19,000 (7–10 ms).
  const together = !projected && searched && (scope.kind === 'province' || Boolean(q.provinceCode));
  // Any other page from the register whose conditions the projection holds counts there when a filter would
  // read the register's wide rows (narrow rows, in memory: "kind" nationally 4.0 → 1.5 ms, an industry
  // 6.3 → 2.0 ms, a status 7.7 → 5.3 ms).
  const countFrom =
    !projected && !together && countsOnProjection(scope, q)
      ? { table: s, where: projectedWhere(scope, q, shape.bind, 'counted') }
      : undefined;
  const count = projected ? { table: s, where } : (countFrom ?? { table: e, where });
  shape.mark(projected ? 'projected' : together ? 'together' : countFrom ? 'counted-projected' : 'capped');
  const order = [dir(sort.expr), dir(e.id)];
  const page = cachedStatement(db, `establishments.list|${shape.key}`, () =>
    pageWithTotal(
      db,
      e,
      e.id,
      listColumns,
      where,
      order,
      together ? { window: true } : { window: false, cap: COUNT_CAP, countFrom },
      projected ? { table: s, id: s.id, order: [dir(s.nameKey), dir(s.id)] } : undefined,
    ),
  );
  const found = await page.execute({ ...shape.values, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  // An empty first page means no match; an empty later page is past the end and counts on its own.
  const counted = async () =>
    (
      await cachedStatement(db, `establishments.count|${shape.key}`, () =>
        cappedCount(db, count.table, count.where, COUNT_CAP),
      ).execute(shape.values)
    )[0]?.n ?? 0;
  const n = found[0]?.total ?? (q.page > 1 ? await counted() : 0);
  const rows = found.map(({ total: _t, ...row }) => row) as ListRow[];
  return { rows, total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

export async function countEstablishments(db: Db, scope: Scope, f: EstablishmentFilters): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(e).where(filterSql(scope, f));
  return r?.n ?? 0;
}

export async function findEstablishment(
  db: Db,
  scope: Scope,
  id: string,
): Promise<EstablishmentRow | undefined> {
  const [row] = await db
    .select()
    .from(e)
    .where(and(eq(e.id, id), isNull(e.deletedAt), scopeSql(scope)));
  return row;
}

/** Unscoped: whether a live record holds the code (uniqueness is national). */
export async function findByRegistrationCode(
  db: Db,
  code: string,
): Promise<Pick<EstablishmentRow, 'id' | 'provinceCode'> | undefined> {
  const [row] = await db
    .select({ id: e.id, provinceCode: e.provinceCode })
    .from(e)
    .where(and(eq(e.registrationCode, code), isNull(e.deletedAt)));
  return row;
}

export async function insertEstablishment(db: Db, values: EstablishmentInsert): Promise<EstablishmentRow> {
  const [row] = await db.insert(e).values(values).returning();
  return row!;
}

/** Optimistic update: undefined when the version no longer matches (or the record is gone). */
export async function updateEstablishment(
  db: Db,
  id: string,
  version: number,
  patch: Partial<EstablishmentInsert>,
) {
  const [row] = await db
    .update(e)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(e.id, id), eq(e.version, version), isNull(e.deletedAt)))
    .returning();
  return row;
}

export async function softDelete(db: Db, id: string, version: number, by: string | null) {
  const [row] = await db
    .update(e)
    .set({ deletedAt: new Date(), deletedBy: by, version: version + 1, updatedAt: new Date() })
    .where(and(eq(e.id, id), eq(e.version, version), isNull(e.deletedAt)))
    .returning();
  return row;
}

/** Live records holding any of the codes, wherever they are (imports check clashes across provinces). */
/** What an import compares a row with: the editable fields and the keys, not the derived columns. */
const matchColumns = (() => {
  const {
    locationFacts: _f,
    createdAt: _c,
    updatedAt: _u,
    createdBy: _cb,
    updatedBy: _ub,
    deletedBy: _db,
    importId: _i,
    ...rest
  } = getTableColumns(e);
  return rest;
})();
export type MatchRow = { [K in keyof typeof matchColumns]: EstablishmentRow[K] };

// Batches are sent as one JSON parameter: a list of thousands of bound values costs more to build in
// the query builder than the lookup costs in the database (profiled on a 30,000-row import).

export async function matchByCodes(db: Db, codes: string[]): Promise<MatchRow[]> {
  if (codes.length === 0) return [];
  const statement = cachedStatement(db, 'establishments.matchByCodes', () =>
    db
      .select(matchColumns)
      .from(e)
      .where(
        and(
          sql`${e.registrationCode} in (select jsonb_array_elements_text(${sql.placeholder('codes')}::jsonb))`,
          isNull(e.deletedAt),
        ),
      )
      .prepare(''),
  );
  return statement.execute({ codes: JSON.stringify(codes) });
}

/** Live records of a province with the given (name key, unit) pairs. */
export async function matchByNameAndUnit(
  db: Db,
  provinceCode: string,
  pairs: { nameKey: string; unitId: number }[],
): Promise<MatchRow[]> {
  if (pairs.length === 0) return [];
  const statement = cachedStatement(db, 'establishments.matchByNameAndUnit', () =>
    db
      .select(matchColumns)
      .from(e)
      .where(
        and(
          eq(e.provinceCode, sql.placeholder('province')),
          sql`(${e.nameKey}, ${e.unitId}) in (select x->>0, (x->>1)::int from jsonb_array_elements(${sql.placeholder('pairs')}::jsonb) x)`,
          isNull(e.deletedAt),
        ),
      )
      .prepare(''),
  );
  return statement.execute({
    province: provinceCode,
    pairs: JSON.stringify(pairs.map((p) => [p.nameKey, p.unitId])),
  });
}

const sortCasts: Record<string, string> = {
  name: 'text',
  updatedAt: 'timestamptz',
  createdAt: 'timestamptz',
  foundedYear: 'int',
  workforce: 'int',
  registrationCode: 'text',
};

/** What a sheet row shows (the list's columns and the rest of the form): every extra column costs at 500,000 rows. */
/**
 * What a sheet row shows, read as plain rows: the list's columns but the unit's internal ids, and the
 * form's other fields; industries are joined and the last change dated in SQL (`exportSelect`).
 */
const { unitId: _u, unitEra: _e, unitCode: _c, industries: _i, updatedAt: _t, ...listShown } = listColumns;
const exportColumns = {
  ...listShown,
  email: e.email,
  address: e.address,
  products: e.products,
  revenueBand: e.revenueBand,
  womanOwned: e.womanOwned,
  ethnicMinorityOwned: e.ethnicMinorityOwned,
  foundedYear: e.foundedYear,
  cleanerProduction: e.cleanerProduction,
};
type ExportRow = { [K in keyof typeof exportColumns]: (typeof exportColumns)[K]['_']['data'] } & {
  /** "Nghề A; Nghề B" */
  industries: string;
  /** dd/mm/yyyy in Vietnam time (UTC+7, no daylight saving) */
  updatedOn: string;
  sortValue: string;
};
const exportSelect = sql.join(
  [
    ...Object.entries(exportColumns).map(([k, c]) => sql`${c} as ${sql.identifier(k)}`),
    sql`array_to_string(${e.industries}, '; ') as "industries"`,
    sql`to_char((${e.updatedAt} at time zone 'UTC') + interval '7 hours', 'DD/MM/YYYY') as "updatedOn"`,
  ],
  sql`, `,
);

/**
 * One page of an export in keyset order (sort key, id): constant cost per page however deep the export
 * goes. `after` is the previous page's last (sort value as text, id).
 */
export async function exportPage(
  db: Db,
  scope: Scope,
  f: EstablishmentFilters,
  after: { value: string; id: string } | null,
  limit: number,
) {
  const sort = sortOf(f.sort);
  const cast = sql.raw(sortCasts[sort.key] ?? 'text');
  const keyset = after
    ? sort.desc
      ? sql`(${sort.expr}, ${e.id}) < (cast(${after.value} as ${cast}), ${after.id}::uuid)`
      : sql`(${sort.expr}, ${e.id}) > (cast(${after.value} as ${cast}), ${after.id}::uuid)`
    : undefined;
  // Read as plain rows (no ORM mapping): the export's largest cost after the sheet itself.
  const where = and(filterSql(scope, f), keyset);
  const dir = sort.desc ? sql`desc` : sql`asc`;
  return queryRows<ExportRow>(
    db,
    sql`select ${exportSelect}, (${sort.expr})::text as "sortValue" from ${e}
        ${where ? sql`where ${where}` : sql``}
        order by ${sort.expr} ${dir}, ${e.id} ${dir} limit ${limit}`,
  );
}
