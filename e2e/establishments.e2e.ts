import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { taxCodeCheckDigitOk } from '../shared/registration-code.ts';
import {
  afterTest,
  type Browser,
  baseUrl,
  launch,
  login,
  screenshot,
  tableRows,
  tableSettled,
} from './browser.ts';

const stamp = Date.now().toString().slice(-6);
const names = [
  `Cơ sở Dệt chiếu Châu Phong ${stamp}`,
  `Cơ sở Bánh phồng Phú Tân ${stamp}`,
  `Hộ kinh doanh Mộc Long Phú ${stamp}`,
];

/** A valid tax code near `n` (the tenth digit checks the first nine). */
function taxCode(n: number): string {
  for (let k = n; ; k++) {
    const nine = `16${String(k).padStart(7, '0')}`;
    for (let d = 0; d <= 9; d++) if (taxCodeCheckDigitOk(`${nine}${d}`)) return `${nine}${d}`;
  }
}

/** Fills the downloaded template's "Danh sách" sheet by header name, as an official would in Excel. */
async function fillTemplate(page: Page, rows: Record<string, string | number>[]): Promise<string> {
  const res = await page.request.get(`${baseUrl}/api/establishments/import-template`);
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Danh sách')!;
  const headers = (ws.getRow(1).values as string[]).slice(1);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    for (const [header, value] of Object.entries(r)) row.getCell(headers.indexOf(header) + 1).value = value;
    row.commit();
  });
  const file = path.join(
    await fs.mkdtemp(path.join(os.tmpdir(), 'kc-e2e-import-')),
    `danh-sach-${stamp}.xlsx`,
  );
  await wb.xlsx.writeFile(file);
  return file;
}

const row = (name: string, code: string, unit: string) => ({
  'Tên cơ sở': name,
  'Loại hình': 'Hộ kinh doanh',
  'Mã số thuế/Mã số ĐKKD': code,
  'Xã/phường, huyện, tỉnh': unit,
  'Số lao động': 8,
});

describe('establishments', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'establishments', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('an official imports a list with errors, reads the report, fixes the rows and imports again', async () => {
    const { page } = b;
    await login(page, 'chuyenvien.angiang@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/co-so`);
    await tableSettled(page);
    await page.getByTestId('import').click();
    await page.waitForURL(/\/admin\/co-so\/nhap/);

    const bad = await fillTemplate(page, [
      row(names[0]!, taxCode(7_100_000), 'Xã Châu Phong, Thị xã Tân Châu, Tỉnh An Giang'),
      row(names[1]!, '0300588568', 'xa phu tan, an giang'),
      row(names[2]!, taxCode(7_100_100), 'Xã Không Có Thật, An Giang'),
    ]);
    await page.locator('input[type=file]').setInputFiles(bad);
    const result = page.getByTestId('import-result');
    await result.waitFor();
    const issues = page.getByTestId('issues-table');
    await expect.poll(() => issues.locator('tr.ant-table-row').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => issues.innerText(), { timeout: 15_000 }).toContain('Mã số không hợp lệ');
    expect(await issues.innerText()).toContain('Không tìm thấy đơn vị hành chính');
    expect(await page.getByTestId('confirm-import').count()).toBe(0);
    await screenshot(page, 'establishments-import-report-with-errors');
    const reportHref = await page.getByTestId('download-report').getAttribute('href');
    const report = await page.request.get(`${baseUrl}${reportHref}`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-disposition']).toContain('filename*=UTF-8');

    const fixed = await fillTemplate(page, [
      row(names[0]!, taxCode(7_100_000), 'Xã Châu Phong, Thị xã Tân Châu, Tỉnh An Giang'),
      row(names[1]!, taxCode(7_100_050), 'xa phu tan, an giang'),
      row(names[2]!, taxCode(7_100_100), 'Phường Long Phú, An Giang'),
    ]);
    await page.locator('input[type=file]').setInputFiles(fixed);
    await page.getByTestId('confirm-import').waitFor();
    expect(await page.getByTestId('import-result').innerText()).not.toContain('Các lỗi cần sửa');
    await page.getByTestId('confirm-import').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await page.getByTestId('to-list').click();
    await page.getByPlaceholder('Tìm theo tên hoặc mã số thuế').fill(`banh phong phu tan ${stamp}`);
    await expect
      .poll(async () => (await tableRows(page).allInnerTexts()).join('\n'), { timeout: 15_000 })
      .toContain(names[1]);
  });

  it('finds "Hợp tác xã Dệt may Tân Châu" from "hop tac xa det may", shows its eligibility with the legal basis, and exports the list', async () => {
    const { page } = b;
    await b.context.clearCookies();
    await login(page, 'chuyenvien.angiang@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/co-so`);
    await tableSettled(page);
    // Ant Design's own words (pagination, empty tables, pickers) speak Vietnamese too.
    expect(await page.locator('.ant-pagination').innerText()).toContain('/ trang');
    await page.getByPlaceholder('Tìm theo tên hoặc mã số thuế').fill('hop tac xa det may');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('q=hop');
    await expect.poll(() => tableRows(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await tableRows(page).first().innerText()).toContain('Hợp tác xã Dệt may Tân Châu');
    await page.getByTestId('export').click();
    await page.getByTestId('export-download').waitFor({ timeout: 60_000 });
    const href = await page.getByTestId('export-download').getAttribute('href');
    const file = await page.request.get(`${baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load((await file.body()) as unknown as ArrayBuffer);
    expect(exported.getWorksheet('Danh sách')!.rowCount).toBe(2);
    await page.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('link', { name: 'Hợp tác xã Dệt may Tân Châu' }).click();
    const card = page.getByTestId('eligibility-card');
    await card.waitFor();
    expect(await card.getByTestId('eligibility-tag').first().innerText()).toBe('Đủ điều kiện');
    expect((await card.getByTestId('legal-basis').allInnerTexts()).join('\n')).toContain('235/2025');
    // The schemes that support it and its recognised products (demo data) hang off the same page.
    const schemes = page.getByTestId('establishment-schemes');
    await expect
      .poll(() => schemes.locator('tr.ant-table-row').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await schemes.innerText()).toMatch(/KC(QG|ĐP)|\d{4}/);
    await page.getByTestId('establishment-products').locator('.ant-table').waitFor();
    await screenshot(page, 'establishment-detail-with-schemes-and-products');
  });
});
