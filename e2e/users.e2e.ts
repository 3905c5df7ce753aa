import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  afterTest,
  type Browser,
  baseUrl,
  launch,
  login,
  pickOption,
  tableRows,
  tableSettled,
} from './browser.ts';

describe('users', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'users', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a department officer sees only the users of Hà Nội, and finds a name typed without accents', async () => {
    const { page, context } = b;
    await login(page, 'chuyenvien.hanoi@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/nguoi-dung`);
    await tableSettled(page);
    const rows = tableRows(page);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const provinces = await page
      .locator('.ant-table-tbody > tr.ant-table-row td.col-province')
      .allTextContents();
    expect(provinces.length).toBe(await rows.count());
    for (const p of provinces) expect(p).toContain('Hà Nội');
    const emails = await page.locator('.ant-table-tbody td.col-email').allTextContents();
    expect(emails).toContain('chuyenvien.hanoi@khuyencong.vn');
    expect(emails).not.toContain('chuyenvien.angiang@khuyencong.vn');
    expect(await page.content()).not.toContain('angiang@khuyencong.vn');

    await page.getByPlaceholder('Tìm theo họ tên hoặc email').fill('vu thi hong');
    await page.waitForURL(/q=vu\+thi\+hong/);
    await tableSettled(page);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('td.col-name').textContent()).toContain('Vũ Thị Hồng');
    await context.clearCookies();
  });

  it('an administrator creates a user, sees it in the list, and the audit log shows user.created', async () => {
    const { page, context } = b;
    await context.clearCookies();
    await login(page, 'admin@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/nguoi-dung`);
    await tableSettled(page);

    const email = `kiemthu.${Date.now()}@khuyencong.vn`;
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.waitFor();
    await page.fill('#email', email);
    await page.fill('#fullName', 'Nguyễn Thị Kiểm Thử');
    await page.fill('#title', 'Chuyên viên');
    await pickOption(page, 'organisationId', 'Sở Công Thương Hà Nội', 'so cong thuong ha noi');
    await pickOption(page, 'role', 'Chuyên viên Sở Công Thương');
    await page.fill('#password', 'KiemThu@2026a');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.locator('.ant-message').getByText(`Đã tạo tài khoản ${email}.`).waitFor();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByPlaceholder('Tìm theo họ tên hoặc email').fill('kiem thu');
    await tableSettled(page);
    await page.locator('.ant-table-tbody td.col-email', { hasText: email }).waitFor();

    await page.goto(`${baseUrl}/admin/nhat-ky`);
    await tableSettled(page);
    await page.getByPlaceholder('Hành động (vd. user.created)').fill('user.cre');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: 'user.created',
      })
      .click();
    await page.waitForURL(/action=user\.created/);
    await tableSettled(page);
    const first = tableRows(page).first();
    await expect.poll(() => first.locator('td.col-action').textContent()).toBe('user.created');
    expect(await first.textContent()).toContain('admin@khuyencong.vn');
    // The expanded row shows the new record's values.
    await first.locator('.ant-table-row-expand-icon').click();
    await page.locator('.audit-diff').getByText(email).first().waitFor();
  });
});
