import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterTest, type Browser, baseUrl, launch, login, tableSettled } from './browser.ts';

const dept = 'chuyenvien.angiang@khuyencong.vn';
const deptLeader = 'lanhdao.angiang@khuyencong.vn';
const centre = 'canbo.ttkc.angiang@khuyencong.vn';
const planYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4)) + 1;
/** A tiny PNG (1×1, transparent): the server checks the type by name and by these first bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const photoName = 'Ảnh lắp đặt máy dệt.png';

async function logout(page: Page) {
  await page.context().clearCookies();
}

async function as(page: Page, email: string, url: string) {
  await logout(page);
  await login(page, email);
  await page.goto(url);
}

/** Opens an ActionModal by its test id, lets `fill` fill it, and saves; waits for the modal to close. */
async function modal(page: Page, testId: string, fill: () => Promise<void> = async () => undefined) {
  await page.getByTestId(testId).first().click();
  await fill();
  await page.locator(`#${testId}-ok`).click();
  await page.locator(`#${testId}-ok`).waitFor({ state: 'detached' });
}

/** Approves the first request of the inbox (its buttons carry the request id). */
async function approveFirst(page: Page) {
  await page.locator('[data-testid^="approve-"]').first().click();
  const ok = page.locator('button[id^="approve-"][id$="-ok"]');
  await ok.click();
  await ok.waitFor({ state: 'detached' });
}

/** Picks an option of an antd Select in the open modal (opened by its test id; clicked again if it did not open). */
async function selectOption(page: Page, testId: string, text: string) {
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: text,
    })
    .first();
  await page.locator('.ant-modal-content').getByTestId(testId).click();
  if (!(await option.isVisible())) {
    await page.waitForTimeout(300);
    if (!(await option.isVisible())) await page.locator('.ant-modal-content').getByTestId(testId).click();
  }
  await option.click();
}

/** Opens an assigned local scheme of TTKC An Giang without a contract (the demo seed leaves two) and drafts it. */
async function openAssigned(page: Page): Promise<string> {
  const list = (await (
    await page.request.get(
      `${baseUrl}/api/schemes?state=assigned&level=local&provinceCode=91&planYear=${planYear}&pageSize=50`,
    )
  ).json()) as { items: { id: string }[] };
  let free: string | undefined;
  for (const s of list.items) {
    const c = (await (await page.request.get(`${baseUrl}/api/schemes/${s.id}/contract`)).json()) as {
      contract: unknown;
    };
    if (!c.contract) {
      free = s.id;
      break;
    }
  }
  expect(free).toBeTruthy();
  await page.goto(`${baseUrl}/admin/de-an/${free}`);
  await page.getByTestId('scheme-contract').waitFor();
  await page.getByTestId('create-contract').click();
  await page.getByTestId('contract-state').waitFor();
  return page.url();
}

/** The plan envelope's ledger entries for a scheme, read through the plans API with the browser's session. */
async function envelopeEntries(page: Page, schemeUrl: string) {
  const schemeId = schemeUrl.split('/').pop();
  const plans = (await (
    await page.request.get(`${baseUrl}/api/plans?planYear=${planYear}&level=local`)
  ).json()) as {
    id: string;
    provinceCode: string | null;
  }[];
  const plan = (Array.isArray(plans) ? plans : (plans as { items: typeof plans }).items).find(
    (p) => p.provinceCode === '91',
  )!;
  const detail = (await (await page.request.get(`${baseUrl}/api/plans/${plan.id}`)).json()) as {
    ledger: { kind: string; amount: string; schemeId: string | null }[];
  };
  return detail.ledger.filter((e) => e.schemeId === schemeId).map((e) => `${e.kind}:${e.amount}`);
}

describe('contracts', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    b.page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'contracts', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('signing, an advance, two reports, a change approved by the department leader, acceptance and settlement free money back to the envelope', async () => {
    const { page } = b;
    await login(page, dept);
    const url = await openAssigned(page);
    await modal(page, 'sign-contract');
    await expect.poll(() => page.getByTestId('contract-state').first().textContent()).toBe('Đã ký');

    // the implementer reports 75 % with a photo: the machinery advance (70 % after more than 70 %) opens
    await as(page, centre, url);
    await page.getByTestId('tab-progress').click();
    await modal(page, 'submit-report', async () => {
      await page.getByTestId('report-work').fill('Máy đã về xưởng, đang lắp đặt.');
      await page.getByTestId('report-percent').fill('75');
      await page.getByTestId('report-content-ND45-3').fill('75');
      await page.getByTestId('report-spent').fill('225000000');
      await page
        .getByTestId('report-documents')
        .locator('input[type=file]')
        .setInputFiles({ name: photoName, mimeType: 'image/png', buffer: PNG });
      await expect.poll(() => page.getByTestId('report-documents-list').textContent()).toContain(photoName);
    });
    await expect.poll(() => page.getByTestId('reports').locator('tr.ant-table-row').count()).toBe(1);
    const photo = page.getByTestId('reports').getByTestId('document-link');
    await expect.poll(() => photo.textContent()).toContain(photoName);
    expect(await page.getByTestId('reports').textContent()).toContain('ND45-3: 75%');
    const download = await page.request.get(`${baseUrl}${await photo.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PNG)).toBe(true);

    await as(page, dept, url);
    await page.getByTestId('tab-money').click();
    await expect.poll(() => page.getByTestId('advance-limit').first().textContent()).toContain('210.000.000');
    await modal(page, 'record-money', async () => {
      await page.getByTestId('money-amount').fill('210000000');
      await page.getByTestId('money-reference').fill('Giấy rút dự toán 01/TƯ');
    });
    await expect.poll(() => page.getByTestId('ledger').textContent()).toContain('210.000.000 ₫');

    await as(page, centre, url);
    await page.getByTestId('tab-progress').click();
    await modal(page, 'submit-report', async () => {
      await page.getByTestId('report-work').fill('Lắp đặt xong, chạy thử đạt.');
      await page.getByTestId('report-percent').fill('100');
      await page.getByTestId('report-spent').fill('260000000');
    });
    await expect.poll(() => page.getByTestId('reports').locator('tr.ant-table-row').count()).toBe(2);
    // the price fell: a funding decrease, decided by the department for a local scheme
    await page.getByTestId('tab-changes').click();
    await modal(page, 'raise-change', async () => {
      await page.locator('.ant-checkbox-wrapper', { hasText: 'Giảm kinh phí' }).click();
      await page.getByTestId('change-reason').fill('Giá máy thực tế thấp hơn dự toán');
      await page.getByTestId('change-amount').fill('20000000');
    });

    await as(page, deptLeader, `${baseUrl}/admin/hop-dong/yeu-cau`);
    await tableSettled(page);
    await approveFirst(page);
    await page.locator('.ant-segmented-item', { hasText: 'Tất cả trong phạm vi' }).click();
    await expect.poll(() => page.getByTestId('inbox').textContent()).toContain('Đã chấp thuận');

    await as(page, dept, url);
    await expect.poll(() => page.getByTestId('contract-value').first().textContent()).toBe('280.000.000 ₫');
    await page.getByTestId('tab-closing').click();
    await modal(page, 'record-acceptance', async () => {
      await page.getByTestId('acceptance-number').fill('05/BB-NT');
      await page
        .getByTestId('acceptance-members')
        .fill('Sở Công Thương An Giang; TTKC An Giang; HTX Dệt may Tân Châu');
      await page.getByTestId('acceptance-conclusion').fill('Đạt yêu cầu, đưa vào sử dụng');
      for (const code of ['equipment_contract', 'equipment_acceptance', 'equipment_liquidation'])
        await page.getByTestId(`evidence-${code}`).fill(`Số 01/${code}`);
    });
    await page.getByTestId('acceptance').waitFor();
    await page.getByTestId('tab-money').click();
    await modal(page, 'record-money', async () => {
      await selectOption(page, 'money-kind', 'Thanh toán');
      await page.getByTestId('money-amount').fill('50000000');
      await page.getByTestId('money-reference').fill('Giấy rút dự toán 02/TT');
    });
    await expect.poll(() => page.getByTestId('ledger').textContent()).toContain('50.000.000 ₫');
    await page.getByRole('tab', { name: 'Hợp đồng', exact: true }).first().click();
    await modal(page, 'liquidate-contract', async () => {
      await page.getByTestId('liquidation-number').fill('07/BB-TL');
    });
    await page.getByTestId('tab-closing').click();
    await modal(page, 'record-settlement', async () => {
      await page.getByTestId('settlement-number').fill('09/BC-QT');
    });
    await expect.poll(() => page.getByTestId('settlement-returned').textContent()).toBe('20.000.000 ₫');
    expect(await envelopeEntries(page, url)).toEqual(
      expect.arrayContaining(['reduction:20000000', 'settlement_saving:20000000']),
    );
  });

  it('a stop decided by the department leader frees the whole unspent support', async () => {
    const { page } = b;
    await as(page, dept, `${baseUrl}/admin`);
    const url = await openAssigned(page);
    await modal(page, 'sign-contract');
    await page.getByTestId('tab-changes').click();
    await modal(page, 'raise-change', async () => {
      await page.locator('.ant-checkbox-wrapper', { hasText: 'Ngừng thực hiện' }).click();
      await page.getByTestId('change-reason').fill('Cơ sở thụ hưởng không còn đủ vốn đối ứng');
    });
    await as(page, deptLeader, `${baseUrl}/admin/hop-dong/yeu-cau`);
    await tableSettled(page);
    await approveFirst(page);
    await page.goto(url);
    await page.getByTestId('tab-changes').click();
    await expect.poll(() => page.getByTestId('changes').textContent()).toContain('300.000.000 ₫');
    expect(await envelopeEntries(page, url)).toEqual(expect.arrayContaining(['stop:300000000']));
    await page.goto(`${baseUrl}/admin/hop-dong`);
    await tableSettled(page);
    await expect.poll(() => page.getByTestId('signing-figure').textContent()).toMatch(/hợp đồng đã ký/);
  });
});
