import { queryRows, sql } from '../../server/src/db/client.ts';
import type { GenContext, Generator, GenResult } from './types.ts';

const rules = JSON.stringify({
  minSchemeAmount: '0',
  maxProvinceShare: null,
  maxContentShare: null,
  priorityIndustryCodes: [],
  weights: { point: 1.5, area: 1.3, industry: 1.15, valueChain: 1.1 },
});

/**
 * What the reports read besides contracts and money: an approved plan per year, level and province with a
 * budget line and one plan line per contracted scheme, acceptances (accepted and settled contracts),
 * settlements (settled ones), and change requests (every stop, and about 8 % adjustments). Written
 * set-based in SQL from the generated contracts, so it takes seconds at national scale; deterministic
 * (no randomness beyond hashes of the generated ids).
 */
async function run(ctx: GenContext): Promise<GenResult> {
  const { database } = ctx;
  const exec = (q: ReturnType<typeof sql>) => database.db.execute(q);
  const [done] = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from plan_lines`);
  if ((done?.n ?? 0) > 1000) return { rows: {}, skipped: 'đã có dữ liệu kế hoạch' };
  await exec(sql`
    insert into plans (plan_year, level, province_key, title, state, rules, decision_number, decision_date,
      approved_by_name, approved_at)
    select d.plan_year, d.level, d.province_key,
      'Kế hoạch khuyến công ' || case when d.level = 'national' then 'quốc gia' else 'địa phương' end || ' năm ' || d.plan_year,
      'approved', ${rules}::jsonb, (d.plan_year % 1000) || '/QĐ-BCT', make_date(d.plan_year - 1, 12, 20),
      'Sinh dữ liệu', make_timestamptz(d.plan_year - 1, 12, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh')
    from (select distinct plan_year, level, case when level = 'local' then province_code else '' end as province_key
          from contracts) d
    on conflict do nothing`);
  await exec(sql`
    insert into plan_lines (plan_id, scheme_id, province_code, content_code, implementer_org_id, approved_amount,
      approved_at, assigned_amount, assigned_at)
    select p.id, c.scheme_id, c.province_code,
      coalesce((select sc.content_code from scheme_contents sc where sc.scheme_id = c.scheme_id
        order by sc.sort_order limit 1), 'ND45-3'),
      c.implementer_org_id, c.value, coalesce(p.approved_at, c.assigned_at), c.value, c.assigned_at
    from contracts c
    join plans p on p.plan_year = c.plan_year and p.level = c.level
      and p.province_key = case when c.level = 'local' then c.province_code else '' end
    on conflict do nothing`);
  await exec(sql`
    insert into plan_ledger (plan_id, kind, amount, reason, actor_name, at)
    select l.plan_id, 'budget', (sum(l.approved_amount) * 105) / 100, 'Dự toán được giao', 'Sinh dữ liệu', min(l.approved_at)
    from plan_lines l group by l.plan_id`);
  await exec(sql`
    insert into plan_ledger (plan_id, kind, amount, scheme_id, province_code, content_code, reason, actor_name, at)
    select l.plan_id, 'approval', -l.approved_amount, l.scheme_id, l.province_code, l.content_code,
      'Phê duyệt kế hoạch', 'Sinh dữ liệu', l.approved_at
    from plan_lines l`);
  await exec(sql`
    insert into acceptances (contract_id, scheme_id, date, minutes_number, members, accepted_amount, conclusion,
      created_by_name)
    select c.id, c.scheme_id, least(c.signed_date + 150, make_date(c.plan_year, 12, 15)),
      (abs(hashtext(c.id::text)) % 500 + 1) || '/BB-NT', 'Hội đồng nghiệm thu cơ sở', (c.value * 95) / 100,
      'Đạt yêu cầu', 'Sinh dữ liệu'
    from contracts c where c.phase in ('accepted', 'settled') and c.signed_date is not null
    on conflict do nothing`);
  await exec(sql`
    insert into settlements (contract_id, scheme_id, date, number, amounts, returned, created_by_name)
    select c.id, c.scheme_id, make_date(c.plan_year + 1, 1, 15), (abs(hashtext(c.id::text)) % 500 + 1) || '/QT',
      jsonb_build_array(jsonb_build_object('source', c.level, 'settled', ((c.value * 95) / 100)::text)),
      c.value - (c.value * 95) / 100, 'Sinh dữ liệu'
    from contracts c where c.phase = 'settled'
    on conflict do nothing`);
  await exec(sql`
    insert into change_requests (contract_id, scheme_id, scheme_code, scheme_title, level, province_code,
      implementer_org_id, kinds, reason, amount, scheme_version, authority, state, requested_by_name,
      requested_at, decided_by_name, decided_at, decision_number)
    select c.id, c.scheme_id, c.scheme_code, c.scheme_title, c.level, c.province_code, c.implementer_org_id,
      case when c.phase = 'stopped' then array['stop']
           when abs(hashtext(c.id::text)) % 2 = 0 then array['timing'] else array['funding_decrease'] end,
      case when c.phase = 'stopped' then 'Đơn vị thụ hưởng không bố trí được vốn đối ứng'
           else 'Nhà cung cấp giao thiết bị chậm' end,
      case when c.phase = 'stopped' then c.value else null end, 1,
      case when c.level = 'national' then 'agency' else 'department' end, 'approved', 'Sinh dữ liệu',
      make_timestamptz(c.plan_year, 7, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'), 'Sinh dữ liệu',
      make_timestamptz(c.plan_year, 7, 15, 9, 0, 0, 'Asia/Ho_Chi_Minh'), (abs(hashtext(c.id::text)) % 900 + 1) || '/QĐ'
    from contracts c
    where c.phase = 'stopped' or (c.signed_date is not null and abs(hashtext(c.id::text)) % 100 < 8)`);
  await exec(sql`
    update schemes s set state = 'stopped'
    from contracts c where c.scheme_id = s.id and c.phase = 'stopped' and s.state <> 'stopped'`);
  const counts = await queryRows<Record<string, number>>(
    ctx.db,
    sql`select (select count(*) from plans)::int as plans, (select count(*) from plan_lines)::int as plan_lines,
      (select count(*) from acceptances)::int as acceptances, (select count(*) from settlements)::int as settlements,
      (select count(*) from change_requests)::int as change_requests`,
  );
  for (const t of ['plans', 'plan_lines', 'plan_ledger', 'acceptances', 'settlements', 'change_requests'])
    await database.raw(`VACUUM (ANALYZE) ${t}`);
  return { rows: counts[0] ?? {} };
}

export const reportingGenerator: Generator = {
  name: 'reporting',
  describe:
    'kế hoạch đã duyệt, dòng kế hoạch, nghiệm thu, quyết toán, yêu cầu điều chỉnh/ngừng (từ hợp đồng đã sinh)',
  run,
};
