import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { demo, signIn, type TestApp, testApp } from '../../test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Call = {
  id: string;
  planYear: number;
  guidanceNumber: string;
  version: number;
  windows: unknown[];
  open: { submission: boolean };
};

const localCall = (planYear: number, provinceCode: string | null = '91') => ({
  planYear,
  level: 'local',
  provinceCode,
  title: `Xây dựng kế hoạch khuyến công địa phương năm ${planYear}`,
  guidanceNumber: '1500/SCT-QLCN',
  guidanceDate: `${planYear - 1}-05-05`,
  submissionDeadline: `${planYear - 1}-06-30`,
});

describe('calls', () => {
  it('401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/calls' })).statusCode).toBe(401);
  });

  it('lists the 2019 guidance letter 382/CTĐP-QLKC with its reopened window', async () => {
    const s = await signIn(t.app, demo.centreStaff);
    const res = await s.get('/api/calls?planYear=2020&level=national');
    expect(res.statusCode).toBe(200);
    const [c] = res.json() as Call[];
    expect(c).toMatchObject({
      guidanceNumber: '382/CTĐP-QLKC',
      guidanceDate: '2019-05-15',
      submissionDeadline: '2019-05-20',
      registrationDeadline: '2019-06-15',
      open: { submission: false, registration: false },
    });
    expect(c!.windows).toHaveLength(1);
  });

  it('a department issues its own local call, not another province’s; duplicates and bad dates are refused', async () => {
    const officer = await signIn(t.app, demo.angiangOfficer);
    const created = await officer.post('/api/calls', localCall(2031));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      planYear: 2031,
      provinceCode: '91',
      abilities: { update: true, reopen: false },
    });
    expect((await officer.post('/api/calls', localCall(2032, '01'))).statusCode).toBe(403);
    const dup = await officer.post('/api/calls', localCall(2031));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('CALL_EXISTS');
    const noProvince = await officer.post('/api/calls', localCall(2033, null));
    expect(noProvince.json().code).toBe('CALL_PROVINCE_INVALID');
    const badDates = await officer.post('/api/calls', {
      ...localCall(2034),
      submissionDeadline: '2033-01-01',
    });
    expect(badDates.statusCode).toBe(422);
    expect(badDates.json().code).toBe('CALL_DATES_INVALID');
    const badDay = await officer.post('/api/calls', { ...localCall(2034), guidanceDate: '2033-02-30' });
    expect(badDay.statusCode).toBe(422);
    expect(badDay.json().errors[0].path).toBe('guidanceDate');
  });

  it('only the agency issues a national call; edits check the version; the leader reopens with an audit row', async () => {
    const dept = await signIn(t.app, demo.angiangLeader);
    const national = {
      planYear: 2031,
      level: 'national',
      title: 'Xây dựng kế hoạch khuyến công quốc gia năm 2031',
      guidanceNumber: '500/ĐMST-KC',
      guidanceDate: '2030-04-15',
      submissionDeadline: '2030-05-20',
      registrationDeadline: '2030-06-15',
    };
    expect((await dept.post('/api/calls', national)).statusCode).toBe(403);
    const agency = await signIn(t.app, demo.agencyOfficer);
    const res = await agency.post('/api/calls', national);
    expect(res.statusCode).toBe(201);
    const call = res.json() as Call;
    const put = (version: number) =>
      agency.request({
        method: 'PATCH',
        url: `/api/calls/${call.id}`,
        payload: { ...national, note: 'Sửa', version },
      });
    expect((await put(1)).statusCode).toBe(200);
    const stale = await put(1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const window = {
      stage: 'submission',
      opensOn: '2030-05-21',
      closesOn: '2030-05-31',
      reason: 'Gia hạn',
      version: 2,
    };
    expect((await dept.post(`/api/calls/${call.id}/windows`, window)).statusCode).toBe(403);
    const bad = await agency.post(`/api/calls/${call.id}/windows`, { ...window, closesOn: '2030-05-01' });
    expect(bad.json().code).toBe('CALL_WINDOW_INVALID');
    const ok = await agency.post(`/api/calls/${call.id}/windows`, window);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ version: 3, windows: [{ stage: 'submission', reason: 'Gia hạn' }] });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${call.id} order by at`,
    );
    expect(audit.map((a) => a.action)).toEqual(['call.created', 'call.updated', 'call.window_reopened']);
  });
});
