import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterTest, type Browser, baseUrl, launch } from './browser.ts';

describe('public home page', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'home', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('renders at / with the programme name and leads to the log-in page', async () => {
    const { page } = b;
    const res = await page.goto(`${baseUrl}/`);
    expect(res?.status()).toBe(200);
    await page
      .getByText(/Chương trình khuyến công/)
      .first()
      .waitFor();
    expect(await page.title()).toMatch(/Khuyến [Cc]ông/);
    await page.locator('a[href="/dang-nhap"]').first().click();
    await page.waitForURL(/\/dang-nhap$/);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.locator('#email').waitFor();
  });
});
