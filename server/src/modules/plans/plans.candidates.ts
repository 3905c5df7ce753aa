import { sql } from 'drizzle-orm';
import type { SchemeState } from '../../../../shared/schemas/schemes.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { getSchemeForModule, listSchemeIdsByState } from '../schemes/index.ts';
import type { Candidate, ModelRules } from './allocation.model.ts';
import type { PlanRow } from './plans.repo.ts';
import { schemesInLines } from './plans.repo.ts';

export type SchemeInfo = Candidate & {
  implementerOrgId: string;
  kind: string;
  state: string;
  version: number;
};

/** The state a scheme has when it is ready for the plan: appraised by the agency (national) or the department (local). */
export const readyState = (level: string): SchemeState =>
  level === 'national' ? 'agency_appraised' : 'province_appraised';

/** Latest council average and conclusion per scheme (the latest revision of each member's sheet counts). */
export async function appraisalOf(
  db: Db,
  ids: string[],
): Promise<Map<string, { average: number | null; conclusion: string | null }>> {
  const out = new Map<string, { average: number | null; conclusion: string | null }>();
  if (!ids.length) return out;
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<{ scheme_id: string; average: number | null; conclusion: string | null }>(
    db,
    sql`with latest as (
          select distinct on (s.council_id, s.scheme_id, s.user_id) s.council_id, s.scheme_id, s.total
          from council_scores s where s.scheme_id in (${list})
          order by s.council_id, s.scheme_id, s.user_id, s.revision desc
        ), per_council as (
          select cs.scheme_id, cs.conclusion, c.created_at, c.level,
                 (select avg(l.total) from latest l where l.council_id = cs.council_id and l.scheme_id = cs.scheme_id) as average
          from council_schemes cs join councils c on c.id = cs.council_id
          where cs.scheme_id in (${list})
        )
        select distinct on (scheme_id) scheme_id, average::float8 as average, conclusion
        from per_council order by scheme_id, (level = 'agency') desc, created_at desc`,
  );
  for (const r of rows)
    out.set(r.scheme_id, {
      average: r.average === null ? null : Number(r.average),
      conclusion: r.conclusion,
    });
  return out;
}

/**
 * The plan's candidates: schemes of its year, level (and province) in the ready state, not in another plan,
 * not failed by their latest council; each with its priority flags, council score and the plan's pin.
 */
export async function loadCandidates(db: Db, plan: PlanRow, extraIds: string[] = []): Promise<SchemeInfo[]> {
  const ids = await listSchemeIdsByState(db, {
    state: readyState(plan.level),
    planYear: plan.planYear,
    level: plan.level,
    provinceCode: plan.provinceKey || undefined,
  });
  const taken = await schemesInLines(db, ids);
  const free = [...new Set([...ids.filter((id) => !taken.has(id)), ...extraIds])];
  const appraisal = await appraisalOf(db, free);
  const priorityIndustries = new Set(plan.rules.priorityIndustryCodes);
  const out: SchemeInfo[] = [];
  for (const id of free) {
    const s = await getSchemeForModule(db, { kind: 'all' }, id);
    if (!s) continue;
    const a = appraisal.get(id);
    if (a?.conclusion === 'fail') continue;
    out.push({
      id,
      code: s.code,
      title: s.title,
      amount: s.support.stateAllowed,
      provinceCode: s.provinceCode,
      contentCode: s.contentCodes[0] ?? '—',
      point: s.kind === 'point',
      area: s.priorityArea,
      industry: s.industryCodes.some((c) => priorityIndustries.has(c)),
      valueChain: Boolean(s.valueChain?.trim()),
      score: a?.average ?? null,
      pin: plan.pins[id] ?? 'none',
      implementerOrgId: s.implementerOrgId,
      kind: s.kind,
      state: s.state,
      version: s.version,
    });
  }
  return out.sort((x, y) => x.code.localeCompare(y.code));
}

/** The model's rules from the plan: envelope (from the ledger), sub-envelopes, anti-dispersion, weights. */
export function modelRules(plan: PlanRow, envelope: bigint): ModelRules {
  const provinceCaps: Record<string, bigint> = {};
  const contentCaps: Record<string, bigint> = {};
  let reserve = 0n;
  for (const s of plan.subEnvelopes) {
    if (s.kind === 'province') provinceCaps[s.key] = BigInt(s.amount);
    else if (s.kind === 'content') contentCaps[s.key] = BigInt(s.amount);
    else reserve += BigInt(s.amount);
  }
  return {
    envelope,
    reserve,
    provinceCaps,
    contentCaps,
    minSchemeAmount: BigInt(plan.rules.minSchemeAmount),
    maxProvinceShare: plan.rules.maxProvinceShare,
    maxContentShare: plan.rules.maxContentShare,
    weights: plan.rules.weights,
  };
}
