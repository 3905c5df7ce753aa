import { beforeAll, describe, expect, it } from 'vitest';
import { latestPlanYear } from '../../../../shared/schemas/indicators.ts';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { insertIndicatorFixture } from './indicators.fixture.ts';

let t: TestApp;
let agency: Session;
let angiang: Session;
let implementer: Session;

beforeAll(async () => {
  t = await testApp();
  await insertIndicatorFixture(t.database.db);
  [agency, angiang, implementer] = (await Promise.all(
    [demo.agencyOfficer, demo.angiangOfficer, demo.implementerStaff].map((e) => signIn(t.app, e)),
  )) as [Session, Session, Session];
}, 60_000);

const paths = ['signing', 'changes', 'dispersion', 'kinds', 'priority'].map(
  (p) => `/api/reports/indicators/${p}?fromYear=2014&toYear=2015`,
);

describe('indicators over HTTP: scope', () => {
  it('401 without a session, 403 for a role without reports', async () => {
    expect((await t.app.inject({ method: 'GET', url: paths[0]! })).statusCode).toBe(401);
    for (const p of [...paths, '/api/reports/dashboard?year=2015'])
      expect((await implementer.get(p)).statusCode, p).toBe(403);
  });

  it('a department asking for another province gets 404 problem+json; its own province or none is fine', async () => {
    for (const p of [
      ...paths.map((x) => `${x}&provinceCode=01`),
      '/api/reports/dashboard?year=2015&provinceCode=01',
    ]) {
      const res = await angiang.get(p);
      expect(res.statusCode, p).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    }
    const own = await angiang.get(`${paths[2]}&provinceCode=91`);
    expect(own.statusCode).toBe(200);
    const none = (await angiang.get(paths[2]!)).json();
    // Without a province the department still sees An Giang only: S3, S4, S6, S7, S8 (970M).
    expect(none.total).toMatchObject({ schemes: 5, amount: '970000000' });
    expect(none.byProvince.map((r: { key: string }) => r.key)).toEqual(['91']);
  });

  it('the agency reads any province, and the nation', async () => {
    const hn = (await agency.get(`${paths[2]}&provinceCode=01`)).json();
    expect(hn.total).toMatchObject({ schemes: 3, amount: '430000000' });
    const d = await agency.get('/api/reports/dashboard?year=2015&provinceCode=01');
    expect(d.statusCode).toBe(200);
    expect(d.json().totals.approved).toMatchObject({ value: '80000000', count: 1 });
  });
});

describe('indicators over HTTP: validation', () => {
  const bad = async (url: string, path: string) => {
    const res = await agency.get(url);
    expect(res.statusCode, url).toBe(422);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(
      path ? `querystring.${path}` : 'querystring',
    );
    return res.json();
  };

  it('422 when from > to, more than 15 years, a future year, unknown level or field', async () => {
    const e = await bad('/api/reports/indicators/signing?fromYear=2016&toYear=2015', 'fromYear');
    expect(e.errors[0].message).toMatch(/Năm đầu/);
    await bad('/api/reports/indicators/changes?fromYear=2010&toYear=2025', 'toYear');
    await bad(`/api/reports/indicators/kinds?fromYear=2020&toYear=${latestPlanYear() + 1}`, 'toYear');
    await bad('/api/reports/indicators/priority?fromYear=2014&toYear=2015&level=province', 'level');
    await bad('/api/reports/indicators/signing?fromYear=2014&toYear=2015&bogus=1', '');
    await bad('/api/reports/indicators/dispersion?fromYear=2014&toYear=2015&threshold=-5', 'threshold');
    await bad('/api/reports/indicators/signing?toYear=2015', 'fromYear');
    await bad(`/api/reports/dashboard?year=${latestPlanYear() + 1}`, 'year');
    await bad('/api/reports/dashboard?year=2015&provinceCode=1', 'provinceCode');
  });

  it('15 years and the latest plan year are accepted', async () => {
    const last = latestPlanYear();
    const res = await agency.get(`/api/reports/indicators/signing?fromYear=${last - 14}&toYear=${last}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().years).toHaveLength(15);
  });
});
