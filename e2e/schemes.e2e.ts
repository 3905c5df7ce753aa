import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  afterTest,
  type Browser,
  baseUrl,
  launch,
  login,
  pickOption,
  screenshot,
  tableRows,
  tableSettled,
} from './browser.ts';

const planYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4)) + 1;
const title = `Hỗ trợ máy dệt kiếm tự động cho HTX Dệt may Tân Châu ${Date.now()}`;

async function typeDate(page: Page, id: string, ddmmyyyy: string) {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(ddmmyyyy);
  await page.keyboard.press('Enter');
}

/** Picks an option of an antd Select that may already show a value (its label covers the input). */
async function choose(page: Page, id: string, optionText: string) {
  await page.locator(`#${id}`).click({ force: true });
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: optionText,
    })
    .first()
    .click();
}

async function setLine(page: Page, n: number, qty: string, price: string, source: string) {
  await choose(page, `costLines_${n}_itemCode`, 'Ứng dụng máy móc thiết bị tiên tiến');
  await page.fill(
    `#costLines_${n}_description`,
    n === 0 ? 'Máy dệt kiếm tự động (phần KCQG hỗ trợ)' : 'Máy dệt kiếm tự động (phần đối ứng)',
  );
  await page.fill(`#costLines_${n}_quantity`, qty);
  await page.fill(`#costLines_${n}_unitPrice`, price);
  await choose(page, `costLines_${n}_fundingSource`, source);
}

describe('schemes', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'schemes', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a centre drafts a machinery scheme, sees the support capped by TT 28/2018 with its citation, and submits it', async () => {
    const { page } = b;
    await login(page, 'canbo.ttkc.angiang@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/de-an`);
    await tableSettled(page);
    await page.getByTestId('new-scheme').click();
    await page.fill('#title', title);
    await page.fill('#need', 'Khung dệt cơ khí cũ, năng suất thấp, không đáp ứng đơn hàng lụa xuất khẩu.');
    await page.fill(
      '#goals',
      'Ứng dụng máy dệt kiếm tự động, tăng năng suất gấp ba, ổn định chất lượng lụa.',
    );
    await page.getByTestId('next-step').click();
    await pickOption(page, 'beneficiaryIds', 'Hợp tác xã Dệt may Tân Châu', 'det may tan chau');
    await page.keyboard.press('Escape');
    await page.fill('#address', 'Phường Tân Châu, An Giang');
    await page.getByTestId('next-step').click();
    await typeDate(page, 'startDate', `01/03/${planYear}`);
    await typeDate(page, 'endDate', `31/10/${planYear}`);
    await page.getByTestId('next-step').click();

    await page.getByTestId('add-line').click();
    await setLine(page, 0, '2', '200000000', 'NSTW');
    await page.getByTestId('add-line').click();
    await setLine(page, 1, '2', '250000000', 'Đối ứng');
    // 50% of 900 tr is 450 tr, above the 300 tr cap of TT 28/2018 Art 8.4: 400 tr asked is too much.
    const panel = page.getByTestId('support-panel');
    await panel.getByTestId('support-allowed').filter({ hasText: '300.000.000 ₫' }).waitFor();
    await panel.getByTestId('violation-CAP_EXCEEDED').waitFor();
    expect(await panel.getByTestId('citation').first().textContent()).toContain(
      'TT 28/2018/TT-BTC, Điều 8, khoản 4',
    );
    expect(await panel.textContent()).toContain('Ba trăm triệu đồng');
    await screenshot(page, 'schemes-capped');

    await page.fill('#costLines_0_unitPrice', '150000000');
    await page.getByTestId('violation-CAP_EXCEEDED').waitFor({ state: 'detached' });
    await page.getByTestId('save-scheme').click();
    await page.waitForURL(/\/admin\/de-an\/[0-9a-f-]{36}$/);
    await page.getByTestId('action-submit').click();
    await page.locator('#confirm-action').click();
    await page.locator('[data-state="submitted"]').first().waitFor();
    await page.getByTestId('timeline').getByText('Nộp đề án').waitFor();
  });

  it('a department officer forwards it from the list', async () => {
    const { page, context } = b;
    await context.clearCookies();
    await login(page, 'chuyenvien.angiang@khuyencong.vn');
    await page.goto(
      `${baseUrl}/admin/de-an?state=submitted&q=${encodeURIComponent('may det kiem tu dong tan chau')}`,
    );
    await tableSettled(page);
    const row = tableRows(page).filter({ hasText: title });
    await row.waitFor();
    await row.locator('.ant-checkbox-input').check();
    await page.getByTestId('bulk-forward').click();
    await page.locator('.ant-message').getByText('Đã chuyển tiếp 1 đề án').waitFor();
    await page.goto(`${baseUrl}/admin/de-an?q=${encodeURIComponent('may det kiem tu dong tan chau')}`);
    await tableSettled(page);
    await tableRows(page).filter({ hasText: title }).locator('[data-state="province_appraised"]').waitFor();
    await tableRows(page).filter({ hasText: title }).getByRole('link').first().click();
    await page.getByTestId('timeline').getByText('Thẩm định cấp cơ sở, chuyển tiếp').waitFor();
  });
});
