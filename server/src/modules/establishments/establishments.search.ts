import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { EstablishmentFilters } from '../../../../shared/schemas/establishments.ts';
import { type Bind, inline } from '../../db/statements.ts';
import type { Scope } from '../../platform/actor.ts';
import { foldedAllWords, hasTrigramWord } from '../../platform/search.ts';
import { ruleInForce, todayInVietnam } from './eligibility.ts';
import { establishments as e, establishmentSearch as s } from './establishments.tables.ts';

/**
 * Name searches read the search projection (`establishment_search`, migration 0034): one narrow row per live
 * record with its province, kind, status, today's verdict, industries, owner criteria and search key, kept
 * in step by triggers. A search
 * whose other conditions the projection holds runs on it alone (`projectedWhere`); any other search takes the
 * ids of its matches from it (`searchedIds`) and the register filters the rest.
 */

/** Whether the rule in force on the eligibility filter's date is the one whose verdict the projection holds. */
function verdictInProjection(f: EstablishmentFilters): boolean {
  const rule = ruleInForce(f.eligibleOn ?? todayInVietnam());
  return rule !== null && rule.code !== 'ND45_2012';
}

/** Whether a list request can run on the projection alone: a search sorted by name, narrowed only by what it holds. */
export function projectable(scope: Scope, f: EstablishmentFilters, sortKey: string): boolean {
  return (
    hasTrigramWord(f.q) &&
    sortKey === 'name' &&
    (scope.kind === 'all' || scope.kind === 'province') &&
    !f.unitId &&
    !f.craftVillage &&
    (!f.eligibility || verdictInProjection(f))
  );
}

/**
 * The conditions of a `projectable` request on the projection. Placeholder names differ from the register's
 * (`filterSql`), since a statement may bind both.
 */
export function projectedWhere(scope: Scope, f: EstablishmentFilters, bind: Bind = inline): SQL | undefined {
  return and(
    scope.kind === 'province' ? eq(s.provinceCode, bind('searchScope', scope.provinceCode)) : undefined,
    f.provinceCode ? eq(s.provinceCode, bind('searchProvince', f.provinceCode)) : undefined,
    f.kind ? eq(s.kind, bind('searchKind', f.kind)) : undefined,
    f.status ? eq(s.status, bind('searchStatus', f.status)) : undefined,
    f.eligibility ? eq(s.elig2025, bind('searchVerdict', f.eligibility)) : undefined,
    f.industry ? sql`${s.industries} @> array[${bind('searchIndustry', f.industry)}]::text[]` : undefined,
    f.womanOwned ? eq(s.womanOwned, bind('searchWomanOwned', f.womanOwned === 'true')) : undefined,
    f.ethnicMinorityOwned
      ? eq(s.ethnicMinorityOwned, bind('searchEthnicMinorityOwned', f.ethnicMinorityOwned === 'true'))
      : undefined,
    foldedAllWords(s.searchKey, f.q ?? '', bind),
  );
}

/**
 * A search as a condition on the register: its matches' ids from the projection, within the provinces the
 * list is limited to (so the projection's index intersects them with the words). A search with no word of
 * three letters has no trigram to look up and filters the register's own search key.
 */
export function searchedIds(scope: Scope, f: EstablishmentFilters, bind: Bind = inline): SQL | undefined {
  if (!f.q) return undefined;
  if (!hasTrigramWord(f.q)) return foldedAllWords(e.searchKey, f.q, bind);
  const inProjection = and(
    scope.kind === 'province' ? eq(s.provinceCode, bind('searchScope', scope.provinceCode)) : undefined,
    f.provinceCode ? eq(s.provinceCode, bind('searchProvince', f.provinceCode)) : undefined,
    foldedAllWords(s.searchKey, f.q, bind),
  );
  return sql`${e.id} in (select ${s.id} from ${s} where ${inProjection})`;
}
