import type { ChangesIndicator, IndicatorQuery } from '../../../../shared/schemas/indicators.ts';
import { type Db, queryRows, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { drill, drillBase, type Filter, filterFor, percent, whereOf } from './indicators.scope.ts';

/** States of a scheme that made it into an approved plan (the drill-down of "planned" figures). */
export const PLANNED_STATES = 'approved,assigned,contracted,implementing,accepted,settled,stopped';
/** How many reasons each year lists, per kind (stop, adjustment). */
const TOP_REASONS = 5;

/**
 * Approved change requests of the years in scope, one row per scheme and kind of change: `stop` when the
 * request stops the scheme, `adjust` for any other approved request (adjustment, addition, extension…).
 * The scheme's year is its plan year (`rpt_schemes.plan_year`), its value its approved plan amount
 * (`rpt_plan_lines.approved_amount`, else the state support on record `rpt_schemes.state_allowed`).
 */
function changedSchemes(q: IndicatorQuery, f: Filter) {
  return sql`select c.scheme_id, s.plan_year::int as year,
      case when 'stop' = any(c.kinds) then 'stop' else 'adjust' end as type,
      btrim(c.reason) as reason, c.released,
      case when 'funding_increase' = any(c.kinds) then coalesce(c.amount, 0)
        when 'funding_decrease' = any(c.kinds) then -coalesce(c.amount, 0) else 0 end as delta,
      coalesce(l.approved_amount, s.state_allowed) as value
    from rpt_changes c
    join rpt_schemes s on s.scheme_id = c.scheme_id
    left join rpt_plan_lines l on l.scheme_id = c.scheme_id
    where c.state = 'approved' and s.plan_year between ${q.fromYear} and ${q.toYear}
      and ${whereOf(f, sql`c.level`, sql`c.province_code`)}`;
}

/**
 * **Schemes stopped and adjusted per year, with reasons.**
 *
 * For plan year Y (schemes of Y in scope):
 *   planned(Y)        = #lines of Y's approved plans (`rpt_plan_lines`), plannedValue = Σ approved_amount
 *   stopped(Y)        = #distinct schemes of Y with an approved change request of kind `stop`
 *   stoppedValue(Y)   = Σ over those schemes of their value (approved amount, else state support)
 *   stoppedPercent(Y) = stopped(Y) / planned(Y) × 100; released(Y) = Σ `released` of the stop requests
 *   adjusted(Y)       = #distinct schemes of Y with an approved request of any other kind; adjustedValue,
 *                       adjustedPercent likewise (a scheme adjusted then stopped counts in both)
 *   fundingDelta(Y)   = Σ approved increases − Σ approved decreases (`rpt_changes.amount`)
 *   reasons           = per kind, the reasons (trimmed text) by number of schemes, then value; top 5.
 */
export async function changesIndicator(db: Db, actor: Actor, q: IndicatorQuery): Promise<ChangesIndicator> {
  const f = filterFor(actor, q);
  const base = await queryRows<{ year: number; n: number; v: string }>(
    db,
    sql`select plan_year::int as year, count(*)::int as n, coalesce(sum(approved_amount), 0)::text as v
      from rpt_plan_lines
      where plan_year between ${q.fromYear} and ${q.toYear} and ${whereOf(f, sql`level`, sql`province_code`)}
      group by plan_year`,
  );
  const per = await queryRows<{
    year: number;
    type: 'stop' | 'adjust';
    n: number;
    v: string;
    released: string;
    delta: string;
  }>(
    db,
    sql`with ch as (${changedSchemes(q, f)}),
      s as (select year, type, scheme_id, max(value) as value, coalesce(sum(released), 0) as released,
          sum(delta) as delta
        from ch group by year, type, scheme_id)
      select year, type, count(*)::int as n, coalesce(sum(value), 0)::text as v,
        sum(released)::text as released, sum(delta)::text as delta
      from s group by year, type`,
  );
  const reasons = await queryRows<{
    year: number;
    type: 'stop' | 'adjust';
    reason: string;
    n: number;
    v: string;
  }>(
    db,
    sql`with ch as (${changedSchemes(q, f)}),
      d as (select distinct year, type, reason, scheme_id, value from ch),
      g as (select year, type, reason, count(*)::int as n, coalesce(sum(value), 0) as v,
          row_number() over (partition by year, type order by count(*) desc, sum(value) desc, reason) as rn
        from d group by year, type, reason)
      select year, type, reason, n, v::text as v from g where rn <= ${TOP_REASONS} order by year, type, rn`,
  );
  const years: ChangesIndicator['years'] = [];
  for (let y = q.fromYear; y <= q.toYear; y++) {
    const b = base.find((r) => r.year === y);
    const stop = per.find((r) => r.year === y && r.type === 'stop');
    const adj = per.find((r) => r.year === y && r.type === 'adjust');
    const planned = b?.n ?? 0;
    const list = (type: 'stop' | 'adjust') =>
      reasons
        .filter((r) => r.year === y && r.type === type)
        .map((r) => ({ reason: r.reason, schemes: r.n, value: r.v }));
    years.push({
      year: y,
      planned,
      plannedValue: b?.v ?? '0',
      stopped: stop?.n ?? 0,
      stoppedValue: stop?.v ?? '0',
      stoppedPercent: percent(stop?.n ?? 0, planned),
      released: stop?.released ?? '0',
      adjusted: adj?.n ?? 0,
      adjustedValue: adj?.v ?? '0',
      adjustedPercent: percent(adj?.n ?? 0, planned),
      fundingDelta: (BigInt(stop?.delta ?? 0) + BigInt(adj?.delta ?? 0)).toString(),
      stopReasons: list('stop'),
      adjustReasons: list('adjust'),
      drillStopped: drill('de-an', { ...drillBase(f, y), state: 'stopped' }),
      drillPlanned: drill('de-an', { ...drillBase(f, y), state: PLANNED_STATES }),
    });
  }
  return { years };
}
