import { formatDate } from '../../../../shared/format.ts';
import { type Db, queryRows, sql } from '../../db/client.ts';
import type { FundedSchemesRow, PlanFigures } from '../portal/index.ts';
import { currentProvinces } from '../reference/index.ts';
import { awardJoins, currentAward } from './opendata.sql.ts';

/**
 * The figures of the public transparency page (/minh-bach), from the reporting views: the plan as approved
 * (counts and approved amounts of the year's approved plans, national and local) and the funded schemes per
 * province at their current support — the same amounts and grants as the year's 360Giving file.
 */
export async function planFiguresForPortal(db: Db, year: number): Promise<PlanFigures | null> {
  const [totals] = await queryRows<{ schemes: number; budget: string; provinces: number }>(
    db,
    sql`SELECT count(*)::int AS schemes, coalesce(sum(approved_amount), 0)::text AS budget,
      count(DISTINCT province_code)::int AS provinces
    FROM rpt_plan_lines WHERE plan_year = ${year}`,
  );
  if (!totals?.schemes) return null;
  const plans = await queryRows<{
    level: string;
    number: string | null;
    date: string | null;
    province: string;
  }>(
    db,
    sql`SELECT level, decision_number AS number, decision_date::text AS date, min(province_code) AS province
    FROM rpt_plan_lines WHERE plan_year = ${year}
    GROUP BY plan_id, level, decision_number, decision_date
    ORDER BY level DESC, min(province_code)`,
  );
  const provinces = await currentProvinces(db);
  const decision = (p: (typeof plans)[number]) =>
    `Quyết định ${p.number}${p.date ? ` ngày ${formatDate(p.date)}` : ''}`;
  const parts: string[] = [];
  for (const p of plans.filter((x) => x.level === 'national' && x.number))
    parts.push(`${decision(p)} (kế hoạch khuyến công quốc gia)`);
  const locals = plans.filter((x) => x.level !== 'national' && x.number);
  if (locals.length === 1)
    parts.push(
      `${decision(locals[0]!)} (kế hoạch khuyến công địa phương ${provinces.get(locals[0]!.province)?.name ?? locals[0]!.province})`,
    );
  else if (locals.length > 1)
    parts.push(`${locals.length} quyết định phê duyệt kế hoạch khuyến công địa phương`);
  return {
    year,
    schemes: totals.schemes,
    budgetDong: BigInt(totals.budget),
    provinces: totals.provinces,
    source: parts.length ? parts.join('; ') : null,
  };
}

/** Per province: the year's schemes in approved plans and their support as it stands now. */
export async function fundedSchemesForPortal(db: Db, year: number): Promise<FundedSchemesRow[]> {
  const rows = await queryRows<{ provinceCode: string; schemes: number; funds: string }>(
    db,
    sql`SELECT l.province_code AS "provinceCode", count(*)::int AS schemes,
      coalesce(sum(${currentAward}), 0)::text AS funds
    FROM rpt_plan_lines l JOIN rpt_schemes s ON s.scheme_id = l.scheme_id
    ${awardJoins}
    WHERE l.plan_year = ${year}
    GROUP BY l.province_code`,
  );
  const provinces = await currentProvinces(db);
  return rows
    .map((r) => ({
      provinceCode: r.provinceCode,
      provinceName: provinces.get(r.provinceCode)?.name ?? r.provinceCode,
      schemes: r.schemes,
      fundsDong: BigInt(r.funds),
    }))
    .sort((a, b) => a.provinceName.localeCompare(b.provinceName, 'vi'));
}
