import { beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../test/http.ts';
import { currentPlanYear } from '../calls/index.ts';
import { fundedSchemesForPortal, planFiguresForPortal } from './opendata.portal.ts';

/**
 * The seeded An Giang local plan of the current cycle: five schemes of 300 tr đồng approved by decision
 * `<year>/QĐ-TEST` of 15/12 the year before; contracts 1 and 2 signed at 300 tr, the rest assigned at 300 tr.
 */
let t: TestApp;
const year = currentPlanYear();

beforeAll(async () => {
  t = await testApp();
});

describe('transparency figures', () => {
  it('gives the approved plan of the year with its decision', async () => {
    expect(await planFiguresForPortal(t.database.db, year)).toEqual({
      year,
      schemes: 5,
      budgetDong: 1_500_000_000n,
      provinces: 1,
      source: `Quyết định ${year}/QĐ-TEST ngày 15/12/${year - 1} (kế hoạch khuyến công địa phương An Giang)`,
    });
    expect(await planFiguresForPortal(t.database.db, 2015)).toBeNull();
  });

  it('gives the funded schemes per province at their current support', async () => {
    expect(await fundedSchemesForPortal(t.database.db, year)).toEqual([
      { provinceCode: '91', provinceName: 'An Giang', schemes: 5, fundsDong: 1_500_000_000n },
    ]);
    expect(await fundedSchemesForPortal(t.database.db, 2015)).toEqual([]);
  });

  it('shows them on /minh-bach with the year’s open-data downloads', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/minh-bach?nam=${year}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<dd>1.500.000.000 ₫</dd>');
    expect(res.body).toContain(`Quyết định ${year}/QĐ-TEST ngày 15/12/${year - 1}`);
    expect(res.body).toMatch(
      /<td>An Giang<\/td><td class="num">5<\/td><td class="num">1\.500\.000\.000 ₫<\/td>/,
    );
    expect(res.body).toContain('<h2>Dữ liệu mở</h2>');
    for (const file of [
      `/api/public/open-data/360giving/grants-${year}.json`,
      `/api/public/open-data/360giving/grants-${year}.csv`,
      `/api/public/open-data/ocds/releases-${year}.json`,
    ])
      expect(res.body).toContain(`href="${file}"`);
    expect(res.body).toContain('href="/api/public/open-data"');
    const en = await t.app.inject({ method: 'GET', url: `/minh-bach?nam=${year}&lang=en` });
    expect(en.body).toContain('<h2>Open data</h2>');
  });
});
