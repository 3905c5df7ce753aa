import type {
  DispersionIndicator,
  DispersionQuery,
  DispersionRow,
  IndicatorQuery,
  KindsIndicator,
  PriorityIndicator,
} from '../../../../shared/schemas/indicators.ts';
import { schemeKinds } from '../../../../shared/schemas/schemes.ts';
import { type Db, queryRows, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { PLANNED_STATES } from './indicators.changes.ts';
import {
  contentNames,
  drill,
  drillBase,
  filterFor,
  percent,
  provinceNames,
  whereOf,
} from './indicators.scope.ts';

/** Lines of approved plans of the years in scope: the funded schemes every indicator below counts. */
const linesWhere = (q: IndicatorQuery | DispersionQuery, f: ReturnType<typeof filterFor>) =>
  sql`l.plan_year between ${q.fromYear} and ${q.toYear} and ${whereOf(f, sql`l.level`, sql`l.province_code`)}`;

/**
 * **Anti-dispersion share and concentration (HHI)**, in total, per year, per province and per content.
 *
 * Population: the lines of approved plans (`rpt_plan_lines`) of years from..to in scope; a line's amount
 * a = approved_amount; province and content are the line's own (today's province, primary content).
 *   under        = #lines with a < threshold (the plan rule `minSchemeAmount`, 100.000.000 ₫ by default)
 *   underPercent = Σ a of those lines / Σ a × 100 (one decimal)
 *   hhi          = Σ (a_i / Σ a)² × 10 000 over the group's lines (two decimals): 10 000 when one scheme
 *                  takes everything, 10 000 / n when n schemes share equally — the higher, the less dispersed.
 */
export async function dispersionIndicator(
  db: Db,
  actor: Actor,
  q: DispersionQuery,
): Promise<DispersionIndicator> {
  const f = filterFor(actor, q);
  const t = sql`${q.threshold}::bigint`;
  const rows = await queryRows<{
    g: number;
    key: string;
    schemes: number;
    amount: string;
    under: number;
    under_amount: string;
    hhi: number;
  }>(
    db,
    sql`select grouping(l.plan_year, l.province_code, l.content_code)::int as g,
        coalesce(l.plan_year::text, l.province_code, l.content_code, '') as key,
        count(*)::int as schemes, coalesce(sum(l.approved_amount), 0)::text as amount,
        count(*) filter (where l.approved_amount < ${t})::int as under,
        coalesce(sum(l.approved_amount) filter (where l.approved_amount < ${t}), 0)::text as under_amount,
        coalesce(round(sum(l.approved_amount::numeric * l.approved_amount) * 10000
          / nullif(sum(l.approved_amount)::numeric * sum(l.approved_amount), 0), 2), 0)::float8 as hhi
      from rpt_plan_lines l where ${linesWhere(q, f)}
      group by grouping sets ((), (l.plan_year), (l.province_code), (l.content_code))
      order by 1, 2`,
  );
  const provinces = await provinceNames(db);
  const contents = await contentNames(db, actor);
  const one = q.fromYear === q.toYear ? q.fromYear : undefined;
  const base = drillBase(f, one);
  const row = (r: (typeof rows)[number], name: string, link: string): DispersionRow => ({
    key: r.key,
    name,
    schemes: r.schemes,
    amount: r.amount,
    under: r.under,
    underAmount: r.under_amount,
    underPercent: percent(r.under_amount, r.amount),
    hhi: r.hhi,
    drill: link,
  });
  const planned = { state: PLANNED_STATES };
  const total = rows.find((r) => r.g === 7);
  const empty = { g: 7, key: '', schemes: 0, amount: '0', under: 0, under_amount: '0', hhi: 0 };
  return {
    threshold: q.threshold,
    total: row(total ?? empty, 'Tổng', drill('de-an', { ...base, ...planned })),
    byYear: rows
      .filter((r) => r.g === 3)
      .map((r) => row(r, r.key, drill('de-an', { ...drillBase(f, Number(r.key)), ...planned }))),
    byProvince: rows
      .filter((r) => r.g === 5)
      .map((r) =>
        row(r, provinces.get(r.key) ?? r.key, drill('de-an', { ...base, provinceCode: r.key, ...planned })),
      ),
    byContent: rows
      .filter((r) => r.g === 6)
      .map((r) =>
        row(r, contents.get(r.key) ?? r.key, drill('de-an', { ...base, contentCode: r.key, ...planned })),
      ),
  };
}

/**
 * **Point and group schemes' share**, per plan year.
 *
 * Population as above (lines of approved plans, amount = approved_amount); kind = `rpt_schemes.kind`.
 *   percent(Y, k)       = #lines of kind k in Y / #lines of Y × 100
 *   amountPercent(Y, k) = Σ amount of kind k in Y / Σ amount of Y × 100 (every kind listed, zeros included).
 */
export async function kindsIndicator(db: Db, actor: Actor, q: IndicatorQuery): Promise<KindsIndicator> {
  const f = filterFor(actor, q);
  const rows = await queryRows<{ year: number; kind: string | null; n: number; v: string }>(
    db,
    sql`select l.plan_year::int as year, s.kind, count(*)::int as n, coalesce(sum(l.approved_amount), 0)::text as v
      from rpt_plan_lines l join rpt_schemes s on s.scheme_id = l.scheme_id
      where ${linesWhere(q, f)}
      group by grouping sets ((l.plan_year), (l.plan_year, s.kind))`,
  );
  const years: KindsIndicator['years'] = [];
  for (let y = q.fromYear; y <= q.toYear; y++) {
    const all = rows.find((r) => r.year === y && r.kind === null);
    const kinds = schemeKinds.map((kind) => {
      const r = rows.find((x) => x.year === y && x.kind === kind);
      return {
        kind,
        schemes: r?.n ?? 0,
        amount: r?.v ?? '0',
        percent: percent(r?.n ?? 0, all?.n ?? 0),
        amountPercent: percent(r?.v ?? 0, all?.v ?? 0),
        drill: drill('de-an', { ...drillBase(f, y), kind, state: PLANNED_STATES }),
      };
    });
    years.push({ year: y, schemes: all?.n ?? 0, amount: all?.v ?? '0', kinds });
  }
  return { years };
}

/**
 * **Support to priority areas** (địa bàn ưu tiên: `rpt_schemes.priority_area`), per plan year and per province.
 *
 *   schemes = #lines of approved plans whose scheme is in a priority area; amount = Σ their approved_amount
 *   percent = schemes / #lines × 100; amountPercent = amount / Σ approved_amount × 100 (same year or province).
 */
export async function priorityIndicator(db: Db, actor: Actor, q: IndicatorQuery): Promise<PriorityIndicator> {
  const f = filterFor(actor, q);
  const rows = await queryRows<{
    year: number | null;
    province: string | null;
    total: number;
    total_amount: string;
    n: number;
    v: string;
  }>(
    db,
    sql`select l.plan_year::int as year, l.province_code as province, count(*)::int as total,
        coalesce(sum(l.approved_amount), 0)::text as total_amount,
        count(*) filter (where s.priority_area)::int as n,
        coalesce(sum(l.approved_amount) filter (where s.priority_area), 0)::text as v
      from rpt_plan_lines l join rpt_schemes s on s.scheme_id = l.scheme_id
      where ${linesWhere(q, f)}
      group by grouping sets ((l.plan_year), (l.province_code))`,
  );
  const provinces = await provinceNames(db);
  const one = q.fromYear === q.toYear ? q.fromYear : undefined;
  const share = (r: (typeof rows)[number] | undefined) => ({
    schemes: r?.n ?? 0,
    amount: r?.v ?? '0',
    percent: percent(r?.n ?? 0, r?.total ?? 0),
    amountPercent: percent(r?.v ?? 0, r?.total_amount ?? 0),
  });
  const years: PriorityIndicator['years'] = [];
  for (let y = q.fromYear; y <= q.toYear; y++) {
    const r = rows.find((x) => x.year === y);
    years.push({
      year: y,
      total: r?.total ?? 0,
      totalAmount: r?.total_amount ?? '0',
      ...share(r),
      drill: drill('de-an', { ...drillBase(f, y), state: PLANNED_STATES }),
    });
  }
  const byProvince = rows
    .filter((r) => r.province !== null && r.year === null)
    .map((r) => ({
      provinceCode: r.province ?? '',
      name: provinces.get(r.province ?? '') ?? r.province ?? '',
      ...share(r),
      drill: drill('de-an', { ...drillBase(f, one), provinceCode: r.province, state: PLANNED_STATES }),
    }))
    .sort((a, b) => (BigInt(b.amount) > BigInt(a.amount) ? 1 : BigInt(b.amount) < BigInt(a.amount) ? -1 : 0));
  return { years, byProvince };
}
