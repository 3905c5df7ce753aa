import type { DashboardArea, DashboardDto, DashboardQuery } from '../../../../shared/schemas/indicators.ts';
import { type Db, queryRows, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { vnToday } from '../calls/index.ts';
import { atRiskSummary } from '../contracts/index.ts';
import { PLANNED_STATES } from './indicators.changes.ts';
import {
  contentNames,
  drill,
  drillBase,
  type Filter,
  filterFor,
  provinceNames,
  whereOf,
} from './indicators.scope.ts';

/** Contracts that count as "contracted": signed (or signed and liquidated) and not stopped. */
const CONTRACTED = sql`c.state in ('signed', 'liquidated') and c.phase <> 'stopped'`;

type Sums = {
  g: number;
  province: string | null;
  content: string | null;
  lines: number;
  approved: string;
  assigned_n: number;
  assigned: string;
  contracts: number;
  contracted: string;
  disbursed: string;
};

/**
 * One pass over the year's plan lines, contracts and money (UNION ALL, GROUP BY GROUPING SETS): the totals,
 * each province and each content. A contract's and a payment's content is its scheme's plan line content.
 */
async function sums(db: Db, year: number, f: Filter): Promise<Sums[]> {
  const lw = whereOf(f, sql`l.level`, sql`l.province_code`);
  const cw = whereOf(f, sql`c.level`, sql`c.province_code`);
  const mw = whereOf(f, sql`m.level`, sql`m.province_code`);
  return queryRows<Sums>(
    db,
    sql`with l as materialized (
        select l.scheme_id, l.province_code, l.content_code, l.approved_amount, l.assigned_at, l.assigned_amount
        from rpt_plan_lines l where l.plan_year = ${year} and ${lw}),
      x as (
        select l.province_code as province, l.content_code as content, 1 as line, l.approved_amount as approved,
          (l.assigned_at is not null)::int as assigned_n, coalesce(l.assigned_amount, 0) as assigned,
          0 as contract, 0::bigint as contracted, 0::bigint as disbursed
        from l
        union all
        select c.province_code, l.content_code, 0, 0, 0, 0, 1, c.value, 0
        from rpt_contracts c left join l on l.scheme_id = c.scheme_id
        where c.plan_year = ${year} and ${cw} and ${CONTRACTED}
        union all
        select m.province_code, l.content_code, 0, 0, 0, 0, 0, 0, m.net
        from rpt_money m left join l on l.scheme_id = m.scheme_id
        where m.plan_year = ${year} and ${mw} and m.net <> 0)
      select grouping(province, content)::int as g, province, content, sum(line)::int as lines,
        sum(approved)::text as approved, sum(assigned_n)::int as assigned_n, sum(assigned)::text as assigned,
        sum(contract)::int as contracts, sum(contracted)::text as contracted, sum(disbursed)::text as disbursed
      from x group by grouping sets ((), (province), (content))`,
  );
}

/** The envelope: the `budget` lines of the year's plans in scope (a local plan's province, or a line's own). */
async function envelope(db: Db, year: number, f: Filter): Promise<string> {
  const [r] = await queryRows<{ v: string }>(
    db,
    sql`select coalesce(sum(amount), 0)::text as v from rpt_plan_ledger
      where kind = 'budget' and plan_year = ${year}
        and ${whereOf(f, sql`level`, sql`coalesce(nullif(province_key, ''), province_code)`)}`,
  );
  return r?.v ?? '0';
}

/** Signed contracts and money by month of the year (earlier → January, later → December). */
async function months(db: Db, year: number, f: Filter) {
  const cw = whereOf(f, sql`c.level`, sql`c.province_code`);
  const mw = whereOf(f, sql`m.level`, sql`m.province_code`);
  const month = (col: string) =>
    sql.raw(
      `greatest(1, least(12, (extract(year from ${col})::int - ${year}) * 12 + extract(month from ${col})::int))`,
    );
  return queryRows<{ month: number; signed: number; signed_value: string; disbursed: string }>(
    db,
    sql`with x as (
        select ${month('c.signed_date')} as month, 1 as n, c.value as v, 0::bigint as d
        from rpt_contracts c where c.plan_year = ${year} and ${cw} and c.signed_date is not null
        union all
        select ${month('m.date')}, 0, 0, m.net
        from rpt_money m where m.plan_year = ${year} and ${mw} and m.net <> 0)
      select month, sum(n)::int as signed, sum(v)::text as signed_value, sum(d)::text as disbursed
      from x group by month`,
  );
}

/** At-risk contracts of the year as the contracts module defines them (its reasons and thresholds): count and value. */
async function atRisk(db: Db, actor: Actor, year: number, f: Filter, asOf: string) {
  const r = await atRiskSummary(db, actor, {
    planYear: year,
    level: f.level === 'all' ? undefined : f.level,
    provinceCode: f.provinceCode ?? undefined,
    asOf,
  });
  return { count: r.count, value: String(r.value), capped: false };
}

/**
 * **The leaders' dashboard**: the year at a glance and its breakdowns, every figure with its drill-down.
 *   envelope   = Σ `budget` ledger lines of the year's plans (`rpt_plan_ledger`)
 *   approved   = Σ approved_amount of the year's plan lines; count = #lines
 *   assigned   = Σ assigned_amount; count = #lines assigned
 *   contracted = Σ value of contracts signed or liquidated and not stopped; count = #those contracts
 *   disbursed  = Σ `rpt_money.net` (advances + payments − recoveries) of the year's contracts
 *   atRisk     = the contracts module's at-risk contracts of the year (atRiskSummary): count and Σ value
 */
export async function dashboard(db: Db, actor: Actor, q: DashboardQuery): Promise<DashboardDto> {
  const f = filterFor(actor, q);
  const asOf = vnToday();
  const base = drillBase(f, q.year);
  const [rows, env, series, risk, pNames, cNames] = await Promise.all([
    sums(db, q.year, f),
    envelope(db, q.year, f),
    months(db, q.year, f),
    atRisk(db, actor, q.year, f, asOf),
    provinceNames(db),
    contentNames(db, actor),
  ]);
  const total = rows.find((r) => r.g === 3);
  const area = (r: Sums | undefined, code: string, name: string, link: string): DashboardArea => ({
    code,
    name,
    schemes: r?.lines ?? 0,
    approved: r?.approved ?? '0',
    contracted: r?.contracted ?? '0',
    disbursed: r?.disbursed ?? '0',
    drill: link,
  });
  const provinceRows = new Map(rows.filter((r) => r.g === 1).map((r) => [r.province ?? '', r]));
  const codes = f.provinceCode ? [f.provinceCode] : [...pNames.keys()];
  const provinces = codes.map((code) =>
    area(
      provinceRows.get(code),
      code,
      pNames.get(code) ?? code,
      drill('de-an', { ...base, provinceCode: code, state: PLANNED_STATES }),
    ),
  );
  const contents = rows
    .filter((r) => r.g === 2 && r.content !== null)
    .map((r) =>
      area(
        r,
        r.content ?? '',
        cNames.get(r.content ?? '') ?? r.content ?? '',
        drill('de-an', { ...base, contentCode: r.content, state: PLANNED_STATES }),
      ),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
  let cumulative = 0n;
  const monthly = Array.from({ length: 12 }, (_, i) => {
    const r = series.find((s) => s.month === i + 1);
    cumulative += BigInt(r?.disbursed ?? 0);
    return {
      month: i + 1,
      signed: r?.signed ?? 0,
      signedValue: r?.signed_value ?? '0',
      disbursed: r?.disbursed ?? '0',
      cumulativeDisbursed: cumulative.toString(),
    };
  });
  const planned = drill('de-an', { ...base, state: PLANNED_STATES });
  return {
    year: q.year,
    level: q.level,
    provinceCode: f.provinceCode,
    totals: {
      envelope: { value: env, count: null, drill: planned },
      approved: { value: total?.approved ?? '0', count: total?.lines ?? 0, drill: planned },
      assigned: {
        value: total?.assigned ?? '0',
        count: total?.assigned_n ?? 0,
        drill: drill('de-an', { ...base, state: 'assigned,contracted,implementing,accepted,settled' }),
      },
      contracted: {
        value: total?.contracted ?? '0',
        count: total?.contracts ?? 0,
        drill: drill('hop-dong', { ...base, state: 'signed' }),
      },
      disbursed: { value: total?.disbursed ?? '0', count: null, drill: drill('hop-dong', base) },
      atRisk: {
        value: risk.value,
        count: risk.count,
        capped: risk.capped,
        drill: drill('hop-dong/canh-bao', base),
      },
    },
    provinces,
    contents,
    months: monthly,
    asOf,
  };
}
