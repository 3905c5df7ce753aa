import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterTest, type Browser, baseUrl, DEMO_PASSWORD, launch, login, pickOption } from './browser.ts';

// A 1×1 PNG and a minimal PDF: real files, checked by content on upload.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const stamp = Date.now().toString(36);
const next = new Date().getFullYear() + 1;
const titles = {
  article: `Làng nghề Mỹ Phước ${stamp} đón đoàn khảo sát khuyến công`,
  event: `Hội chợ sản phẩm làng nghề Mỹ Phước ${stamp}`,
  document: `Quyết định hỗ trợ làng nghề Mỹ Phước ${stamp}`,
};

async function typeDate(page: Page, selector: string, value: string) {
  await page.locator(selector).click();
  await page.locator(selector).fill(value);
  await page.keyboard.press('Enter');
}

/** Picks an option of an antd Select by clicking the control (its selection may cover the input). */
async function choose(page: Page, id: string, option: string) {
  await page.locator(`.ant-select:has(#${id})`).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.waitForURL(/\/admin\/cong-thong-tin\/[a-z-]+\/[0-9a-f-]{36}$/);
}

async function publishNow(page: Page) {
  await page.getByRole('button', { name: 'Duyệt và xuất bản' }).click();
  await page.locator('.ant-modal-content').getByRole('button', { name: 'Xuất bản ngay' }).click();
  await page.locator('.ant-tag', { hasText: 'Đã xuất bản' }).waitFor();
}

async function publicUrlOf(page: Page): Promise<string> {
  const href = await page.getByRole('link', { name: 'Xem trên cổng' }).getAttribute('href');
  if (!href) throw new Error('no public link');
  return href;
}

describe('public portal', () => {
  let b: Browser;
  const urls: Record<'article' | 'event' | 'document', string> = { article: '', event: '', document: '' };
  beforeAll(async () => {
    b = await launch();
    b.page.on('dialog', (d) => {
      throw new Error(`unexpected dialog: ${d.message()}`);
    });
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'portal', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('serves the home page from the server, without the officials app, readable on a phone', async () => {
    const { page } = b;
    const res = await page.goto(`${baseUrl}/`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe('Cổng thông tin Khuyến công');
    await page.getByRole('heading', { name: /Tin mới/ }).waitFor();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(scripts).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Đăng nhập' }).first().click();
    await page.waitForURL(/\/dang-nhap$/);
  });

  it('an officer writes an article with an image (and a hostile payload) and submits it; the reviewer publishes it', async () => {
    const { page, context } = b;
    await login(page, 'chuyenvien.angiang@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/cong-thong-tin/tin-bai/moi`);
    await page.locator('#title').fill(titles.article);
    await pickOption(page, 'category', 'Tin hoạt động');
    await page.locator('#summary').fill('Đoàn công tác khảo sát nhu cầu hỗ trợ máy móc của các hộ sản xuất.');
    await page
      .getByTestId('cover-input')
      .setInputFiles({ name: 'anh-bia.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('img[alt="anh-bia.png"]').waitFor();
    const editor = page.getByRole('textbox', { name: 'Nội dung' });
    await editor.click();
    await page.keyboard.type('Các hộ sản xuất bánh tráng Mỹ Phước đề nghị hỗ trợ máy tráng bánh.');
    await page
      .getByTestId('rte-image-input')
      .setInputFiles({ name: 'lang-nghe.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => editor.locator('img').count()).toBe(1);
    // What a malicious paste or a crafted request would carry: the server must neutralise it.
    await editor.evaluate((el) => {
      el.insertAdjacentHTML(
        'beforeend',
        '<p>Liên kết <a href="javascript:window.__xss=3">xem</a><img src="x" onerror="window.__xss=1"></p><p><iframe src="https://evil.example/"></iframe></p>',
      );
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await save(page);
    const editUrl = page.url();
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.locator('.ant-tag', { hasText: 'Chờ duyệt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Duyệt và xuất bản' }).count()).toBe(0);

    await context.clearCookies();
    await login(page, 'lanhdao.angiang@khuyencong.vn');
    await page.goto(editUrl);
    await publishNow(page);
    urls.article = await publicUrlOf(page);
    expect(urls.article).toMatch(/^\/tin-tuc\/lang-nghe-my-phuoc-[a-z0-9]+-don-doan-khao-sat-khuyen-cong$/);
  });

  it('the reviewer creates an event with a registration form and publishes a document with its file', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/admin/cong-thong-tin/su-kien/moi`);
    await page.locator('#title').fill(titles.event);
    await pickOption(page, 'eventKind', 'Hội chợ');
    await typeDate(page, '#dates', `15/04/${next}`);
    await page.locator('.ant-picker-range input').nth(1).fill(`19/04/${next}`);
    await page.keyboard.press('Enter');
    await page.locator('#place').fill('Nhà văn hóa xã Mỹ Phước');
    await page.locator('#organiser').fill('Sở Công Thương An Giang');
    await choose(page, 'registrationMode', 'Mẫu đăng ký trên cổng');
    await typeDate(page, '#registrationDeadline', `31/03/${next}`);
    await save(page);
    await publishNow(page);
    urls.event = await publicUrlOf(page);

    await page.goto(`${baseUrl}/admin/cong-thong-tin/van-ban/moi`);
    await page.locator('#title').fill(titles.document);
    await page.locator('#docNumber').fill(`${stamp}/QĐ-SCT`);
    await pickOption(page, 'docKind', 'Quyết định');
    await page.locator('#issuer').fill('Sở Công Thương An Giang');
    await typeDate(page, '#issuedOn', '20/11/2026');
    await page
      .getByTestId('attachment-input')
      .setInputFiles({ name: 'quyet-dinh.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('link', { name: /quyet-dinh\.pdf/ }).waitFor();
    await save(page);
    await publishNow(page);
    urls.document = await publicUrlOf(page);
  });

  it('an establishment registers for the event on the public page, once', async () => {
    const { page, context } = b;
    await context.clearCookies();
    // Signed out, the page offers a log-in that brings the visitor back to the event.
    await page.goto(`${baseUrl}${urls.event}`);
    const form = page.locator('form.register');
    await form.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/dang-nhap\?next=/);
    await page.fill('#email', 'coso.tanchau@khuyencong.vn');
    await page.fill('#password', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => u.pathname === urls.event);
    await form.waitFor({ state: 'visible' });
    await expect
      .poll(() => form.locator('input[name=establishmentName]').inputValue())
      .toBe('Hợp tác xã Dệt may Tân Châu');
    await form.locator('input[name=phone]').fill('0296 3822 123');
    await form.locator('textarea[name=products]').fill('Lụa Tân Châu, khăn choàng lụa');
    await form.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await form.locator('.status', { hasText: 'Đã gửi đăng ký' }).waitFor();
    await page.reload();
    await form.locator('.status', { hasText: 'đã đăng ký tham gia sự kiện này' }).waitFor();
  });

  it('finds all three from the public search typed without accents, reads the RSS feed, and the payload is inert', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/tim-kiem?q=${encodeURIComponent(`lang nghe my phuoc ${stamp}`)}`);
    const hits = page.locator('ol.hits > li');
    await expect.poll(() => hits.count()).toBe(3);
    const text = (await page.locator('ol.hits').textContent()) ?? '';
    for (const title of Object.values(titles)) expect(text).toContain(title);
    expect(await page.locator('ol.hits mark', { hasText: 'Mỹ' }).count()).toBeGreaterThanOrEqual(3);

    const rss = await page.request.get(`${baseUrl}/rss.xml`);
    expect(rss.headers()['content-type']).toContain('application/rss+xml');
    const xml = await rss.text();
    expect(xml).toContain(`<title>${titles.article}</title>`);
    expect(xml).toContain(`${urls.article}</link>`);

    await page.goto(`${baseUrl}${urls.article}`);
    await page.getByRole('heading', { name: titles.article }).waitFor();
    expect(await page.locator('article .prose img').count()).toBe(1);
    const html = await page.content();
    expect(html).not.toMatch(/onerror|javascript:|evil\.example/);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
      /\/tep\/[0-9a-f-]{36}\/anh-bia\.png$/,
    );

    await page.goto(`${baseUrl}${urls.document}`);
    expect(await page.getByRole('link', { name: 'quyet-dinh.pdf' }).getAttribute('href')).toMatch(/^\/tep\//);
  });
});
