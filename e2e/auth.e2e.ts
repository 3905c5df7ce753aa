import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterTest, type Browser, baseUrl, launch, login } from './browser.ts';

describe('log-in', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'auth', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a wrong password shows the Vietnamese error', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/dang-nhap`);
    await page.fill('#email', 'chuyenvien.cuc@khuyencong.vn');
    await page.fill('#password', 'SaiMatKhau123');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng.' });
    await alert.waitFor();
    expect(page.url()).toContain('/dang-nhap');
  });

  it('an unsigned visitor of /admin is sent to log in and comes back after', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/admin/nhat-ky`);
    await page.waitForURL(/\/dang-nhap\?next=%2Fadmin%2Fnhat-ky/);
    await page.fill('#email', 'lanhdao.cuc@khuyencong.vn');
    await page.fill('#password', 'KhuyenCong@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/admin\/nhat-ky$/);
    await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.waitForURL(/\/dang-nhap$/);
    await login(page, 'lanhdao.cuc@khuyencong.vn');
    expect(page.url()).toMatch(/\/admin$/);
  });
});
