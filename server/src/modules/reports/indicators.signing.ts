import type { IndicatorQuery, SigningIndicator } from '../../../../shared/schemas/indicators.ts';
import { type Db, queryRows, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { drill, drillBase, filterFor, percent, whereOf } from './indicators.scope.ts';

/** The day (in Vietnam, UTC+7) of a timestamptz column, independent of the session's time zone. */
export const vnDay = (col: string) => sql.raw(`((${col} at time zone 'UTC') + interval '7 hours')::date`);

/**
 * **Contracts signed by date** (one curve per plan year, compared across years).
 *
 * Population: contracts (`rpt_contracts`) of plan years from..to in scope, whatever their state or phase.
 * For year Y and month m = 1..12:
 *   signed(Y, m)       = #contracts of Y with signed_date ≤ last day of month m of Y
 *                        (signed before 1/1/Y counts in month 1; signed after 31/12/Y in no month)
 *   percent(Y, m)      = signed(Y, m) / #contracts of Y × 100 (one decimal, half up)
 *   valuePercent(Y, m) = Σ value signed by then / Σ value of Y's contracts × 100
 *   medianDays(Y)      = median over signed contracts of (signed_date − day assigned), days.
 */
export async function signingIndicator(db: Db, actor: Actor, q: IndicatorQuery): Promise<SigningIndicator> {
  const f = filterFor(actor, q);
  const where = sql`plan_year between ${q.fromYear} and ${q.toYear} and ${whereOf(f, sql`level`, sql`province_code`)}`;
  const totals = await queryRows<{
    year: number;
    contracts: number;
    value: string;
    signed: number;
    signed_value: string;
    median_days: number | null;
  }>(
    db,
    sql`select plan_year::int as year, count(*)::int as contracts, coalesce(sum(value), 0)::text as value,
        count(signed_date)::int as signed,
        coalesce(sum(value) filter (where signed_date is not null), 0)::text as signed_value,
        (percentile_cont(0.5) within group (order by signed_date - ${vnDay('assigned_at')})
          filter (where signed_date is not null))::float8 as median_days
      from rpt_contracts where ${where} group by plan_year order by plan_year`,
  );
  const months = await queryRows<{ year: number; month: number; n: number; v: string }>(
    db,
    sql`select plan_year::int as year,
        case when signed_date < make_date(plan_year, 1, 1) then 1
          else extract(month from signed_date)::int end as month,
        count(*)::int as n, sum(value)::text as v
      from rpt_contracts
      where ${where} and signed_date is not null and signed_date < make_date(plan_year + 1, 1, 1)
      group by 1, 2`,
  );
  const byYear = new Map(totals.map((t) => [t.year, t]));
  const years: SigningIndicator['years'] = [];
  for (let y = q.fromYear; y <= q.toYear; y++) {
    const t = byYear.get(y);
    let n = 0;
    let v = 0n;
    const curve = [];
    for (let m = 1; m <= 12; m++) {
      const row = months.find((r) => r.year === y && r.month === m);
      n += row?.n ?? 0;
      v += BigInt(row?.v ?? 0);
      curve.push({
        month: m,
        signed: n,
        percent: percent(n, t?.contracts ?? 0),
        valuePercent: percent(v, t?.value ?? 0),
      });
    }
    years.push({
      year: y,
      contracts: t?.contracts ?? 0,
      value: t?.value ?? '0',
      signed: t?.signed ?? 0,
      signedValue: t?.signed_value ?? '0',
      medianDays: t?.median_days ?? null,
      curve,
      drill: drill('hop-dong', drillBase(f, y)),
    });
  }
  return { years };
}
