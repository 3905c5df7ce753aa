import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseUrl, launch, screenshot } from './browser.ts';

describe('public home page', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await screenshot(b.page, `portal-${ctx.task.name}`);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('renders at / with the programme name and a way to sign in', async () => {
    const { page } = b;
    const res = await page.goto(`${baseUrl}/`);
    expect(res?.status()).toBe(200);
    // "/" is the public portal: the programme's name is on it whichever renderer serves it.
    await page
      .getByText(/Chương trình khuyến công/)
      .first()
      .waitFor();
    expect(await page.title()).toMatch(/Khuyến [Cc]ông/);
    // The public page must not pull in the officials' app.
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(scripts.some((s) => /antd|admin-app|officials-shell/.test(s))).toBe(false);
    await page.locator('a[href="/dang-nhap"]').first().click();
    await page.waitForURL(/\/dang-nhap$/);
    await page.locator('#email').waitFor();
  });

  it('is readable on a phone', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/`);
    await page.locator('h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
