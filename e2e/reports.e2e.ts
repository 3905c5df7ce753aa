import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterTest, type Browser, baseUrl, launch, login } from './browser.ts';

const dept = 'chuyenvien.angiang@khuyencong.vn';
const agency = 'chuyenvien.cuc@khuyencong.vn';

async function as(page: Page, email: string, url: string) {
  await page.context().clearCookies();
  await login(page, email);
  await page.goto(url);
}

describe('statutory reports', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    b.page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'reports', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a department generates, downloads and submits its six-month report; the agency consolidates it', async () => {
    const { page } = b;
    await as(page, dept, `${baseUrl}/admin/bao-cao`);
    await page.getByTestId('report-create').click();
    await page.locator('#report-create-ok').click();
    await page.waitForURL(/\/admin\/bao-cao\/[0-9a-f-]{36}$/);
    const reportUrl = page.url();
    await expect
      .poll(() => page.getByTestId('report-state').first().textContent(), { timeout: 60_000 })
      .toBe('Dự thảo');
    // this year's demo plan of An Giang: four schemes, three contracts signed, two advances
    await expect.poll(() => page.getByTestId('report-totals').textContent()).toContain('1.200.000.000');
    await expect.poll(() => page.getByTestId('report-totals').textContent()).toContain('360.000.000');

    const href = await page.getByTestId('report-download-xlsx').getAttribute('href');
    const file = await page.request.get(`${baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(/Bao-cao-6-thang.*An-Giang-v1\.xlsx/);
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
    const pdf = await page.request.get(`${baseUrl}${href?.replace('xlsx', 'pdf')}`);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-number').fill('215/BC-SCT');
    await page.getByTestId('report-signer').fill('Nguyễn Thị Kim Loan');
    await page.locator('#report-submit-ok').click();
    await expect
      .poll(() => page.getByTestId('report-state').first().textContent())
      .toBe('Đã gửi (đã chốt số liệu)');
    await expect
      .poll(() => page.getByTestId('report-freeze-note').textContent())
      .toContain('Đã chốt số liệu');
    expect(await page.getByTestId('report-submit').count()).toBe(0);

    await as(page, agency, `${baseUrl}/admin/bao-cao/tong-hop`);
    const row = page.getByTestId('submissions').locator('tr', { hasText: 'An Giang' });
    await expect.poll(() => row.textContent()).toContain('Đã gửi');
    await page.getByTestId('consolidate').click();
    await page.waitForURL(/\/admin\/bao-cao\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toBe(reportUrl);
    await expect
      .poll(() => page.getByTestId('report-state').first().textContent(), { timeout: 60_000 })
      .toBe('Dự thảo');
    await expect.poll(() => page.getByTestId('report-totals').textContent()).toContain('1.200.000.000');
    await expect
      .poll(() => page.getByTestId('report-missing').textContent())
      .toContain('Chưa gửi báo cáo (33)');
    await page.getByRole('tab', { name: 'Theo tỉnh, thành phố' }).click();
    await expect.poll(() => page.getByTestId('report-byProvince').textContent()).toContain('An Giang');
  });
});
