import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { freeAssigned } from './contracts.fixtures.ts';

let t: TestApp;
let dept: Session;
let deptLeader: Session;
let centre: Session;
let hanoi: Session;
let agency: Session;
let free: string[];
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
type Contract = {
  id: string;
  version: number;
  state: string;
  schemeId: string;
  schemeVersion: number;
  abilities: Record<string, boolean>;
};

beforeAll(async () => {
  t = await testApp();
  [dept, deptLeader, centre, hanoi, agency] = (await Promise.all(
    [demo.angiangOfficer, demo.angiangLeader, demo.centreStaff, demo.hanoiOfficer, demo.agencyOfficer].map(
      (e) => signIn(t.app, e),
    ),
  )) as [Session, Session, Session, Session, Session];
  free = await freeAssigned(t.database.db);
}, 60_000);

describe('contracts over HTTP', () => {
  it('401 without a session; the register and signing progress of the seeded An Giang plan', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/contracts' })).statusCode).toBe(401);
    const year = new Date().getUTCFullYear() + 1;
    const list = (await dept.get(`/api/contracts?level=local&planYear=${year}`)).json() as {
      items: Contract[];
      total: number;
    };
    expect(list.total).toBe(3);
    const sp = (await dept.get(`/api/contracts/signing-progress?planYear=${year}&level=local`)).json();
    expect(sp).toMatchObject({ total: 3, signed: 2 });
    expect(sp.series.at(-1)).toMatchObject({ date: today, signed: 2 });
    expect(((await hanoi.get('/api/contracts?level=local')).json() as { total: number }).total).toBe(0);
  });

  it('the at-risk list names the seeded scheme whose spending runs ahead of its progress', async () => {
    const res = (await dept.get('/api/contracts/at-risk?reason=spending_off')).json() as {
      items: { reasons: { code: string; message: string }[] }[];
    };
    expect(res.items).toHaveLength(1);
    expect(res.items[0]!.reasons.map((r) => r.code)).toContain('spending_off');
    expect(res.items[0]!.reasons.find((r) => r.code === 'spending_off')!.message).toMatch(
      /Giải ngân lệch tiến độ/,
    );
  });

  it('403 for the implementer, 404 out of province, 422 on unknown fields, 409 on a stale version', async () => {
    expect((await centre.post('/api/contracts', { schemeId: free[0] })).statusCode).toBe(403);
    expect((await hanoi.post('/api/contracts', { schemeId: free[0] })).statusCode).toBe(404);
    expect((await dept.post('/api/contracts', { schemeId: free[0], bogus: 1 })).statusCode).toBe(422);
    const over = await dept.post('/api/contracts', { schemeId: free[0], value: '999999999999' });
    expect(over.json()).toMatchObject({ code: 'CONTRACT_OVER_SUPPORT' });
    const bad = await dept.post('/api/contracts', {
      schemeId: free[0],
      startDate: '2027-05-01',
      endDate: '2027-04-01',
    });
    expect(bad.json()).toMatchObject({ code: 'CONTRACT_DATES_INVALID' });
    const created = await dept.post('/api/contracts', { schemeId: free[0] });
    expect(created.statusCode).toBe(201);
    const c = created.json() as Contract;
    expect((await dept.post('/api/contracts', { schemeId: free[0] })).json()).toMatchObject({
      code: 'CONTRACT_EXISTS',
    });
    expect((await hanoi.get(`/api/contracts/${c.id}`)).statusCode).toBe(404);
    const adv = await dept.post(`/api/contracts/${c.id}/money`, {
      kind: 'advance',
      amount: '1000',
      date: today,
      reference: 'x',
      contractVersion: c.version,
    });
    expect(adv.statusCode).toBe(422);
    expect(adv.json()).toMatchObject({ code: 'MONEY_BEFORE_SIGNING' });
    expect(adv.json().detail).toMatch(/chưa được ký/);
    const full = (await dept.get(`/api/contracts/${c.id}`)).json() as Contract & Record<string, unknown>;
    const edited = await dept.patch(`/api/contracts/${c.id}`, {
      number: '15/2027/HĐ-SCT',
      partyA: full.partyA,
      partyB: full.partyB,
      value: full.value,
      counterpartCommitted: full.counterpartCommitted,
      startDate: full.startDate,
      endDate: full.endDate,
      paymentTerms: full.paymentTerms,
      schedule: full.schedule,
      documents: [],
      version: c.version,
    });
    expect(edited.json()).toMatchObject({ number: '15/2027/HĐ-SCT', version: c.version + 1 });
    expect(((await dept.get('/api/contracts?q=15/2027/hd-sct')).json() as { total: number }).total).toBe(1);
    c.version += 1;
    const future = await dept.post(`/api/contracts/${c.id}/transitions`, {
      action: 'sign',
      version: c.version,
      date: '2099-01-01',
    });
    expect(future.json()).toMatchObject({ code: 'CONTRACT_DATES_INVALID' });
    const signed = await dept.post(`/api/contracts/${c.id}/transitions`, {
      action: 'sign',
      version: c.version,
      date: today,
    });
    expect(signed.json()).toMatchObject({ state: 'signed', schemeState: 'contracted' });
    const stale = await dept.post(`/api/contracts/${c.id}/transitions`, {
      action: 'liquidate',
      version: c.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    const docx = await dept.get(`/api/contracts/${c.id}/document.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('a change request goes to the department leader (local scheme); others cannot decide it', async () => {
    const scheme = (await dept.get(`/api/schemes/${free[1]}`)).json() as { version: number };
    const cr = await centre.post(`/api/schemes/${free[1]}/change-requests`, {
      kinds: ['stop'],
      reason: 'Cơ sở xin dừng',
      schemeVersion: scheme.version,
    });
    expect(cr.statusCode).toBe(201);
    const body = cr.json() as { id: string; version: number; authority: string };
    expect(body.authority).toBe('department');
    const inbox = (await deptLeader.get('/api/change-requests')).json() as { items: { id: string }[] };
    expect(inbox.items.map((i) => i.id)).toContain(body.id);
    expect(((await agency.get('/api/change-requests')).json() as { items: unknown[] }).items).toEqual([]);
    const wrong = await dept.post(`/api/change-requests/${body.id}/decision`, {
      decision: 'approve',
      version: body.version,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'CHANGE_WRONG_AUTHORITY' });
    const ok = await deptLeader.post(`/api/change-requests/${body.id}/decision`, {
      decision: 'approve',
      version: body.version,
    });
    expect(ok.json()).toMatchObject({ state: 'approved', released: '300000000' });
    expect(((await dept.get(`/api/schemes/${free[1]}`)).json() as { state: string }).state).toBe('stopped');
    const again = await deptLeader.post(`/api/change-requests/${body.id}/decision`, {
      decision: 'approve',
      version: body.version + 1,
    });
    expect(again.json()).toMatchObject({ code: 'CHANGE_BAD_STATE' });
  });

  it('the rules endpoint shows the authority matrix with citations', async () => {
    const r = (await dept.get('/api/contracts/rules')).json() as {
      authorityMatrix: { kind: string; national: string; citation: { document: string } }[];
    };
    expect(r.authorityMatrix.find((x) => x.kind === 'stop')).toMatchObject({
      national: 'ministry',
      citation: { document: 'TT 36/2013/TT-BCT' },
    });
  });
});
