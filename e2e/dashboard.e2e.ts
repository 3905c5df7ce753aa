import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseUrl, launch, login, screenshot, tableRows, tableSettled } from './browser.ts';

const agency = 'chuyenvien.cuc@khuyencong.vn';
/** The demo plan year (the seeded An Giang local plan and its contracts): next year in Vietnam. */
const planYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4)) + 1;

describe("leaders' dashboard and indicators", () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the agency officer sees the figures, the charts and the 34-province map, and drills down', async () => {
    const { page } = b;
    await login(page, agency);
    await page.getByTestId('leaders-dashboard-link').click();
    await page.waitForURL(/\/admin\/bao-cao\/bang-dieu-khien/);
    await page.getByRole('heading', { name: 'Bảng điều khiển lãnh đạo' }).waitFor();
    // The figures of the year at a glance.
    for (const k of ['envelope', 'approved', 'assigned', 'contracted', 'disbursed', 'atRisk'])
      await page.getByTestId(`figure-${k}`).waitFor();
    await expect(page.getByTestId('figure-approved').textContent()).resolves.toMatch(/₫/);
    // ECharts draws SVG into each chart; the tile map has one tile per province.
    await page.locator('[data-testid="chart-monthly"] svg').first().waitFor();
    await page.locator('[data-testid="chart-contents"] svg').first().waitFor();
    await expect(page.locator('[data-testid="province-map"] [data-testid^="tile-"]').count()).resolves.toBe(
      34,
    );
    const angiang = page.getByTestId('tile-91');
    await expect(angiang.getAttribute('aria-label')).resolves.toMatch(/^An Giang: .*₫$/);
    await page.waitForTimeout(600); // let the charts finish their entry animation before the picture
    await screenshot(page, 'dashboard-leaders');

    // A tile drills down to the province's schemes of the year.
    await angiang.click();
    await page.waitForURL(new RegExp(`/admin/de-an\\?planYear=${planYear}&provinceCode=91&state=`));
    await tableSettled(page);
    expect(await tableRows(page).count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-drill-province');

    // A figure drills down to the contracts register.
    await page.goBack();
    await page.getByTestId('figure-contracted').click();
    await page.waitForURL(new RegExp(`/admin/hop-dong\\?planYear=${planYear}&state=signed`));
    await tableSettled(page);
    expect(await tableRows(page).count()).toBeGreaterThan(0);
  });

  it('the indicators page draws its charts and tables', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/admin/bao-cao/chi-so`);
    await page.getByRole('heading', { name: 'Chỉ số khuyến công' }).waitFor();
    for (const id of ['chart-signing', 'chart-changes', 'chart-kinds', 'chart-priority'])
      await page.locator(`[data-testid="${id}"] svg`).first().waitFor();
    await page.getByText('Chống dàn trải và mức độ tập trung (HHI)').waitFor();
    await page.waitForTimeout(600);
    await screenshot(page, 'dashboard-indicators');
  });
});
