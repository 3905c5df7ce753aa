import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskCode } from '../../../../shared/schemas/contracts-monitoring.ts';
import type { Db } from '../../db/client.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { vnToday } from '../calls/index.ts';
import { actorOf } from './contracts.fixtures.ts';
import * as repo from './contracts.repo.ts';
import { refreshRisk, riskFresh } from './risk.refresh.ts';
import { atRiskSummary, listAtRisk } from './risk.service.ts';

let db: Db;
const a: Record<string, Actor> = {};
const today = vnToday();
const reasons: (RiskCode | undefined)[] = [undefined, 'not_signed', 'late_report', 'spending_off'];

/** Every view of the at-risk list the tests compare: each reader, each reason, with and without a year. */
async function snapshot() {
  const out: unknown[] = [];
  for (const who of Object.keys(a).sort())
    for (const reason of reasons)
      for (const planYear of [undefined, Number(today.slice(0, 4))]) {
        const list = await listAtRisk(db, a[who]!, { page: 1, pageSize: 100, reason, planYear });
        const sum = await atRiskSummary(db, a[who]!, { planYear });
        out.push({
          who,
          reason,
          planYear,
          total: list.total,
          items: list.items.map((i) => [i.contractId, i.reasons.map((r) => r.code).join(',')]),
          sum: [sum.count, String(sum.value)],
        });
      }
  return out;
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  for (const [k, e] of Object.entries({
    agency: 'chuyenvien.cuc@khuyencong.vn',
    dept: 'chuyenvien.angiang@khuyencong.vn',
    hanoi: 'chuyenvien.hanoi@khuyencong.vn',
    centre: 'canbo.ttkc.angiang@khuyencong.vn',
  }))
    a[k] = await actorOf(db, e);
}, 120_000);

describe('stored early-warning reasons', () => {
  it('after the daily refresh the lists read the stored reasons and say exactly what the computed ones said', async () => {
    expect(await riskFresh(db, today)).toBe(false);
    const computed = await snapshot();
    // The demo holds at least one contract at risk, so the comparison is not between two empty lists.
    expect(computed.some((s) => (s as { items: unknown[] }).items.length > 0)).toBe(true);
    await refreshRisk(db, today);
    expect(await riskFresh(db, today)).toBe(true);
    const [day] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from contract_risk_refreshes where day = ${today}`,
    );
    expect(day?.n).toBe(1);
    expect(await snapshot()).toEqual(computed);
    // A second refresh the same day finds nothing to change.
    expect(await refreshRisk(db, today)).toBe(0);
  });

  it('a contract write keeps its own stored reasons current between refreshes', async () => {
    const [c] = await queryRows<{ id: string; version: number; value: string; risk_codes: string[] }>(
      db,
      sql`select id, version, value::text, risk_codes from contracts
          where phase = 'active' and state = 'signed' and value > 0 and not ('spending_off' = any(risk_codes))
          order by id limit 1`,
    );
    expect(c).toBeDefined();
    // Spent the whole contract at 0 % progress: spending runs far ahead of the work.
    const updated = await repo.updateContract(db, c!.id, c!.version, {
      lastSpent: BigInt(c!.value),
      lastProgress: 0,
    });
    expect(updated).toBeDefined();
    const [after] = await queryRows<{ risk_codes: string[] }>(
      db,
      sql`select risk_codes from contracts where id = ${c!.id}`,
    );
    expect(after?.risk_codes).toContain('spending_off');
    const list = await listAtRisk(db, a.agency!, { page: 1, pageSize: 100, reason: 'spending_off' });
    expect(list.items.map((i) => i.contractId)).toContain(c!.id);
    // …and a refresh agrees with what the write stored.
    expect(await refreshRisk(db, today)).toBe(0);
  });

  it('a list as of another day computes the reasons for that day instead of reading the stored ones', async () => {
    const later = `${Number(today.slice(0, 4)) + 2}-03-01`;
    const stored = await listAtRisk(db, a.agency!, { page: 1, pageSize: 100 });
    const then = await listAtRisk(db, a.agency!, { page: 1, pageSize: 100, asOf: later });
    expect(then.asOf).toBe(later);
    // Two years on, every accepted contract of this year is past its settlement deadline.
    const overdue = then.items.filter((i) => i.reasons.some((r) => r.code === 'settlement_overdue'));
    const accepted = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from contracts where phase = 'accepted'`,
    );
    expect(overdue.length).toBe(Math.min(accepted[0]?.n ?? 0, 100));
    expect(stored.asOf).toBe(today);
  });
});
