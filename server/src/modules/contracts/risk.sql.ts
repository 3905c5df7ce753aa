import { type SQL, sql } from 'drizzle-orm';
import { type RiskCode, riskCodes } from '../../../../shared/schemas/contracts-monitoring.ts';
import type { Db } from '../../db/client.ts';
import { riskThresholds as T } from './contracts.rules.ts';
import { contracts as c } from './contracts.tables.ts';

/** The report period due by `today`: this month once its 25th has passed, else last month. */
export function expectedPeriod(today: string): { period: string; due: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [py, pm] = d > T.reportDay ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  const period = `${py}-${String(pm).padStart(2, '0')}`;
  return { period, due: `${period}-${T.reportDay}` };
}

/** Each reason as a SQL condition over the contracts table alone: the one definition of "at risk". */
export function reasons(today: string): Record<RiskCode, SQL> {
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

/** Every reason that holds on `today`, as a text[] in the order of riskCodes (empty when none). */
export function riskCodesSql(today: string): SQL {
  const all = reasons(today);
  const cases = riskCodes.map((k) => sql`case when ${all[k]} then ${k}::text end`);
  return sql`array_remove(array[${sql.join(cases, sql`, `)}]::text[], null)`;
}

/** Recomputes the stored reasons of one contract after a write (in the writer's transaction). */
export async function refreshRiskOf(db: Db, contractId: string, today: string): Promise<void> {
  await db.execute(sql`update ${c} set risk_codes = ${riskCodesSql(today)} where ${c.id} = ${contractId}`);
}
