import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterTest, type Browser, baseUrl, DEMO_PASSWORD, launch, login, tableRows } from './browser.ts';

const stamp = Date.now().toString(36).toUpperCase();
const provinceCode = `T91-E2E-${stamp}`;
const regionCode = `KVN-E2E-${stamp}`;
const product = 'Lụa Mỹ A Tân Châu';
const communeCertificate = 'X91-TANCHAU-2025-001'; // the demo seed's commune certificate of HTX Dệt may Tân Châu
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

const day = (offset: number) => {
  const d = new Date(Date.now() + 7 * 3600_000 + offset * 86400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

/** Types a date into an antd DatePicker and leaves with Tab (Enter would also submit the form). */
async function typeDate(page: Page, id: string, ddmmyyyy: string) {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(ddmmyyyy);
  await page.keyboard.press('Tab');
  await expect.poll(() => page.locator(`#${id}`).inputValue()).toBe(ddmmyyyy);
}

async function logout(page: Page) {
  await page.context().clearCookies();
}

/** Picks an option of an antd Select that may already show a value (the shown value covers its input). */
async function choose(page: Page, inputId: string, optionText: string, typed?: string) {
  await page.locator('.ant-select', { has: page.locator(`#${inputId}`) }).click();
  if (typed) await page.locator(`#${inputId}`).fill(typed);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: optionText,
    })
    .first()
    .click();
}

/** Confirms an antd Popconfirm opened by the button with this test id. */
async function confirmAction(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
  await page.locator('.ant-message-success').last().waitFor();
}

async function openRound(page: Page, code: string, tab?: string) {
  await page.goto(`${baseUrl}/admin/san-pham?q=${encodeURIComponent(code)}`);
  await page.getByTestId(`round-${code}`).click();
  await page.waitForURL(/\/admin\/san-pham\/[0-9a-f-]{36}/);
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Signs in over HTTP (no browser) and scores an entry: the council's routine sheets. */
async function scoreOverApi(
  email: string,
  roundId: string,
  entryName: string,
  points: [number, number, number, number],
) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const sheets = (await (
    await fetch(`${baseUrl}/api/product-rounds/${roundId}/my-sheets`, { headers })
  ).json()) as { items: { entryId: string; name: string }[] };
  const entry = sheets.items.find((i) => i.name === entryName)!;
  const [market, economic, culture, other] = points;
  const scored = await fetch(`${baseUrl}/api/product-entries/${entry.entryId}/score`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      scores: [
        { criterion: 'market', points: market },
        { criterion: 'economic', points: economic },
        { criterion: 'culture', points: culture },
        { criterion: 'other', points: other },
      ],
    }),
  });
  expect(scored.status).toBe(200);
}

describe('typical products: province round to certificate, verification and the regional round', () => {
  let b: Browser;
  let roundId = '';
  let certificate = '';
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'products', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the department creates a provincial round, seats a council of seven and opens registration', async () => {
    const { page } = b;
    await login(page, 'chuyenvien.angiang@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/san-pham`);
    await page.getByTestId('new-round').click();
    await page.fill('#code', provinceCode);
    await page.fill('#name', `Bình chọn sản phẩm CNNT tiêu biểu tỉnh An Giang (e2e ${stamp})`);
    await typeDate(page, 'registrationOpens', day(-1));
    await typeDate(page, 'registrationCloses', day(5));
    await typeDate(page, 'selectionDate', day(7));
    await page.getByTestId('save-round').click();
    await page.waitForURL(/\/admin\/san-pham\/[0-9a-f-]{36}$/);
    roundId = page.url().split('/').pop()!;

    await page.getByRole('tab', { name: 'Hội đồng' }).click();
    for (let i = 1; i <= 7; i++) {
      await choose(page, 'userId', `hoidong.0${i}@`, `hoidong.0${i}`);
      await choose(page, 'role', i === 1 ? 'Chủ tịch' : i === 2 ? 'Thư ký' : 'Ủy viên');
      await page.getByTestId('add-member').click();
      await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(i);
    }
    await confirmAction(page, 'action-open_registration');
    await page.getByText('Đang nhận đăng ký').first().waitFor();
  });

  it('the establishment registers its silk with the commune certificate and a photo', async () => {
    const { page } = b;
    await logout(page);
    await login(page, 'coso.tanchau@khuyencong.vn');
    await openRound(page, provinceCode, 'Sản phẩm đăng ký');
    await page.getByTestId('register-product').click();
    await page.locator('#establishmentId').waitFor();
    await expect
      .poll(() => page.locator('.ant-select-selection-item', { hasText: 'Dệt may Tân Châu' }).count())
      .toBeGreaterThan(0);
    await page.fill('#name', product);
    await page.fill('#lowerCertificateNumber', communeCertificate);
    await page.fill('#description', 'Lụa tơ tằm dệt thủ công, nhuộm trái mặc nưa, đen bóng đặc trưng.');
    await page.fill('#productionCapacity', '5.000 m/năm');
    await page.fill('#market', 'TP Hồ Chí Minh, Hà Nội, khách du lịch');
    const photo = '/tmp/kc-e2e-lua.png';
    await fs.writeFile(photo, PNG);
    await page.locator('input[type=file]').first().setInputFiles(photo);
    await page.locator('.ant-upload-list-item-done').first().waitFor();
    await page.getByTestId('submit-registration').click();
    await page.waitForURL(/tab=entries/);
    await tableRows(page).filter({ hasText: product }).filter({ hasText: communeCertificate }).waitFor();
  });

  it('a member declares a conflict, the others score, the secretary follows the results', async () => {
    const { page } = b;
    await logout(page);
    await login(page, 'chuyenvien.angiang@khuyencong.vn');
    await openRound(page, provinceCode);
    await confirmAction(page, 'action-start_scoring');

    await logout(page);
    await login(page, 'hoidong.07@khuyencong.vn');
    await openRound(page, provinceCode, 'Hội đồng');
    await choose(page, 'establishmentId', 'Dệt may Tân Châu');
    await page.fill('#reason', 'Thân nhân làm việc tại hợp tác xã');
    await page.getByTestId('declare-conflict').click();
    await page.locator('.ant-tag-red', { hasText: 'Dệt may Tân Châu' }).waitFor();
    await page.getByRole('tab', { name: 'Phiếu chấm của tôi' }).click();
    await page.getByText('Có xung đột lợi ích – không chấm').waitFor();

    await logout(page);
    await login(page, 'hoidong.01@khuyencong.vn');
    await openRound(page, provinceCode, 'Phiếu chấm của tôi');
    await page.getByTestId(`score-${product}`).click();
    await page.fill('#score-market', '36');
    await page.fill('#note-market', 'Thị trường ổn định, có xuất khẩu');
    await page.fill('#score-economic', '34');
    await page.fill('#score-culture', '9');
    await page.fill('#score-other', '8');
    await page.getByTestId('sheet-total').filter({ hasText: '87/100' }).waitFor();
    await page.locator('#save-sheet').click();
    await tableRows(page).filter({ hasText: '87/100' }).waitFor();
    for (const n of ['02', '03', '04', '05', '06'])
      await scoreOverApi(`hoidong.${n}@khuyencong.vn`, roundId, product, [35, 33, 8, 8]);

    await logout(page);
    await login(page, 'hoidong.02@khuyencong.vn');
    await openRound(page, provinceCode, 'Tiến độ và kết quả');
    await page.locator('.ant-progress-text', { hasText: '6/6' }).waitFor();
    const row = tableRows(page).filter({ hasText: product });
    await row.filter({ hasText: '84,5' }).waitFor();
    expect(await row.textContent()).toContain('Đạt');
  });

  it('the leader recognises it; the certificate downloads as a PDF and verifies on the public page', async () => {
    const { page } = b;
    await logout(page);
    await login(page, 'chuyenvien.angiang@khuyencong.vn');
    await openRound(page, provinceCode);
    await confirmAction(page, 'action-publish_results');

    await logout(page);
    await login(page, 'lanhdao.angiang@khuyencong.vn');
    await openRound(page, provinceCode, 'Công nhận và giấy chứng nhận');
    await page.fill('#decisionNumber', `E2E-${stamp}/QĐ-SCT`);
    await page.getByTestId('recognise').click();
    certificate = `${provinceCode}-001`;
    await tableRows(page).filter({ hasText: certificate }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`pdf-${certificate}`).click(),
    ]);
    const file = await download.path();
    const bytes = await fs.readFile(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(certificate);

    await page.goto(`${baseUrl}/xac-minh-chung-nhan/${certificate}`);
    await page.getByText('còn hiệu lực').first().waitFor();
    expect(await page.locator('main').textContent()).toContain(product);
    await page.goto(`${baseUrl}/san-pham-tieu-bieu?q=lua+my+a+tan+chau`);
    await page.locator('.card', { hasText: certificate }).waitFor();
    await page.locator('.card a', { hasText: product }).first().click();
    await page.getByText(communeCertificate).waitFor();
  });

  it('the agency opens a regional round and the establishment enters the product with its provincial certificate', async () => {
    const { page } = b;
    await logout(page);
    await login(page, 'chuyenvien.cuc@khuyencong.vn');
    await page.goto(`${baseUrl}/admin/san-pham/moi`);
    await page.fill('#code', regionCode);
    await page.fill('#name', `Bình chọn sản phẩm CNNT tiêu biểu khu vực phía Nam (e2e ${stamp})`);
    await choose(page, 'level', 'Cấp khu vực');
    await page.getByTestId('region-preset').locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: 'Khu vực phía Nam',
      })
      .click();
    await expect.poll(() => page.locator('#regionName').inputValue()).toBe('Khu vực phía Nam');
    await page.fill('#organiserName', 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');
    await typeDate(page, 'registrationOpens', day(-1));
    await typeDate(page, 'registrationCloses', day(10));
    await typeDate(page, 'selectionDate', day(20));
    await page.getByTestId('save-round').click();
    await page.waitForURL(/\/admin\/san-pham\/[0-9a-f-]{36}$/);
    await confirmAction(page, 'action-open_registration');

    await logout(page);
    await login(page, 'coso.tanchau@khuyencong.vn');
    await openRound(page, regionCode, 'Sản phẩm đăng ký');
    await page.getByTestId('register-product').click();
    await expect
      .poll(() => page.locator('.ant-select-selection-item', { hasText: 'Dệt may Tân Châu' }).count())
      .toBeGreaterThan(0);
    await page.fill('#name', product);
    await page.fill('#lowerCertificateNumber', certificate);
    await page.fill('#description', 'Lụa tơ tằm dệt thủ công.');
    await page.fill('#productionCapacity', '5.000 m/năm');
    await page.fill('#market', 'Toàn quốc');
    await page.getByTestId('submit-registration').click();
    await page.waitForURL(/tab=entries/);
    await tableRows(page).filter({ hasText: certificate }).waitFor();
  });
});
