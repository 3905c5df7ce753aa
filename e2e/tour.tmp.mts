import { baseUrl, launch, login, screenshot, tableSettled } from './browser.ts';

const b = await launch();
const { page } = b;
const problems: string[] = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning')
    problems.push(`console ${m.type()}: ${m.text().slice(0, 300)}`);
});
page.on('response', (r) => {
  if (r.url().includes('/api/') && r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
});
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
await login(page, process.env.WHO ?? 'admin@khuyencong.vn');
for (const p of (
  process.env.PAGES ?? ',nguoi-dung,to-chuc,don-vi-hanh-chinh,danh-muc,van-ban,nhat-ky,ho-so,de-an'
).split(',')) {
  await page.goto(`${baseUrl}/admin${p ? `/${p}` : ''}`);
  const t0 = Date.now();
  await page
    .locator('.admin-content h3')
    .first()
    .waitFor()
    .catch(() => problems.push(`no header ${p}`));
  await page.waitForTimeout(300);
  console.log(p, Date.now() - t0, 'ms');
  if (await page.locator('.ant-table-wrapper').count()) await tableSettled(page);
  await screenshot(page, `tour-${p || 'dashboard'}`);
}
console.log(problems.join('\n') || 'no problems');
await b.close();
