import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { insertIndicatorFixture } from './indicators.fixture.ts';

/**
 * Every indicator on the hand-made data set of indicators.fixture.ts (plan years 2014–2015). Expected
 * figures are worked out by hand in the comments; `m(x)` = x million đồng as the API's string.
 */
const m = (x: number) => String(x * 1_000_000);
let t: TestApp;
let agency: Session;
let angiang: Session;
const get = async (s: Session, url: string) => {
  const res = await s.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await testApp();
  await insertIndicatorFixture(t.database.db);
  agency = await signIn(t.app, demo.agencyOfficer);
  angiang = await signIn(t.app, demo.angiangOfficer);
}, 60_000);

describe('contracts signed by date', () => {
  it('curves per year: cumulative share by month, value share, median days to sign', async () => {
    const r = await get(agency, '/api/reports/indicators/signing?fromYear=2014&toYear=2015');
    const [y14, y15] = r.years;
    // 2014: C1..C4, 1 000M; signed C1 (Feb, 50M), C2 (Apr, 300M), C3 (Jan 2015: after the year, no month).
    expect(y14).toMatchObject({ year: 2014, contracts: 4, value: m(1000), signed: 3, signedValue: m(500) });
    // days to sign 10, 60, 329 → median 60.
    expect(y14.medianDays).toBe(60);
    // Jan 0/4; Feb 1/4 = 25%, 50/1000 = 5%; Apr.. 2/4 = 50%, 350/1000 = 35%.
    expect(y14.curve.map((p: { percent: number }) => p.percent)).toEqual([
      0, 25, 25, 50, 50, 50, 50, 50, 50, 50, 50, 50,
    ]);
    expect(y14.curve[1]).toEqual({ month: 2, signed: 1, percent: 25, valuePercent: 5 });
    expect(y14.curve[11]).toEqual({ month: 12, signed: 2, percent: 50, valuePercent: 35 });
    // 2015: C5..C8, 400M; C5 signed 30/12/2014 counts in January (80M), C8 1/3 and C6 16/3 (300M).
    expect(y15).toMatchObject({
      contracts: 4,
      value: m(400),
      signed: 3,
      signedValue: m(380),
      medianDays: 45,
    });
    expect(y15.curve[0]).toEqual({ month: 1, signed: 1, percent: 25, valuePercent: 20 });
    expect(y15.curve[1]).toEqual({ month: 2, signed: 1, percent: 25, valuePercent: 20 });
    expect(y15.curve[2]).toEqual({ month: 3, signed: 3, percent: 75, valuePercent: 95 });
    expect(y15.drill).toBe('/admin/hop-dong?planYear=2015');
  });

  it('the level filter keeps the local contracts only (C7 unsigned, C8 signed in March)', async () => {
    const r = await get(agency, '/api/reports/indicators/signing?fromYear=2015&toYear=2015&level=local');
    expect(r.years[0]).toMatchObject({ contracts: 2, value: m(120), signed: 1, signedValue: m(100) });
    expect(r.years[0].curve[2]).toEqual({ month: 3, signed: 1, percent: 50, valuePercent: 83.3 });
    expect(r.years[0].drill).toBe('/admin/hop-dong?planYear=2015&level=local');
  });
});

describe('stopped and adjusted schemes', () => {
  it('per year, with the approved requests only, reasons ranked and trimmed', async () => {
    const r = await get(agency, '/api/reports/indicators/changes?fromYear=2014&toYear=2015');
    const [y14, y15] = r.years;
    // 2014: 4 lines, 1 000M. Stopped S4 (500M, released 500M) = 1/4 = 25%.
    // Adjusted S2 (timing, +20M) and S3 (−10M); S1's request was rejected: 2/4 = 50%, 300 + 150 = 450M.
    expect(y14).toMatchObject({
      year: 2014,
      planned: 4,
      plannedValue: m(1000),
      stopped: 1,
      stoppedValue: m(500),
      stoppedPercent: 25,
      released: m(500),
      adjusted: 2,
      adjustedValue: m(450),
      adjustedPercent: 50,
      fundingDelta: m(10),
    });
    expect(y14.stopReasons).toEqual([
      { reason: 'Đơn vị thụ hưởng không còn nhu cầu', schemes: 1, value: m(500) },
    ]);
    // "Chậm giao máy móc": S2 and S3 (450M); "Tăng giá thiết bị": S2 (300M).
    expect(y14.adjustReasons).toEqual([
      { reason: 'Chậm giao máy móc', schemes: 2, value: m(450) },
      { reason: 'Tăng giá thiết bị', schemes: 1, value: m(300) },
    ]);
    // 2015: 4 lines, 400M. Stopped S7 (20M) = 25%; the submitted second stop does not count.
    expect(y15).toMatchObject({
      planned: 4,
      plannedValue: m(400),
      stopped: 1,
      stoppedValue: m(20),
      stoppedPercent: 25,
      released: m(20),
      adjusted: 0,
      adjustedValue: '0',
      fundingDelta: '0',
    });
    expect(y15.stopReasons).toEqual([{ reason: 'Không đủ vốn đối ứng', schemes: 1, value: m(20) }]);
    expect(y15.drillStopped).toBe('/admin/de-an?planYear=2015&state=stopped');
  });
});

describe('anti-dispersion and concentration', () => {
  it('share under the threshold and HHI: total, per year, province and content', async () => {
    const r = await get(agency, '/api/reports/indicators/dispersion?fromYear=2014&toYear=2015');
    expect(r.threshold).toBe(m(100));
    // Lines (in 10M): 5, 30, 15, 50 | 8, 20, 2, 10 → Σ 140; under 100M: 5, 8, 2 → 15 (S8 = 100M is not under).
    // HHI = Σa² / (Σa)² × 10 000 = 4 218 / 19 600 × 10 000 = 2 152.04.
    expect(r.total).toMatchObject({ schemes: 8, amount: m(1400), under: 3, underAmount: m(150) });
    expect(r.total.underPercent).toBe(10.7); // 150 / 1 400 = 10.71%
    expect(r.total.hhi).toBe(2152.04);
    // 2014: Σ 100, Σa² 3 650 → 3 650; under 5 → 5%. 2015: Σ 40, Σa² 568 → 568/1 600 = 3 550; under 10 of 40 = 25%.
    expect(
      r.byYear.map((x: { key: string; hhi: number; underPercent: number }) => [x.key, x.hhi, x.underPercent]),
    ).toEqual([
      ['2014', 3650, 5],
      ['2015', 3550, 25],
    ]);
    // 01: 5, 30, 8 → Σ 43, Σa² 989 → 5 348.84; under 13 of 43 = 30.2%.
    // 91: 15, 50, 20, 2, 10 → Σ 97, Σa² 3 229 → 3 431.82; under 2 of 97 = 2.1%.
    const prov = Object.fromEntries(r.byProvince.map((x: { key: string }) => [x.key, x]));
    expect(prov['01']).toMatchObject({ name: 'Thành phố Hà Nội', schemes: 3, amount: m(430), under: 2 });
    expect([prov['01'].hhi, prov['01'].underPercent]).toEqual([5348.84, 30.2]);
    expect([prov['91'].hhi, prov['91'].underPercent, prov['91'].schemes]).toEqual([3431.82, 2.1, 5]);
    // ND45-1: 5, 50, 8, 2 → Σ 65, Σa² 2 593 → 6 137.28; under 15 of 65 = 23.1%.
    // ND45-3: 30, 15, 20, 10 → Σ 75, Σa² 1 625 → 2 888.89; none under.
    const cont = Object.fromEntries(r.byContent.map((x: { key: string }) => [x.key, x]));
    expect([cont['ND45-1'].hhi, cont['ND45-1'].underPercent, cont['ND45-1'].under]).toEqual([
      6137.28, 23.1, 3,
    ]);
    expect([cont['ND45-3'].hhi, cont['ND45-3'].underPercent, cont['ND45-3'].under]).toEqual([2888.89, 0, 0]);
    expect(cont['ND45-1'].drill).toBe(
      '/admin/de-an?contentCode=ND45-1&state=approved%2Cassigned%2Ccontracted%2Cimplementing%2Caccepted%2Csettled%2Cstopped',
    );
  });

  it('a higher threshold moves S8 (100M) and S3 (150M) under it', async () => {
    const r = await get(
      agency,
      '/api/reports/indicators/dispersion?fromYear=2014&toYear=2015&threshold=200000000',
    );
    // under 200M: 50, 150, 80, 20, 100 → 5 lines, 400M of 1 400M = 28.6%.
    expect(r.total).toMatchObject({ under: 5, underAmount: m(400), underPercent: 28.6 });
  });
});

describe('point and group schemes; priority areas', () => {
  it('kinds: shares of count and amount per year, every kind listed', async () => {
    const r = await get(agency, '/api/reports/indicators/kinds?fromYear=2014&toYear=2015');
    const pick = (y: {
      kinds: { kind: string; schemes: number; percent: number; amountPercent: number }[];
    }) => y.kinds.map((k) => [k.kind, k.schemes, k.percent, k.amountPercent]);
    // 2014: ordinary S1+S4 (550M), point S2 (300M), group S3 (150M) of 4 lines, 1 000M.
    expect(pick(r.years[0])).toEqual([
      ['ordinary', 2, 50, 55],
      ['point', 1, 25, 30],
      ['group', 1, 25, 15],
      ['product_support', 0, 0, 0],
    ]);
    // 2015: ordinary S5+S8 (180M), point S6 (200M), group S7 (20M) of 400M.
    expect(pick(r.years[1])).toEqual([
      ['ordinary', 2, 50, 45],
      ['point', 1, 25, 50],
      ['group', 1, 25, 5],
      ['product_support', 0, 0, 0],
    ]);
    expect(r.years[1].kinds[2].drill).toMatch(/^\/admin\/de-an\?planYear=2015&kind=group&state=/);
  });

  it('priority areas: per year and per province, provinces by amount', async () => {
    const r = await get(agency, '/api/reports/indicators/priority?fromYear=2014&toYear=2015');
    // 2014: S2 + S3 = 2 of 4, 450M of 1 000M. 2015: S6 + S8 = 2 of 4, 300M of 400M.
    expect(r.years[0]).toMatchObject({
      year: 2014,
      total: 4,
      schemes: 2,
      amount: m(450),
      percent: 50,
      amountPercent: 45,
    });
    expect(r.years[1]).toMatchObject({
      total: 4,
      totalAmount: m(400),
      schemes: 2,
      amount: m(300),
      amountPercent: 75,
    });
    // 91: S3, S6, S8 = 3 of 5, 450M of 970M = 46.4%. 01: S2 = 1 of 3 (33.3%), 300M of 430M = 69.8%.
    expect(
      r.byProvince.map(
        (p: { provinceCode: string; schemes: number; percent: number; amountPercent: number }) => [
          p.provinceCode,
          p.schemes,
          p.percent,
          p.amountPercent,
        ],
      ),
    ).toEqual([
      ['91', 3, 60, 46.4],
      ['01', 1, 33.3, 69.8],
    ]);
  });
});

describe('the leaders dashboard', () => {
  it('the year at a glance, provinces, contents and months (2015, the nation)', async () => {
    const d = await get(agency, '/api/reports/dashboard?year=2015');
    // Envelope: national 1 000M + An Giang 500M. Approved = assigned = 80 + 200 + 20 + 100.
    expect(d.totals.envelope.value).toBe(m(1500));
    expect(d.totals.approved).toMatchObject({ value: m(400), count: 4 });
    expect(d.totals.assigned).toMatchObject({ value: m(400), count: 4 });
    // Contracted: C5, C6, C8 signed and not stopped = 380M. Disbursed: 30 + 190 + 100 = 320M.
    expect(d.totals.contracted).toMatchObject({
      value: m(380),
      count: 3,
      drill: '/admin/hop-dong?planYear=2015&state=signed',
    });
    expect(d.totals.disbursed.value).toBe(m(320));
    // At risk (contracts module): C5 active and behind, C7 unsigned, C8 accepted past the settlement deadline.
    expect(d.totals.atRisk).toMatchObject({ count: 3, value: m(200), capped: false });
    expect(d.totals.atRisk.drill).toBe('/admin/hop-dong/canh-bao?planYear=2015');
    expect(d.provinces).toHaveLength(34);
    const p = Object.fromEntries(d.provinces.map((x: { code: string }) => [x.code, x]));
    expect(p['91']).toMatchObject({ schemes: 3, approved: m(320), contracted: m(300), disbursed: m(290) });
    expect(p['01']).toMatchObject({ schemes: 1, approved: m(80), contracted: m(80), disbursed: m(30) });
    expect(p['04']).toMatchObject({ schemes: 0, approved: '0' });
    expect(
      d.contents.map((c: { code: string; approved: string; contracted: string; disbursed: string }) => [
        c.code,
        c.approved,
        c.contracted,
        c.disbursed,
      ]),
    ).toEqual([
      ['ND45-1', m(100), m(80), m(30)],
      ['ND45-3', m(300), m(300), m(290)],
    ]);
    // Months: signed Jan 1 (C5, before the year), Mar 2; money Jan 30, Mar 100, Jun 100, Jul −10, Dec 90 + 10.
    const mo = d.months.map((x: { signed: number; disbursed: string; cumulativeDisbursed: string }) => [
      x.signed,
      x.disbursed,
      x.cumulativeDisbursed,
    ]);
    expect(mo[0]).toEqual([1, m(30), m(30)]);
    expect(mo[2]).toEqual([2, m(100), m(130)]);
    expect(mo[6]).toEqual([0, m(-10), m(220)]);
    expect(mo[11]).toEqual([0, m(100), m(320)]);
  });

  it('a department sees its own province: local plan envelope, its schemes and at-risk contracts', async () => {
    const d = await get(angiang, '/api/reports/dashboard?year=2015');
    expect(d.provinceCode).toBe('91');
    expect(d.provinces.map((x: { code: string }) => x.code)).toEqual(['91']);
    expect(d.totals.envelope.value).toBe(m(500));
    expect(d.totals.approved).toMatchObject({ value: m(320), count: 3 });
    expect(d.totals.contracted).toMatchObject({ value: m(300), count: 2 });
    expect(d.totals.disbursed.value).toBe(m(290));
    // C7 (20M) and C8 (100M).
    expect(d.totals.atRisk).toMatchObject({ count: 2, value: m(120) });
    expect(d.totals.approved.drill).toMatch(/^\/admin\/de-an\?planYear=2015&provinceCode=91&state=/);
  });
});
