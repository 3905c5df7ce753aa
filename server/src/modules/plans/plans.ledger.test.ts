import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { tx } from '../../platform/tx.ts';
import { testDatabase } from '../../test/db.ts';
import { currentPlanYear } from '../calls/index.ts';
import { getSchemeForModule } from '../schemes/index.ts';
import { assignForTest, getSchemeAssignment, recordSchemeRelease } from './index.ts';
import { actorByEmail, makeReadySchemes } from './plans.fixtures.ts';

let db: Awaited<ReturnType<typeof testDatabase>>['db'];
let agency: Actor;
let ids: string[];
const YEAR = currentPlanYear();
let base = 0n;

beforeAll(async () => {
  db = (await testDatabase()).db;
  agency = await actorByEmail(db, 'lanhdao.cuc@khuyencong.vn');
  ids = await makeReadySchemes(db, YEAR, [
    {
      level: 'national',
      provinceCode: '91',
      title: 'Máy dệt kiếm cho HTX (thử nghiệm kế hoạch)',
      qty: 2,
      price: 150,
    },
    {
      level: 'national',
      provinceCode: '01',
      title: 'Máy chẻ nan tre (thử nghiệm kế hoạch)',
      qty: 1,
      price: 120,
    },
  ]);
}, 60_000);

const available = async (planId: string) =>
  BigInt(
    (
      await queryRows<{ s: string }>(
        db,
        sql`select sum(amount) as s from plan_ledger where plan_id = ${planId}`,
      )
    )[0]!.s,
  );

describe('plans interface for other modules', () => {
  it('assignForTest approves and assigns through the real services; getSchemeAssignment reads it', async () => {
    expect(await getSchemeAssignment(db, ids[0]!)).toBeNull();
    const { planId } = await assignForTest(db, agency, { planYear: YEAR, level: 'national', schemeIds: ids });
    for (const id of ids) expect((await getSchemeForModule(db, { kind: 'all' }, id))?.state).toBe('assigned');
    const a = await getSchemeAssignment(db, ids[0]!);
    expect(a).toMatchObject({
      planId,
      planYear: YEAR,
      level: 'national',
      provinceCode: null,
      amount: 300_000_000n,
    });
    expect(a!.documentNumber).toBe(`${YEAR}/GKH-TEST`);
    expect(a!.assignedAt).toBeInstanceOf(Date);
    base = await available(planId);
    expect(base).toBeGreaterThanOrEqual(0n);
    const kinds = await queryRows<{ kind: string; amount: string }>(
      db,
      sql`select kind, amount::text as amount from plan_ledger where plan_id = ${planId} and scheme_id = ${ids[0]!} order by at, kind`,
    );
    expect(kinds).toEqual([
      { kind: 'approval', amount: '-300000000' },
      { kind: 'assignment', amount: '0' },
    ]);
  });

  it('a stop returns money to the envelope; an increase takes it back; over-returns and overdrafts are refused', async () => {
    const planId = (await getSchemeAssignment(db, ids[0]!))!.planId;
    await tx(db, (t) =>
      recordSchemeRelease(t, agency, {
        schemeId: ids[1]!,
        kind: 'stop',
        amount: 120_000_000n,
        reason: 'Ngừng thực hiện đề án theo quyết định',
        refType: 'change_request',
        refId: 'cr-1',
      }),
    );
    expect(await available(planId)).toBe(base + 120_000_000n);
    await expect(
      tx(db, (t) =>
        recordSchemeRelease(t, agency, {
          schemeId: ids[0]!,
          kind: 'increase',
          amount: base + 120_000_001n,
          reason: 'Điều chỉnh tăng kinh phí',
          refType: 'change_request',
          refId: 'cr-2',
        }),
      ),
    ).rejects.toMatchObject({ code: 'LEDGER_INSUFFICIENT' });
    await tx(db, (t) =>
      recordSchemeRelease(t, agency, {
        schemeId: ids[0]!,
        kind: 'increase',
        amount: 100_000_000n,
        reason: 'Điều chỉnh tăng kinh phí',
        refType: 'change_request',
        refId: 'cr-3',
      }),
    );
    expect(await available(planId)).toBe(base + 20_000_000n);
    await expect(
      tx(db, (t) =>
        recordSchemeRelease(t, agency, {
          schemeId: ids[0]!,
          kind: 'settlement_saving',
          amount: 400_000_001n,
          reason: 'Tiết kiệm khi quyết toán',
          refType: 'settlement',
          refId: 's-1',
        }),
      ),
    ).rejects.toMatchObject({ code: 'LEDGER_OVER_COMMITTED' });
    await expect(
      tx(db, (t) =>
        recordSchemeRelease(t, agency, {
          schemeId: ids[0]!,
          kind: 'reduction',
          amount: 0n,
          reason: 'x',
          refType: 'change_request',
          refId: 'cr-4',
        }),
      ),
    ).rejects.toMatchObject({ code: 'LEDGER_AMOUNT_INVALID' });
    const audit = await queryRows<{ action: string }>(
      db,
      sql`select action from audit_log where entity_id = ${planId} and action like 'plan.ledger_%' order by at`,
    );
    expect(audit.map((a) => a.action)).toEqual(['plan.ledger_stop', 'plan.ledger_increase']);
  });

  it('refuses a release for a scheme never assigned', async () => {
    const [other] = await makeReadySchemes(db, YEAR, [
      { level: 'national', provinceCode: '66', title: 'Máy xát cà phê (chưa giao)', qty: 1, price: 100 },
    ]);
    await expect(
      tx(db, (t) =>
        recordSchemeRelease(t, agency, {
          schemeId: other!,
          kind: 'stop',
          amount: 1n,
          reason: 'x',
          refType: 'change_request',
          refId: 'cr-5',
        }),
      ),
    ).rejects.toMatchObject({ code: 'LEDGER_NOT_ASSIGNED' });
  });
});
