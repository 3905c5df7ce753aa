import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { getSchemeForModule } from '../schemes/index.ts';
import { decideChange, raiseChange } from './changes.service.ts';
import { recordAcceptance, recordSettlement } from './closing.service.ts';
import { actorOf, assignedSchemes, freeAssigned } from './contracts.fixtures.ts';
import { createContract, getContract, transitionContract } from './contracts.service.ts';
import { moneyOf, recordEntry } from './money.service.ts';
import { submitReport } from './progress.service.ts';
import { listAtRisk } from './risk.service.ts';

let db: Db;
let ids: string[];
let local: string[];
const a: Record<string, Actor> = {};
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
const month = today.slice(0, 7);
const prevMonth = (() => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

beforeAll(async () => {
  db = (await testDatabase()).db;
  ids = await assignedSchemes(db, 2, 'national');
  local = await freeAssigned(db);
  for (const [k, e] of Object.entries({
    officer: 'chuyenvien.cuc@khuyencong.vn',
    leader: 'lanhdao.cuc@khuyencong.vn',
    centre: 'canbo.ttkc.angiang@khuyencong.vn',
    dept: 'chuyenvien.angiang@khuyencong.vn',
    deptLeader: 'lanhdao.angiang@khuyencong.vn',
    hanoi: 'chuyenvien.hanoi@khuyencong.vn',
  }))
    a[k] = await actorOf(db, e);
}, 120_000);

const envelopeOf = async (schemeId: string) =>
  (
    await queryRows<{ kind: string; amount: string }>(
      db,
      sql`select kind, amount::text from plan_ledger where scheme_id = ${schemeId} and kind in ('stop', 'reduction', 'increase', 'settlement_saving') order by at`,
    )
  ).map((r) => `${r.kind}:${r.amount}`);

async function draft(schemeId: string, who = a.officer!) {
  return createContract(db, who, {
    schemeId,
    number: `HĐ-${schemeId.slice(0, 4)}`,
    partyA: 'Cục Công Thương địa phương',
    partyB: 'Trung tâm Khuyến công An Giang',
    value: '300000000',
    counterpartCommitted: '500000000',
    startDate: today,
    endDate: `${today.slice(0, 4)}-12-31`,
    paymentTerms: null,
    schedule: [],
    documents: [],
  });
}

describe('from assignment to settlement', () => {
  it('signs, advances under the rule, reports, changes, accepts, liquidates and settles, freeing the rest', async () => {
    const id = ids[0]!;
    const c0 = await draft(id);
    expect(c0).toMatchObject({ state: 'draft', value: '300000000', abilities: { sign: true } });
    // no advance before signing
    await expect(
      recordEntry(db, a.officer!, c0.id, {
        kind: 'advance',
        amount: '1000',
        date: today,
        reference: 'UNC 1',
        contractVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'MONEY_BEFORE_SIGNING' });
    const c1 = await transitionContract(db, a.officer!, c0.id, {
      action: 'sign',
      version: c0.version,
      date: today,
    });
    expect(c1).toMatchObject({ state: 'signed', signedDate: today, schemeState: 'contracted' });
    // machinery: 70 % only after more than 70 % of the investment (TT 36/2013 Art 13–16)
    let m = await moneyOf(db, a.officer!, c1.id);
    expect(m.advance).toMatchObject({ limit: '0', ruleSetCode: 'TT-28-2018-SD-64-2024' });
    await expect(
      recordEntry(db, a.officer!, c1.id, {
        kind: 'advance',
        amount: '1000',
        date: today,
        reference: 'UNC 1',
        contractVersion: c1.version,
      }),
    ).rejects.toMatchObject({ code: 'MONEY_ADVANCE_OVER_RULE' });
    // the implementer reports (the first report starts implementation)
    const r1 = await submitReport(db, a.centre!, c1.id, {
      period: prevMonth < c1.signedDate!.slice(0, 7) ? month : month,
      reportDate: today,
      workDone: 'Đã ký hợp đồng mua máy, máy về xưởng',
      overallPercent: 75,
      contents: [{ contentCode: 'ND45-3', percent: 75 }],
      spent: '225000000',
      problems: null,
      documents: [],
    });
    expect(r1.overallPercent).toBe(75);
    let c = await getContract(db, a.officer!, c1.id);
    expect(c.schemeState).toBe('implementing');
    m = await moneyOf(db, a.officer!, c.id);
    expect(m.advance.limit).toBe('210000000');
    await expect(
      recordEntry(db, a.officer!, c.id, {
        kind: 'advance',
        amount: '210000001',
        date: today,
        reference: 'UNC 1',
        contractVersion: c.version,
      }),
    ).rejects.toMatchObject({ code: 'MONEY_ADVANCE_OVER_RULE' });
    m = await recordEntry(db, a.officer!, c.id, {
      kind: 'advance',
      amount: '210000000',
      date: today,
      reference: 'UNC 01/TU',
      contractVersion: c.version,
    });
    expect(m.balances[0]).toMatchObject({ source: 'national', advanced: '210000000', net: '210000000' });
    // progress is cumulative: it cannot go back; a second report in the month is fine
    await expect(
      submitReport(db, a.centre!, c.id, {
        period: month,
        reportDate: today,
        workDone: 'x',
        overallPercent: 60,
        contents: [],
        spent: '0',
        documents: [],
      }),
    ).rejects.toMatchObject({ code: 'REPORT_PROGRESS_DECREASED' });
    await expect(
      submitReport(db, a.centre!, c.id, {
        period: month,
        reportDate: '2099-01-01',
        workDone: 'x',
        overallPercent: 90,
        contents: [],
        spent: '0',
        documents: [],
      }),
    ).rejects.toMatchObject({ code: 'REPORT_PERIOD_INVALID' });
    await submitReport(db, a.centre!, c.id, {
      period: month,
      reportDate: today,
      workDone: 'Lắp đặt xong',
      overallPercent: 95,
      contents: [],
      spent: '250000000',
      documents: [],
    });
    c = await getContract(db, a.officer!, c.id);
    // a change request: timing within the year, decided by the agency (TT 36/2013 Art 11)
    const s = (await getSchemeForModule(db, { kind: 'all' }, ids[0]!))!;
    const cr = await raiseChange(db, a.centre!, ids[0]!, {
      kinds: ['funding_decrease'],
      reason: 'Giá máy giảm',
      amount: '20000000',
      changes: {},
      documents: [],
      schemeVersion: s.version,
    });
    expect(cr).toMatchObject({ authority: 'agency', state: 'submitted' });
    await expect(
      decideChange(db, a.deptLeader!, cr.id, { decision: 'approve', version: cr.version }),
    ).rejects.toMatchObject({ code: 'CHANGE_WRONG_AUTHORITY' });
    const ok = await decideChange(db, a.leader!, cr.id, {
      decision: 'approve',
      version: cr.version,
      decisionNumber: '12/QĐ-CCT',
    });
    expect(ok).toMatchObject({ state: 'approved', released: '20000000' });
    const after = (await getSchemeForModule(db, { kind: 'all' }, ids[0]!))!;
    expect(after.version).toBe(s.version + 1);
    c = await getContract(db, a.officer!, c.id);
    expect(c.value).toBe('280000000');
    // acceptance needs the machinery evidence
    const acc = {
      date: today,
      minutesNumber: '05/BB-NT',
      members: 'Sở Công Thương An Giang; Trung tâm Khuyến công; HTX Dệt may Tân Châu',
      acceptedAmount: '280000000',
      conclusion: 'Đạt yêu cầu',
      documents: [],
      contractVersion: c.version,
    };
    await expect(recordAcceptance(db, a.dept!, c.id, { ...acc, evidence: [] })).rejects.toMatchObject({
      code: 'ACCEPTANCE_EVIDENCE_MISSING',
    });
    await expect(recordAcceptance(db, a.officer!, c.id, { ...acc, evidence: [] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const evidence = ['equipment_contract', 'equipment_acceptance', 'equipment_liquidation'].map((code) => ({
      code,
      reference: `Số 01/${code}`,
    }));
    await recordAcceptance(db, a.dept!, c.id, { ...acc, evidence });
    c = await getContract(db, a.officer!, c.id);
    expect(c).toMatchObject({ phase: 'accepted', schemeState: 'accepted' });
    await expect(
      recordEntry(db, a.officer!, c.id, {
        kind: 'payment',
        amount: '70000001',
        date: today,
        reference: 'UNC 2',
        contractVersion: c.version,
      }),
    ).rejects.toMatchObject({ code: 'MONEY_OVER_CONTRACT' });
    await recordEntry(db, a.officer!, c.id, {
      kind: 'payment',
      amount: '50000000',
      date: today,
      reference: 'UNC 2',
      contractVersion: c.version,
    });
    await recordEntry(db, a.centre!, c.id, {
      kind: 'counterpart',
      amount: '500000000',
      date: today,
      reference: 'HĐ mua máy',
      contractVersion: c.version,
    });
    c = await transitionContract(db, a.officer!, c.id, {
      action: 'liquidate',
      version: c.version,
      date: today,
      documentNumber: '07/TL',
    });
    const settle = { date: today, number: '09/QT', documents: [], contractVersion: c.version };
    await expect(
      recordSettlement(db, a.officer!, c.id, {
        ...settle,
        amounts: [{ source: 'national', settled: '280000000' }],
      }),
    ).rejects.toMatchObject({ code: 'SETTLEMENT_UNRECONCILED' });
    const closing = await recordSettlement(db, a.officer!, c.id, {
      ...settle,
      amounts: [
        { source: 'national', settled: '260000000' },
        { source: 'counterpart', settled: '500000000' },
      ],
    });
    expect(closing.settlement).toMatchObject({ returned: '20000000', late: false });
    expect((await getSchemeForModule(db, { kind: 'all' }, ids[0]!))!.state).toBe('settled');
    expect(await envelopeOf(ids[0]!)).toEqual(['reduction:20000000', 'settlement_saving:20000000']);
  });

  it('a stop approved by the ministry (recorded by the agency leader) frees what was not paid', async () => {
    const c0 = await draft(ids[1]!);
    const c = await transitionContract(db, a.officer!, c0.id, {
      action: 'sign',
      version: c0.version,
      date: today,
    });
    const s = (await getSchemeForModule(db, { kind: 'all' }, ids[1]!))!;
    const cr = await raiseChange(db, a.officer!, ids[1]!, {
      kinds: ['stop'],
      reason: 'Cơ sở không còn đủ điều kiện đối ứng',
      changes: {},
      documents: [{ name: 'Công văn đề nghị ngừng', number: '15/CV-TTKC' }],
      schemeVersion: s.version,
    });
    expect(cr.authority).toBe('ministry');
    await expect(
      decideChange(db, a.leader!, cr.id, { decision: 'approve', version: cr.version }),
    ).rejects.toMatchObject({
      code: 'CHANGE_INVALID',
    });
    await decideChange(db, a.leader!, cr.id, {
      decision: 'approve',
      version: cr.version,
      decisionNumber: '88/QĐ-BCT',
    });
    expect((await getSchemeForModule(db, { kind: 'all' }, ids[1]!))!.state).toBe('stopped');
    expect(await envelopeOf(ids[1]!)).toEqual(['stop:300000000']);
    await expect(
      submitReport(db, a.centre!, c.id, {
        period: month,
        reportDate: today,
        workDone: 'x',
        overallPercent: 10,
        contents: [],
        spent: '0',
        documents: [],
      }),
    ).rejects.toMatchObject({ code: 'REPORT_SCHEME_CLOSED' });
  });

  it('refuses a decision on a stale scheme version, and lists an unsigned contract as at risk', async () => {
    const c0 = await draft(local[0]!, a.dept!);
    const s = (await getSchemeForModule(db, { kind: 'all' }, local[0]!))!;
    const cr = await raiseChange(db, a.centre!, local[0]!, {
      kinds: ['timing'],
      reason: 'Lùi lắp đặt',
      changes: { endDate: `${s.planYear}-11-30` },
      documents: [],
      schemeVersion: s.version,
    });
    await transitionContract(db, a.dept!, c0.id, { action: 'sign', version: c0.version, date: today });
    expect(cr.authority).toBe('department');
    await expect(
      decideChange(db, a.deptLeader!, cr.id, { decision: 'approve', version: cr.version }),
    ).rejects.toMatchObject({
      code: 'CHANGE_STALE_VERSION',
    });
    await draft(local[1]!, a.dept!);
    const later = new Date(Date.now() + 40 * 86400e3).toISOString().slice(0, 10);
    const risk = await listAtRisk(db, a.dept!, { page: 1, pageSize: 50, asOf: later, reason: 'not_signed' });
    expect(risk.items.map((i) => i.schemeId)).toContain(local[1]);
    expect(risk.items.find((i) => i.schemeId === local[1])!.reasons[0]!.message).toMatch(/Chưa ký hợp đồng/);
    const hanoi = await listAtRisk(db, a.hanoi!, { page: 1, pageSize: 50, asOf: later });
    expect(hanoi.items).toEqual([]);
  });
});
