import type { ReportOutputs } from '../../../../shared/schemas/reports.ts';
import { type Db, queryRows, sql } from '../../db/client.ts';

/**
 * What the money produced, each output defined once here (docs/reports.md repeats the definitions):
 * - models: schemes of the plan year accepted by the cut-off whose cost lines include a demonstration or
 *   cleaner-production model (support items demo_model_new, demo_model_existing, cleaner_production_pilot);
 * - machines: the quantity on machinery and technology-line cost lines of those accepted schemes;
 * - trainees: the quantity on cost lines counted in people ("học viên", "người", "lượt người") under
 *   training contents (ND45-1, ND45-2) of those accepted schemes;
 * - establishments: distinct beneficiary establishments of schemes contracted (signed) by the cut-off;
 * - productsRecognised: typical-product certificates of the year (not revoked) decided by the cut-off.
 */
export async function computeOutputs(
  db: Db,
  q: { year: number; provinceCode: string | null; to: string },
): Promise<ReportOutputs> {
  const province = (col: string) => (q.provinceCode ? sql`and ${sql.raw(col)} = ${q.provinceCode}` : sql``);
  const [r] = await queryRows<{
    models: number;
    machines: string;
    trainees: string;
    establishments: number;
    products: number;
  }>(
    db,
    sql`
with s as (
  select s.scheme_id from rpt_schemes s
  where s.plan_year = ${q.year} ${province('s.province_code')}
),
acc as (
  select a.scheme_id from rpt_acceptances a join s on s.scheme_id = a.scheme_id
  where a.date <= ${q.to}::date
),
lines as (
  select l.scheme_id, l.item_code, l.content_code, lower(coalesce(l.unit, '')) as unit, l.quantity
  from acc join rpt_scheme_cost_lines l on l.scheme_id = acc.scheme_id
)
select
  (select count(distinct scheme_id) from lines
    where item_code in ('demo_model_new', 'demo_model_existing', 'cleaner_production_pilot'))::int as models,
  (select coalesce(sum(quantity), 0) from lines where item_code in ('machinery', 'technology_line'))::text as machines,
  (select coalesce(sum(quantity), 0) from lines
    where unit in ('học viên', 'người', 'lượt người') and content_code in ('ND45-1', 'ND45-2'))::text as trainees,
  (select count(distinct b.establishment_id) from rpt_contracts c
    join s on s.scheme_id = c.scheme_id
    join rpt_scheme_beneficiaries b on b.scheme_id = c.scheme_id
    where c.signed_date <= ${q.to}::date)::int as establishments,
  (select count(*) from rpt_product_certificates p
    where p.year = ${q.year} and p.status <> 'revoked' ${province('p.province_code')}
      and (p.decision_date is null or p.decision_date <= ${q.to}::date))::int as products
`,
  );
  return {
    models: Number(r?.models ?? 0),
    machines: Number(r?.machines ?? 0),
    trainees: Number(r?.trainees ?? 0),
    establishments: Number(r?.establishments ?? 0),
    productsRecognised: Number(r?.products ?? 0),
  };
}
