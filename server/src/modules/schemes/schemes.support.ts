import type { ComputeResult, SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type { SupportItemsDto, SupportItemsQuery } from '../../../../shared/schemas/scheme-extras.ts';
import type { CostLineInput } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import { queryRows, sql } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import {
  citationText,
  computeSupport,
  loadRuleSets,
  pickRuleSet,
  type RuleSetRecord,
} from '../rules/index.ts';

/** Violations that stop a submission. Every violation the engine reports today is one. */
export const BLOCKING_VIOLATIONS = new Set([
  'CAP_EXCEEDED',
  'RULE_UNKNOWN',
  'ITEM_NOT_IN_RULESET',
  'LEVEL_NOT_FUNDED',
  'FUNDING_SOURCE_MISMATCH',
  'TOTAL_MISMATCH',
]);

export type SupportInput = {
  planYear: number;
  level: SchemeLevel;
  provinceCode: string;
  startDate?: string | null;
  priorityArea: boolean;
  costLines: Pick<
    CostLineInput,
    'itemCode' | 'description' | 'quantity' | 'unitPrice' | 'total' | 'fundingSource'
  >[];
};

/**
 * The date whose rule set applies: the scheme's start, else 1 January of its plan year — support is paid
 * under the rules in force when the work is done, so a 2020-plan scheme uses TT 28/2018.
 */
export function ruleDate(s: { planYear: number; startDate?: string | null }): string {
  return s.startDate ?? `${s.planYear}-01-01`;
}

type Cached = { key: string; sets: RuleSetRecord[] };
const cache = new WeakMap<Db, Cached>();

/**
 * The rule sets, parsed once per database handle and reused while the table is unchanged: a one-row
 * fingerprint (count and latest change) replaces reading every rule set's JSON on each computation.
 */
export async function ruleSets(db: Db): Promise<RuleSetRecord[]> {
  const [f] = await queryRows<{ n: number; at: string | null }>(
    db,
    sql`select count(*)::int as n, max(updated_at)::text as at from rule_sets`,
  );
  const key = `${f?.n}:${f?.at}`;
  const hit = cache.get(db);
  if (hit?.key === key) return hit.sets;
  const sets = await loadRuleSets(db);
  cache.set(db, { key, sets });
  return sets;
}

/** The rules' computation for a scheme's estimate (lines numbered 1…n as on the form). */
export async function computeForScheme(db: Db, s: SupportInput): Promise<ComputeResult | null> {
  if (s.costLines.length === 0) return null;
  const date = ruleDate(s);
  const picked = pickRuleSet(await ruleSets(db), { date, level: s.level, provinceCode: s.provinceCode });
  if (!picked) throw new AppError('RULESET_NONE_IN_FORCE', { date });
  return computeSupport(
    picked.set,
    {
      date,
      level: s.level,
      provinceCode: s.provinceCode,
      priorityArea: s.priorityArea,
      lines: s.costLines.map((l, i) => ({
        ref: String(i + 1),
        itemCode: l.itemCode,
        description: l.description,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        total: l.total,
        fundingSource: l.fundingSource,
      })),
    },
    picked.fallbackVi,
  );
}

/** The columns a list shows, from a computation (zeros when there is no estimate yet). */
export function summaryOf(r: ComputeResult | null) {
  if (!r)
    return {
      ruleSetCode: null,
      costTotal: 0n,
      stateRequested: 0n,
      stateAllowed: 0n,
      counterpart: 0n,
      violationCount: 0,
      blocking: false,
    };
  return {
    ruleSetCode: r.ruleSet.code,
    costTotal: BigInt(r.totals.cost),
    stateRequested: BigInt(r.totals.requestedState),
    stateAllowed: BigInt(r.totals.allowedState),
    counterpart: BigInt(r.totals.counterpartRequired),
    violationCount: r.violations.length,
    blocking: r.violations.some((v) => BLOCKING_VIOLATIONS.has(v.code)),
  };
}

/** total = quantity × unit price, rounded to the đồng (quantity to three decimals), as the engine checks. */
export function expectedTotal(quantity: number, unitPrice: string): bigint {
  return (BigInt(Math.round(quantity * 1000)) * BigInt(unitPrice) + 500n) / 1000n;
}

/** The items of the rule set in force for a scheme (for the form's item picker), with their caps and citations. */
export async function supportItemsFor(db: Db, q: SupportItemsQuery): Promise<SupportItemsDto> {
  const date = ruleDate(q);
  const picked = pickRuleSet(await ruleSets(db), { date, level: q.level, provinceCode: q.provinceCode });
  if (!picked) throw new AppError('RULESET_NONE_IN_FORCE', { date });
  const { set, fallbackVi } = picked;
  return {
    ruleSetCode: set.code,
    ruleSetName: set.nameVi,
    legalBasis: set.legalBasis,
    fallbackVi: fallbackVi ?? null,
    items: set.body.supportItems.map((i) => ({
      code: i.code,
      nameVi: i.nameVi,
      nameEn: i.nameEn ?? null,
      contentCodes: i.activityContentCodes,
      funded: i.levels.includes(q.level),
      unknown: i.unknown,
      percent: i.percent,
      capVnd: i.capVnd,
      citation: citationText(i.citation),
    })),
  };
}
