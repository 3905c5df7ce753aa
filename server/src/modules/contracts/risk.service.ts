import { and, eq, sql } from 'drizzle-orm';
import { formatDate, formatVnd } from '../../../../shared/format.ts';
import {
  type AtRiskItemDto,
  type AtRiskQuery,
  type RiskCode,
  riskCodes,
} from '../../../../shared/schemas/contracts-monitoring.ts';
import { type Db, queryRows } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { vnToday } from '../calls/index.ts';
import { scopeFor } from './contracts.policy.ts';
import { contractScope } from './contracts.repo.ts';
import { riskThresholds as T } from './contracts.rules.ts';
import { contracts as c } from './contracts.tables.ts';
import { riskFresh } from './risk.refresh.ts';
import { expectedPeriod, reasons, riskCodesSql } from './risk.sql.ts';

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
  codes: RiskCode[];
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

/**
 * The at-risk condition for a reader: open contracts in scope with any (or the given) reason. `stored` reads
 * the reasons kept on each contract (valid once today's refresh ran: risk.refresh.ts), served by the
 * partial indexes on risk_codes; otherwise each reason is computed from the contract's columns.
 */
function riskWhere(
  actor: Actor,
  q: Pick<AtRiskQuery, 'reason' | 'planYear' | 'level' | 'provinceCode'>,
  today: string,
  stored: boolean,
) {
  const all = reasons(today);
  const computed = q.reason
    ? all[q.reason]
    : sql.join(
        riskCodes.map((k) => all[k]),
        sql` or `,
      );
  return and(
    contractScope(scopeFor(actor)),
    q.planYear ? eq(c.planYear, q.planYear) : undefined,
    q.level ? eq(c.level, q.level) : undefined,
    q.provinceCode ? eq(c.provinceCode, q.provinceCode) : undefined,
    ...(stored
      ? [
          sql`${c.riskCodes} <> '{}'`,
          q.reason ? sql`${c.riskCodes} @> array[${q.reason}]::text[]` : undefined,
        ]
      : // Every reason needs an open contract: lets the partial index contracts_open_idx serve the walk.
        [sql`${c.phase} in ('active', 'accepted')`, sql`(${computed})`]),
  )!;
}

/** Stored reasons when they are today's and the reader asks about today; computed otherwise. */
async function storedReasonsApply(db: Db, asOf: string | undefined, today: string) {
  return (!asOf || asOf === vnToday()) && (await riskFresh(db, today));
}

/** How many contracts are at risk and their contracted value (the dashboard's figure), in one aggregate. */
export async function atRiskSummary(
  db: Db,
  actor: Actor,
  q: Pick<AtRiskQuery, 'planYear' | 'level' | 'provinceCode'> & { asOf?: string },
): Promise<{ count: number; value: bigint }> {
  const today = q.asOf ?? vnToday();
  const cond = riskWhere(actor, q, today, await storedReasonsApply(db, q.asOf, today));
  const [r] = await queryRows<{ n: number; v: string }>(
    db,
    sql`select count(*)::int as n, coalesce(sum(${c.value}), 0)::text as v from ${c} where ${cond}`,
  );
  return { count: Number(r?.n ?? 0), value: BigInt(r?.v ?? '0') };
}

export async function listAtRisk(db: Db, actor: Actor, q: AtRiskQuery) {
  const today = q.asOf ?? vnToday();
  const stored = await storedReasonsApply(db, q.asOf, today);
  const cond = riskWhere(actor, q, today, stored);
  const rows = await queryRows<Row>(
    db,
    sql`select ${c.id} as id, ${c.schemeId} as scheme_id, ${c.schemeCode} as scheme_code, ${c.schemeTitle} as scheme_title,
        ${c.planYear} as plan_year, ${c.level} as level, ${c.provinceCode} as province_code,
        ${c.implementerName} as implementer_name, ${c.state} as state, ${c.assignedAt}::text as assigned_at,
        ${c.startDate}::text as start_date, ${c.endDate}::text as end_date, ${c.lastProgress} as last_progress,
        ${c.lastReportPeriod} as last_report_period, ${c.lastSpent}::text as last_spent, ${c.value}::text as value,
        ${stored ? sql`${c.riskCodes}` : riskCodesSql(today)} as codes
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
    reasons: r.codes.map((code) => ({
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
