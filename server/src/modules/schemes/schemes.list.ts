import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SchemeListQuery } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import { pageWithTotal } from '../../db/list-page.ts';
import { type Bind, cachedStatement, cappedCount, inline, StatementShape } from '../../db/statements.ts';
import type { Scope } from '../../platform/actor.ts';
import { foldedAllWords, hasTrigramWord, unaccentLike } from '../../platform/search.ts';
import { schemeScope } from './schemes.repo.ts';
import { schemeBeneficiaries, schemeContents, schemes } from './schemes.tables.ts';

/** The columns a list shows (no large JSON). */
export const listColumns = {
  id: schemes.id,
  code: schemes.code,
  planYear: schemes.planYear,
  level: schemes.level,
  kind: schemes.kind,
  title: schemes.title,
  state: schemes.state,
  provinceCode: schemes.provinceCode,
  ownerOrgId: schemes.ownerOrgId,
  implementerOrgId: schemes.implementerOrgId,
  implementerName: schemes.implementerName,
  valueChain: schemes.valueChain,
  ruleSetCode: schemes.ruleSetCode,
  costTotal: schemes.costTotal,
  stateRequested: schemes.stateRequested,
  stateAllowed: schemes.stateAllowed,
  counterpart: schemes.counterpart,
  violationCount: schemes.violationCount,
  blocking: schemes.blocking,
  stateChangedAt: schemes.stateChangedAt,
  updatedAt: schemes.updatedAt,
  version: schemes.version,
  contentCodes: sql<
    string[] | null
  >`(select array_agg(c.content_code order by c.sort_order) from ${schemeContents} c where c.scheme_id = ${schemes.id})`,
};

const sortColumns = {
  updatedAt: schemes.updatedAt,
  code: schemes.code,
  planYear: schemes.planYear,
  title: schemes.title,
  stateAllowed: schemes.stateAllowed,
  costTotal: schemes.costTotal,
} as const;

/** The list's conditions; `bind` puts each value in (see db/statements.ts), the text depends only on which. */
export function listWhere(scope: Scope, q: SchemeListQuery, bind: Bind = inline): SQL | undefined {
  return and(
    schemeScope(scope, bind),
    q.planYear ? eq(schemes.planYear, bind('planYear', q.planYear)) : undefined,
    q.level ? eq(schemes.level, bind('level', q.level)) : undefined,
    q.kind ? eq(schemes.kind, bind('kind', q.kind)) : undefined,
    q.provinceCode ? eq(schemes.provinceCode, bind('provinceCode', q.provinceCode)) : undefined,
    q.state?.length
      ? inArray(
          schemes.state,
          q.state.map((s, i) => bind(`state${i}`, s)),
        )
      : undefined,
    q.implementerOrgId
      ? eq(schemes.implementerOrgId, bind('implementerOrgId', q.implementerOrgId))
      : undefined,
    q.valueChain ? unaccentLike(schemes.valueChain, q.valueChain, bind, 'valueChain') : undefined,
    q.beneficiaryId
      ? sql`exists (select 1 from ${schemeBeneficiaries} b where b.scheme_id = ${schemes.id} and b.establishment_id = ${bind('beneficiaryId', q.beneficiaryId)})`
      : undefined,
    q.contentCode
      ? sql`exists (select 1 from ${schemeContents} c where c.scheme_id = ${schemes.id} and c.content_code = ${bind('contentCode', q.contentCode)})`
      : undefined,
    q.q ? foldedAllWords(schemes.searchText, q.q, bind) : undefined,
  );
}

export type ListRow = Awaited<ReturnType<typeof listSchemes>>['rows'][number];

/** Totals are counted exactly up to this many; beyond, the list says "more than". */
export const COUNT_CAP = 1_000;

/**
 * One page and the total, in one statement. In general the page (often an index walk that stops after one
 * page) carries a count that stops after COUNT_CAP + 1 rows (a national list need not count 100,000 rows on
 * every page) as a subquery run once. A search within one province reads all its matches anyway to sort
 * them, and a separate count would read them again; there the count is a window over a narrow inner query
 * (the ids only, ordered and paged), one pass instead of two. A page past the end has no row to carry the
 * total and counts separately.
 */
export async function listSchemes(db: Db, scope: Scope, q: SchemeListQuery) {
  const shape = new StatementShape().mark(scope.kind);
  const where = listWhere(scope, q, shape.bind);
  const key = (q.sort?.replace(/^-/, '') ?? 'updatedAt') as keyof typeof sortColumns;
  const col = sortColumns[key] ?? schemes.updatedAt;
  const descending = q.sort ? q.sort.startsWith('-') && key in sortColumns : true;
  const oneProvince = scope.kind === 'province' || Boolean(q.provinceCode);
  const together = oneProvince && hasTrigramWord(q.q);
  shape.mark(`${col.name}:${descending ? 'desc' : 'asc'}${together ? ':together' : ''}`);
  const dir = (c: typeof col | typeof schemes.id) => (descending ? desc(c) : asc(c));
  // Codes are unique; other sorts end on id, in the same direction, so one index serves the page.
  const order = key === 'code' ? [dir(col)] : [dir(col), dir(schemes.id)];
  const paging = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  // A search counts in the order of the index that carries the search text (migration 0033), whatever the
  // page's sort: the first 1,001 matches are found index-only instead of by reading each match's row.
  const countOrder = q.q ? [desc(schemes.updatedAt), desc(schemes.id)] : [];
  const counter = cachedStatement(db, `schemes.count|${shape.key}`, () =>
    cappedCount(db, schemes, where, COUNT_CAP, countOrder),
  );
  const totalOf = (n: number) => ({ total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP });
  // Every row carries the total; an empty first page means none, an empty later page is past the end.
  const totalFrom = async (found: { total: number }[]) =>
    found[0]?.total ?? (q.page > 1 ? ((await counter.execute(shape.values))[0]?.n ?? 0) : 0);
  const page = cachedStatement(db, `schemes.list|${shape.key}`, () =>
    pageWithTotal(
      db,
      schemes,
      schemes.id,
      listColumns,
      where,
      order,
      together ? { window: true } : { window: false, cap: COUNT_CAP, countOrder },
    ),
  );
  const found = await page.execute({ ...shape.values, ...paging });
  return { rows: found.map(({ total: _t, ...row }) => row), ...totalOf(await totalFrom(found)) };
}
