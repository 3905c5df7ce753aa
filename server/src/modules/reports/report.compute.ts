import type { SQL } from 'drizzle-orm';
import type { ReportFigures } from '../../../../shared/schemas/reports.ts';
import { type Db, queryRows, sql } from '../../db/client.ts';

/**
 * The statutory figures, computed in the database in one statement: the schemes of the plan year in scope
 * that are in an approved plan, each joined to its plan line, contract, money, acceptance and settlement
 * as of the cut-off date, then summed over GROUPING SETS (province, content, industry, funding source,
 * former province, total). Nothing is loaded row by row into JavaScript; at national scale this is one
 * scan of a year's schemes. Reads only the reporting views (migration 0022).
 */
export type FigureQuery = {
  year: number;
  /** null = the nation. */
  provinceCode: string | null;
  from: string;
  /** The cut-off: facts dated after it do not count. */
  to: string;
  byOldProvinces: boolean;
};

export type GroupedFigures = {
  dim: 'total' | 'province' | 'content' | 'industry' | 'source' | 'oldProvince';
  key: string;
  figures: ReportFigures;
};

const VN = sql.raw(`'Asia/Ho_Chi_Minh'`);

/** The statement itself, also run raw through the driver by the benchmark as its baseline. */
export function figuresSql(q: FigureQuery): SQL {
  const province = q.provinceCode ? sql`and s.province_code = ${q.provinceCode}` : sql``;
  const oldJoin = q.byOldProvinces
    ? sql`left join rpt_units u on u.unit_id = s.location_unit_id and u.era = 'pre2025'`
    : sql``;
  const oldCol = q.byOldProvinces ? sql`u.province_code` : sql`null::text`;
  const oldSet = q.byOldProvinces ? sql`, (old_province)` : sql``;
  const oldGrouping = q.byOldProvinces ? sql`grouping(old_province)` : sql`1`;
  const oldOut = q.byOldProvinces ? sql`old_province` : sql`null::text`;
  return sql`
with s as (
  select s.scheme_id, s.level, s.province_code, coalesce(s.content_code, '') as content_code,
    coalesce(s.industry_code, '') as industry_code, s.counterpart, s.state,
    (s.state_changed_at at time zone ${VN})::date as state_date, ${oldCol} as old_province
  from rpt_schemes s ${oldJoin}
  where s.plan_year = ${q.year} ${province}
),
pl as (
  select l.scheme_id, l.approved_amount,
    case when (l.assigned_at at time zone ${VN})::date <= ${q.to}::date then l.assigned_amount end as assigned
  from rpt_plan_lines l
  where l.plan_year = ${q.year} and (l.approved_at at time zone ${VN})::date <= ${q.to}::date
),
c as (
  select c.scheme_id, c.value from rpt_contracts c
  where c.plan_year = ${q.year} and c.signed_date <= ${q.to}::date
),
m as (
  select m.scheme_id,
    sum(m.net) filter (where m.source <> 'counterpart') as disbursed,
    sum(m.net) filter (where m.source <> 'counterpart' and m.date >= ${q.from}::date) as in_period
  from rpt_money m
  where m.plan_year = ${q.year} and m.date <= ${q.to}::date ${q.provinceCode ? sql`and m.province_code = ${q.provinceCode}` : sql``}
  group by m.scheme_id
),
a as (select a.scheme_id, a.accepted_amount from rpt_acceptances a where a.date <= ${q.to}::date),
st as (select t.scheme_id, t.settled from rpt_settlements t where t.date <= ${q.to}::date),
f as (
  select s.*, pl.approved_amount, pl.assigned, c.value as contracted, m.disbursed, m.in_period,
    a.accepted_amount, st.settled, (s.state = 'stopped' and s.state_date <= ${q.to}::date) as stopped
  from s
  join pl on pl.scheme_id = s.scheme_id
  left join c on c.scheme_id = s.scheme_id
  left join m on m.scheme_id = s.scheme_id
  left join a on a.scheme_id = s.scheme_id
  left join st on st.scheme_id = s.scheme_id
)
select
  grouping(province_code) as g_province, grouping(content_code) as g_content,
  grouping(industry_code) as g_industry, grouping(level) as g_level, ${oldGrouping} as g_old,
  province_code, content_code, industry_code, level, ${oldOut} as old_province,
  count(*)::int as schemes,
  coalesce(sum(approved_amount), 0)::text as planned,
  coalesce(sum(assigned), 0)::text as assigned,
  coalesce(sum(contracted), 0)::text as contracted,
  count(contracted)::int as contracted_schemes,
  coalesce(sum(disbursed), 0)::text as disbursed,
  coalesce(sum(in_period), 0)::text as disbursed_in_period,
  coalesce(sum(accepted_amount), 0)::text as accepted,
  count(accepted_amount)::int as accepted_schemes,
  coalesce(sum(settled), 0)::text as settled,
  count(settled)::int as settled_schemes,
  coalesce(sum(counterpart), 0)::text as counterpart,
  (count(*) filter (where stopped))::int as stopped_schemes,
  coalesce(sum(approved_amount) filter (where stopped), 0)::text as stopped_value
from f
group by grouping sets ((province_code), (content_code), (industry_code), (level) ${oldSet}, ())
`;
}

type Row = {
  g_province: number;
  g_content: number;
  g_industry: number;
  g_level: number;
  g_old: number;
  province_code: string | null;
  content_code: string | null;
  industry_code: string | null;
  level: string | null;
  old_province: string | null;
  schemes: number;
  planned: string;
  assigned: string;
  contracted: string;
  contracted_schemes: number;
  disbursed: string;
  disbursed_in_period: string;
  accepted: string;
  accepted_schemes: number;
  settled: string;
  settled_schemes: number;
  counterpart: string;
  stopped_schemes: number;
  stopped_value: string;
};

const figuresOf = (r: Row): ReportFigures => ({
  schemes: Number(r.schemes),
  planned: r.planned,
  assigned: r.assigned,
  contracted: r.contracted,
  contractedSchemes: Number(r.contracted_schemes),
  disbursed: r.disbursed,
  disbursedInPeriod: r.disbursed_in_period,
  accepted: r.accepted,
  acceptedSchemes: Number(r.accepted_schemes),
  settled: r.settled,
  settledSchemes: Number(r.settled_schemes),
  counterpart: r.counterpart,
  stoppedSchemes: Number(r.stopped_schemes),
  stoppedValue: r.stopped_value,
});

/** Which grouping set a row belongs to: exactly one grouping column is 0 (none for the total). */
function dimOf(r: Row): { dim: GroupedFigures['dim']; key: string } {
  if (Number(r.g_province) === 0) return { dim: 'province', key: r.province_code ?? '' };
  if (Number(r.g_content) === 0) return { dim: 'content', key: r.content_code ?? '' };
  if (Number(r.g_industry) === 0) return { dim: 'industry', key: r.industry_code ?? '' };
  if (Number(r.g_level) === 0) return { dim: 'source', key: r.level ?? '' };
  if (Number(r.g_old) === 0) return { dim: 'oldProvince', key: r.old_province ?? '' };
  return { dim: 'total', key: '' };
}

export async function computeFigures(db: Db, q: FigureQuery): Promise<GroupedFigures[]> {
  const rows = await queryRows<Row>(db, figuresSql(q));
  return rows.map((r) => ({ ...dimOf(r), figures: figuresOf(r) }));
}

export const emptyFigures = (): ReportFigures => ({
  schemes: 0,
  planned: '0',
  assigned: '0',
  contracted: '0',
  contractedSchemes: 0,
  disbursed: '0',
  disbursedInPeriod: '0',
  accepted: '0',
  acceptedSchemes: 0,
  settled: '0',
  settledSchemes: 0,
  counterpart: '0',
  stoppedSchemes: 0,
  stoppedValue: '0',
});
