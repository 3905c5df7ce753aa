import { and, eq, type SQL, sql } from 'drizzle-orm';
import { formatDate, formatVnd } from '../../../../shared/format.ts';
import type {
  AtRiskItemDto,
  AtRiskQuery,
  RiskCode,
} from '../../../../shared/schemas/contracts-monitoring.ts';
import { type Db, queryRows } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { vnToday } from '../calls/index.ts';
import { scopeFor } from './contracts.policy.ts';
import { contractScope } from './contracts.repo.ts';
import { riskThresholds as T } from './contracts.rules.ts';
import { contracts as c } from './contracts.tables.ts';

/** The report period due by `today`: this month once its 25th has passed, else last month. */
export function expectedPeriod(today: string): { period: string; due: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [py, pm] = d > T.reportDay ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  const period = `${py}-${String(pm).padStart(2, '0')}`;
  return { period, due: `${period}-${T.reportDay}` };
}

/** Each reason as a SQL condition over the contracts table alone (the list is one indexed query). */
function reasons(today: string): Record<RiskCode, SQL> {
  const day = sql`${today}::date`;
  const { period, due } = expectedPeriod(today);
  const active = sql`${c.phase} = 'active'`;
  const signed = sql`${c.state} = 'signed'`;
  const deadline = sql`make_date(${c.planYear} + 1, 1, 22)`;
  return {
    not_signed: sql`(${active} and ${c.state} in ('draft', 'sent') and ${c.assignedAt} < ${day} - ${T.unsignedDays}::int)`,
    behind_schedule: sql`(${active} and ${signed} and ${c.endDate} > ${c.startDate} and ${c.startDate} < ${day}
      and least(100, (${day} - ${c.startDate}) * 100 / (${c.endDate} - ${c.startDate})) - coalesce(${c.lastProgress}, 0) > ${T.behindPoints})`,
    late_report: sql`(${active} and ${signed} and ${c.signedDate} <= ${due}::date
      and coalesce(${c.lastReportPeriod}, '') < ${period})`,
    spending_off: sql`(${active} and ${signed} and ${c.lastSpent} is not null and ${c.value} > 0
      and abs(${c.lastSpent} * 100 / ${c.value} - coalesce(${c.lastProgress}, 0)) > ${T.spendingGapPoints})`,
    settlement_due: sql`(${c.phase} = 'accepted' and ${day} <= ${deadline} and ${day} > ${deadline} - ${T.settlementWarnDays}::int)`,
    settlement_overdue: sql`(${c.phase} = 'accepted' and ${day} > ${deadline})`,
  };
}

type Row = {
  id: string;
  scheme_id: string;
  scheme_code: string;
  scheme_title: string;
  plan_year: number;
  level: 'national' | 'local';
  province_code: string;
  implementer_name: string;
  state: string;
  assigned_at: string;
  start_date: string;
  end_date: string;
  last_progress: number | null;
  last_report_period: string | null;
  last_spent: string | null;
  value: string;
  flags: string;
};

function message(code: RiskCode, r: Row, today: string): string {
  const deadline = `${r.plan_year + 1}-01-22`;
  switch (code) {
    case 'not_signed':
      return `Chưa ký hợp đồng sau hơn ${T.unsignedDays} ngày kể từ ngày giao kế hoạch (${formatDate(r.assigned_at)}).`;
    case 'behind_schedule': {
      const span = Date.parse(r.end_date) - Date.parse(r.start_date);
      const expected = Math.min(
        100,
        Math.floor(((Date.parse(today) - Date.parse(r.start_date)) * 100) / span),
      );
      return `Chậm tiến độ: theo kế hoạch cần khoảng ${expected}%, báo cáo gần nhất ${r.last_progress ?? 0}%.`;
    }
    case 'late_report':
      return `Chưa báo cáo tiến độ kỳ ${expectedPeriod(today).period.split('-').reverse().join('/')} (hạn ngày ${T.reportDay}); kỳ gần nhất: ${r.last_report_period ?? 'chưa có'}.`;
    case 'spending_off': {
      const spent = r.last_spent ? (BigInt(r.last_spent) * 100n) / BigInt(r.value) : 0n;
      return `Giải ngân lệch tiến độ: đã chi ${formatVnd(r.last_spent ?? 0)} (${spent}% giá trị) khi tiến độ ${r.last_progress ?? 0}%.`;
    }
    case 'settlement_due':
      return `Sắp hết hạn thanh lý, quyết toán (${formatDate(deadline)}).`;
    case 'settlement_overdue':
      return `Quá hạn thanh lý, quyết toán (hạn ${formatDate(deadline)}).`;
  }
}

/** The at-risk condition for a reader: open contracts in scope matching any (or the given) reason. */
function riskWhere(
  actor: Actor,
  q: Pick<AtRiskQuery, 'reason' | 'planYear' | 'level' | 'provinceCode'>,
  today: string,
) {
  const all = reasons(today);
  const codes = Object.keys(all) as RiskCode[];
  const filter = q.reason
    ? all[q.reason]
    : sql.join(
        codes.map((k) => all[k]),
        sql` or `,
      );
  const cond = and(
    contractScope(scopeFor(actor)),
    q.planYear ? eq(c.planYear, q.planYear) : undefined,
    q.level ? eq(c.level, q.level) : undefined,
    q.provinceCode ? eq(c.provinceCode, q.provinceCode) : undefined,
    // Every reason needs an open contract: lets the partial index contracts_open_idx serve the walk.
    sql`${c.phase} in ('active', 'accepted')`,
    sql`(${filter})`,
  )!;
  return { all, codes, cond };
}

/** How many contracts are at risk and their contracted value (the dashboard's figure), in one aggregate. */
export async function atRiskSummary(
  db: Db,
  actor: Actor,
  q: Pick<AtRiskQuery, 'planYear' | 'level' | 'provinceCode'> & { asOf?: string },
): Promise<{ count: number; value: bigint }> {
  const { cond } = riskWhere(actor, q, q.asOf ?? vnToday());
  const [r] = await queryRows<{ n: number; v: string }>(
    db,
    sql`select count(*)::int as n, coalesce(sum(${c.value}), 0)::text as v from ${c} where ${cond}`,
  );
  return { count: Number(r?.n ?? 0), value: BigInt(r?.v ?? '0') };
}

export async function listAtRisk(db: Db, actor: Actor, q: AtRiskQuery) {
  const today = q.asOf ?? vnToday();
  const { all, codes, cond } = riskWhere(actor, q, today);
  const flags = sql.join(
    codes.map((k) => sql`case when ${all[k]} then ${`${k},`}::text else '' end`),
    sql` || `,
  );
  const rows = await queryRows<Row>(
    db,
    sql`select ${c.id} as id, ${c.schemeId} as scheme_id, ${c.schemeCode} as scheme_code, ${c.schemeTitle} as scheme_title,
        ${c.planYear} as plan_year, ${c.level} as level, ${c.provinceCode} as province_code,
        ${c.implementerName} as implementer_name, ${c.state} as state, ${c.assignedAt}::text as assigned_at,
        ${c.startDate}::text as start_date, ${c.endDate}::text as end_date, ${c.lastProgress} as last_progress,
        ${c.lastReportPeriod} as last_report_period, ${c.lastSpent}::text as last_spent, ${c.value}::text as value,
        ${flags} as flags
      from ${c} where ${cond}
      order by ${c.assignedAt} asc, ${c.id} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${c} where ${cond} limit 1001) x`,
  );
  const items: AtRiskItemDto[] = rows.map((r) => ({
    contractId: r.id,
    schemeId: r.scheme_id,
    schemeCode: r.scheme_code,
    schemeTitle: r.scheme_title,
    planYear: r.plan_year,
    level: r.level,
    provinceCode: r.province_code,
    implementerName: r.implementer_name,
    contractState: r.state,
    reasons: (r.flags.split(',').filter(Boolean) as RiskCode[]).map((code) => ({
      code,
      message: message(code, r, today),
    })),
  }));
  const n = count?.n ?? 0;
  return {
    items,
    total: Math.min(n, 1000),
    totalCapped: n > 1000,
    page: q.page,
    pageSize: q.pageSize,
    asOf: today,
  };
}
