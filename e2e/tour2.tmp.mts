import { baseUrl, launch, login, screenshot, tableRows, tableSettled } from './browser.ts';

const b = await launch();
const { page } = b;
const problems: string[] = [];
page.on('response', (r) => {
  if (r.url().includes('/api/') && r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
});
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning')
    problems.push(`console ${m.type()}: ${m.text().slice(0, 300)}`);
});
await login(page, 'admin@khuyencong.vn');
// organisations layout
await page.goto(`${baseUrl}/admin/to-chuc`);
await page.locator('.admin-content h3').waitFor();
await tableSettled(page);
await screenshot(page, 't2-orgs');
// user drawer
await page.goto(`${baseUrl}/admin/nguoi-dung`);
await page.locator('.admin-content h3').waitFor();
await tableSettled(page);
await page.getByRole('button', { name: 'Thêm người dùng' }).click();
await page.locator('.ant-drawer-content').waitFor();
await page.fill('#email', 'not-an-email');
await page.fill('#password', 'short');
await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
await page.waitForTimeout(500);
await screenshot(page, 't2-user-drawer-errors');
await page.keyboard.press('Escape');
// edit a user
await tableRows(page)
  .first()
  .getByRole('button', { name: 'Sửa' })
  .click()
  .catch(() => problems.push('no edit button'));
await page.waitForTimeout(600);
await screenshot(page, 't2-user-edit');
await page.keyboard.press('Escape');
// units pre2025 + detail
await page.goto(`${baseUrl}/admin/don-vi-hanh-chinh?era=pre2025&q=ba%20ria`);
await page.locator('.admin-content h3').waitFor();
await tableSettled(page);
await screenshot(page, 't2-units-pre2025');
const link = page.locator('.ant-table-tbody a').first();
if (await link.count()) {
  await link.click();
  await page.locator('.ant-drawer-content .ant-descriptions').waitFor();
  await page.waitForTimeout(500);
  await screenshot(page, 't2-unit-detail');
  await page.keyboard.press('Escape');
} else problems.push('no unit rows for ha tay');
// english
await page.goto(`${baseUrl}/admin/nguoi-dung`);
await page.locator('.admin-content h3').waitFor();
await page.locator('.ant-segmented-item', { hasText: 'EN' }).click();
await page.getByRole('heading', { name: 'Users' }).waitFor();
await tableSettled(page);
await screenshot(page, 't2-users-en');
await page.locator('.ant-segmented-item', { hasText: 'VI' }).click();
// mobile
await page.setViewportSize({ width: 390, height: 844 });
await page.goto(`${baseUrl}/admin/nguoi-dung`);
await page.locator('.admin-content h3').waitFor();
await tableSettled(page);
await screenshot(page, 't2-users-mobile');
await page.getByRole('button', { name: 'Thu gọn / mở rộng menu' }).click();
await page.waitForTimeout(400);
await screenshot(page, 't2-menu-mobile');
// legal doc drawer validation
await page.setViewportSize({ width: 1366, height: 900 });
await page.goto(`${baseUrl}/admin/van-ban`);
await page.locator('.admin-content h3').waitFor();
await tableSettled(page);
await page.getByRole('button', { name: 'Thêm văn bản' }).click();
await page.locator('.ant-drawer-content').waitFor();
await page.fill('#number', 'abc');
await page.getByRole('button', { name: 'Lưu' }).click();
await page.waitForTimeout(500);
await screenshot(page, 't2-legal-drawer');
console.log(problems.join('\n') || 'no problems');
await b.close();
