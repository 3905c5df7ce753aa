import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanDetail, RunDetail } from '../../../../shared/schemas/plans.ts';
import { tx } from '../../platform/tx.ts';
import { demo, type Session, signIn, testApp } from '../../test/http.ts';
import { currentPlanYear } from '../calls/index.ts';
import { recordSchemeRelease } from './index.ts';
import { actorByEmail } from './plans.fixtures.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let officer: Session;
let leader: Session;
let plan: PlanDetail;
const year = currentPlanYear();

beforeAll(async () => {
  t = await testApp();
  officer = await signIn(t.app, demo.agencyOfficer);
  leader = await signIn(t.app, demo.agencyLeader);
  const list = (await officer.get(`/api/plans?planYear=${year}`)).json() as Plan[];
  plan = (
    await officer.get(`/api/plans/${list.find((p) => p.level === 'national')!.id}`)
  ).json() as PlanDetail;
});

const reload = async () => {
  plan = (await officer.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
  return plan;
};

describe('annual plans', () => {
  it('the seeded national plan: envelope and balances from the ledger, a first run never worse than greedy', async () => {
    expect(plan.state).toBe('draft');
    expect(plan.envelope).toBe('1800000000');
    expect(plan.balances[0]).toMatchObject({ kind: 'total', amount: '1800000000', available: '1800000000' });
    expect(plan.ledger.map((l) => l.kind)).toEqual(['budget']);
    expect(plan.runs).toHaveLength(1);
    const run = (await officer.get(`/api/plans/${plan.id}/runs/${plan.runs[0]!.id}`)).json() as RunDetail;
    expect(run.mipValue).toBeGreaterThanOrEqual(run.greedyValue);
    expect(run.gap).toBeLessThanOrEqual(1e-4);
    expect(BigInt(run.mipAmount)).toBeLessThanOrEqual(1_700_000_000n);
    const small = run.decisions.find((d) => BigInt(d.amount) < 50_000_000n)!;
    expect(small.inMip).toBe(false);
    expect(small.reason).toContain('dưới mức tối thiểu');
    const out = run.decisions.find((d) => !d.inMip && d.needs.length)!;
    expect(out.reason).toMatch(/được bố trí nếu .* tăng thêm [\d.]+ ₫/);
    expect(
      run.decisions.every((d) => d.inMip || d.reason.startsWith('Chưa') || d.reason.includes('tối thiểu')),
    ).toBe(true);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    for (const p of [
      '/api/plans',
      '/api/plans/{id}/runs',
      '/api/plans/{id}/transitions',
      '/api/councils/{id}/scores',
    ])
      expect(Object.keys(doc.paths)).toContain(p);
  });

  it('tells the web app who may start a plan or a council', async () => {
    expect((await officer.get('/api/auth/me')).json().permissions).toMatchObject({
      'plans.create': true,
      'councils.create': true,
    });
    const rep = await signIn(t.app, demo.establishmentRep);
    expect((await rep.get('/api/auth/me')).json().permissions).toMatchObject({ 'plans.create': false });
  });

  it('a second plan for the same year and level is refused; a department cannot prepare the national plan', async () => {
    const dup = await officer.post('/api/plans', {
      planYear: year,
      level: 'national',
      title: 'Trùng',
      envelope: '1',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('PLAN_EXISTS');
    const hanoi = await signIn(t.app, demo.hanoiOfficer);
    expect((await hanoi.get(`/api/plans/${plan.id}`)).statusCode).toBe(200);
    const run = await hanoi.post(`/api/plans/${plan.id}/runs`, {});
    expect(run.statusCode).toBe(403);
    const stranger = await signIn(t.app, demo.establishmentRep);
    expect((await stranger.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
  });

  it('pins that break a province cap are refused, naming the conflicting constraint; nothing is saved', async () => {
    const hn = plan.lines.filter((l) => l.provinceCode === '01' && BigInt(l.requested) >= 50_000_000n);
    const pinned = await officer.post(`/api/plans/${plan.id}/pins`, {
      version: plan.version,
      pins: hn.map((l) => ({ schemeId: l.schemeId, pin: 'in' })),
    });
    expect(pinned.statusCode).toBe(200);
    const runs = plan.runs.length;
    const bad = await officer.post(`/api/plans/${plan.id}/runs`, {});
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'ALLOCATION_INFEASIBLE' });
    expect(bad.json().detail).toContain('nguồn của tỉnh 01 (650.000.000 ₫)');
    await reload();
    expect(plan.runs).toHaveLength(runs);
    const unpinned = await officer.post(`/api/plans/${plan.id}/pins`, {
      version: plan.version,
      pins: hn.map((l, i) => ({ schemeId: l.schemeId, pin: i === 0 ? 'in' : 'none' })),
    });
    expect(unpinned.statusCode).toBe(200);
    const ok = (
      await officer.post(`/api/plans/${plan.id}/runs`, { note: 'Ghim đề án đầu tiên' })
    ).json() as RunDetail;
    expect(ok.decisions.find((d) => d.schemeId === hn[0]!.schemeId)).toMatchObject({
      inMip: true,
      pin: 'in',
    });
  });

  it('a selection over the envelope (the envelope cut after the run) cannot be submitted; nothing changes', async () => {
    await reload();
    const subs = plan.subEnvelopes;
    const cut = await officer.patch(`/api/plans/${plan.id}`, {
      version: plan.version,
      envelope: '500000000',
      subEnvelopes: [],
    });
    expect(cut.statusCode).toBe(200);
    await reload();
    const sub = await officer.post(`/api/plans/${plan.id}/transitions`, {
      action: 'submit',
      version: plan.version,
    });
    expect(sub.statusCode).toBe(422);
    expect(sub.json()).toMatchObject({ code: 'PLAN_OVER_ENVELOPE' });
    expect(sub.json().detail).toContain('500.000.000 ₫');
    await reload();
    expect(plan.state).toBe('draft');
    const dup = await officer.patch(`/api/plans/${plan.id}`, {
      version: plan.version,
      envelope: '1800000000',
      subEnvelopes: [...subs, subs[0]],
    });
    expect(dup.json().code).toBe('PLAN_SUBENVELOPES_INVALID');
    const back = await officer.patch(`/api/plans/${plan.id}`, {
      version: plan.version,
      envelope: '1800000000',
      subEnvelopes: subs,
    });
    expect(back.statusCode).toBe(200);
    await reload();
    expect(plan.ledger.filter((l) => l.kind === 'budget').map((l) => l.amount)).toEqual([
      '1300000000',
      '-1300000000',
      '1800000000',
    ]);
    expect(plan.balances[0]!.available).toBe('1800000000');
    await officer.post(`/api/plans/${plan.id}/runs`, { note: 'Chạy lại' });
  });

  it('submit, approve by the right role with a decision; two leaders approving the same version: one 409', async () => {
    await reload();
    const sub = await officer.post(`/api/plans/${plan.id}/transitions`, {
      action: 'submit',
      version: plan.version,
    });
    expect(sub.statusCode).toBe(200);
    await reload();
    expect(plan.state).toBe('submitted');
    const byOfficer = await officer.post(`/api/plans/${plan.id}/transitions`, {
      action: 'approve',
      version: plan.version,
      decisionNumber: '1',
      decisionDate: `${year - 1}-12-20`,
    });
    expect(byOfficer.json().code).toBe('PLAN_ROLE_FORBIDDEN');
    const noDecision = await leader.post(`/api/plans/${plan.id}/transitions`, {
      action: 'approve',
      version: plan.version,
    });
    expect(noDecision.json().code).toBe('PLAN_DECISION_REQUIRED');
    const body = {
      action: 'approve',
      version: plan.version,
      decisionNumber: `2105/QĐ-BCT`,
      decisionDate: `${year - 1}-12-20`,
    };
    const leader2 = await signIn(t.app, demo.agencyLeader);
    const [a, b] = await Promise.all([
      leader.post(`/api/plans/${plan.id}/transitions`, body),
      leader2.post(`/api/plans/${plan.id}/transitions`, body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    await reload();
    expect(plan.state).toBe('approved');
    const funded = plan.lines.filter((l) => l.selected);
    expect(funded.length).toBeGreaterThan(0);
    expect(funded.every((l) => l.state === 'approved')).toBe(true);
    const total = funded.reduce((s, l) => s + BigInt(l.approvedAmount!), 0n);
    expect(BigInt(plan.balances[0]!.available)).toBe(1_800_000_000n - total);
    expect(plan.ledger.filter((l) => l.kind === 'approval')).toHaveLength(funded.length);
  });

  it('assignment: over the approved amount refused, then assigned; the difference returns to the envelope', async () => {
    const line = plan.lines.find((l) => l.selected)!;
    const over = await officer.post(`/api/plans/${plan.id}/assignments`, {
      implementerOrgId: line.implementerOrgId,
      documentNumber: '15/GKH-ĐMST',
      lines: [{ schemeId: line.schemeId, amount: String(BigInt(line.approvedAmount!) + 1n) }],
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe('ASSIGN_OVER_APPROVED');
    const before = BigInt(plan.balances[0]!.available);
    const ok = await officer.post(`/api/plans/${plan.id}/assignments`, {
      implementerOrgId: line.implementerOrgId,
      documentNumber: '15/GKH-ĐMST',
      documentDate: `${year}-01-05`,
      lines: [{ schemeId: line.schemeId, amount: String(BigInt(line.approvedAmount!) - 10_000_000n) }],
    });
    expect(ok.statusCode).toBe(200);
    await reload();
    expect(BigInt(plan.balances[0]!.available)).toBe(before + 10_000_000n);
    expect(plan.lines.find((l) => l.schemeId === line.schemeId)).toMatchObject({
      state: 'assigned',
      assignmentDocument: '15/GKH-ĐMST',
    });
    const xlsx = await officer.get(`/api/plans/${plan.id}/table.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const docx = await officer.get(`/api/plans/${plan.id}/table.docx`);
    expect(docx.statusCode).toBe(200);
  });

  it('re-release: a stopped scheme’s money returns and the next-ranked schemes that now fit can be funded', async () => {
    const assigned = plan.lines.find((l) => l.state === 'assigned')!;
    const agency = await actorByEmail(t.database.db, demo.agencyOfficer);
    await tx(t.database.db, (d) =>
      recordSchemeRelease(d, agency, {
        schemeId: assigned.schemeId,
        kind: 'stop',
        amount: BigInt(assigned.committed),
        reason: 'Ngừng thực hiện theo quyết định',
        refType: 'change_request',
        refId: 'demo',
      }),
    );
    await reload();
    expect(plan.ledger[0]).toMatchObject({ kind: 'stop', amount: assigned.committed });
    expect(plan.nextFitting.length).toBeGreaterThan(0);
    const next = plan.nextFitting[0]!;
    const res = await officer.post(`/api/plans/${plan.id}/fund-next`, {
      schemeId: next.schemeId,
      version: plan.version,
    });
    expect(res.statusCode).toBe(200);
    await reload();
    expect(plan.lines.find((l) => l.schemeId === next.schemeId)).toMatchObject({
      selected: true,
      state: 'approved',
    });
    expect(plan.ledger[0]).toMatchObject({ kind: 're_release', amount: `-${next.amount}` });
  });
});
