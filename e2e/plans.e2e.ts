import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterTest, type Browser, baseUrl, launch, login, tableSettled } from './browser.ts';

const planYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4)) + 1;
const marks = { fit: '13', goals: '26', cost: '17', capacity: '12', integration: '8', dossier: '9' };

async function openCouncil(page: Page) {
  await page.goto(`${baseUrl}/admin/tham-dinh`);
  await page.getByTestId('council-link').first().click();
  await page.getByTestId('council-schemes').waitFor();
  await tableSettled(page);
}

async function openPlan(page: Page) {
  await page.goto(`${baseUrl}/admin/tham-dinh`);
  await page.getByTestId('plan-link').filter({ hasText: 'quốc gia' }).first().click();
  await page.getByTestId('plan-state').waitFor();
}

const schemeRows = (page: Page) =>
  page.locator('[data-testid="council-schemes"] .ant-table-tbody > tr.ant-table-row');
const lineRows = (page: Page) =>
  page.locator('[data-testid="plan-lines"] .ant-table-tbody > tr.ant-table-row');
const confirmPop = (page: Page) =>
  page.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();

describe('appraisal councils and the annual plan', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterEach(async (ctx) => {
    await afterTest(b, 'plans', ctx);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('an expert declares a conflict on one scheme (and cannot score it) and scores another with a rationale', async () => {
    const { page } = b;
    await login(page, 'chuyengia@khuyencong.vn');
    await openCouncil(page);
    const first = schemeRows(page).nth(0);
    await first.getByTestId('declare-conflict').click();
    await page.getByTestId('conflict-note').fill('Vợ tôi là thành viên hợp tác xã thụ hưởng');
    await confirmPop(page);
    await first.getByText('xung đột', { exact: true }).first().waitFor();
    await expect.poll(() => first.getByTestId('score').count()).toBe(0);
    const second = schemeRows(page).nth(1);
    await second.getByTestId('score').click();
    for (const [k, v] of Object.entries(marks)) await page.getByTestId(`score-${k}`).fill(v);
    await page
      .getByTestId('score-rationale')
      .fill('Đề án cần thiết, dự toán hợp lý, đơn vị thực hiện đủ năng lực.');
    await page.locator('#score-submit').click();
    await second.getByText('đã chấm').first().waitFor();
    await expect.poll(() => second.getByText('chưa chấm').count()).toBe(0);
  });

  it('the secretary records the council’s conclusion', async () => {
    const { page } = b;
    await page.context().clearCookies();
    await login(page, 'chuyenvien.cuc@khuyencong.vn');
    await openCouncil(page);
    const second = schemeRows(page).nth(1);
    await second.getByTestId('conclusion-select').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: 'Đạt',
      })
      .first()
      .click();
    await second.getByTestId('conclude').click();
    await second.getByTestId('conclusion').waitFor();
    expect(await second.getByTestId('conclusion').textContent()).toBe('Đạt');
  });

  it('an officer builds the national plan: envelope, a province cap, runs the allocation, pins a scheme and reruns', async () => {
    const { page } = b;
    await openPlan(page);
    expect(await page.getByTestId('plan-state').textContent()).toBe('Dự thảo');
    await page.getByTestId('envelope').fill('2000000000');
    await page.getByTestId('sub-amount').first().fill('700000000');
    await page.getByTestId('save-rules').click();
    await page.getByTestId('available-total-').getByText('2.000.000.000 ₫').waitFor();
    await page.getByTestId('available-province-01').getByText('700.000.000 ₫').waitFor();
    await page.getByTestId('run-allocation').click();
    await page.getByTestId('run-2').waitFor();
    const mip = await page.getByTestId('run-2').getByTestId('mip-value').textContent();
    const greedy = await page.getByTestId('run-2').getByTestId('greedy-value').textContent();
    expect(mip).toMatch(/đề án/);
    expect(greedy).toMatch(/đề án/);
    await page.getByRole('tab', { name: 'Đề án và ghim' }).click();
    const row = lineRows(page).last();
    const code = (await row.locator('td').first().textContent())!.trim();
    await row.getByTestId(`pin-${code}`).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: 'Loại ra',
      })
      .first()
      .click();
    await row.locator('.ant-select-selection-item[title="Loại ra"]').waitFor();
    await page.getByRole('tab', { name: 'Các lần phân bổ' }).click();
    await page.getByTestId('run-allocation').click();
    await page.getByTestId('run-3').waitFor();
    await page.getByTestId('decisions').getByText('Lãnh đạo loại khỏi kế hoạch.').first().waitFor();
    await page.getByTestId('plan-submit').click();
    await expect.poll(() => page.getByTestId('plan-state').textContent()).toBe('Đã trình phê duyệt');
  });

  it('the agency leader approves with the decision, then assigns funds to an implementer', async () => {
    const { page } = b;
    await page.context().clearCookies();
    await login(page, 'lanhdao.cuc@khuyencong.vn');
    await openPlan(page);
    await page.getByTestId('plan-approve').click();
    await page.getByTestId('decision-number').fill(`2105/QĐ-BCT`);
    await page.getByTestId('decision-date').fill(`20/12/${planYear - 1}`);
    await page.locator('#approve-submit').click();
    await expect.poll(() => page.getByTestId('plan-state').textContent()).toBe('Đã phê duyệt');
    await page.getByRole('tab', { name: 'Đề án và ghim' }).click();
    const assign = page.locator('[data-testid^="assign-"]').first();
    await assign.click();
    await page.getByTestId('assign-document').fill('15/GKH-ĐMST');
    await page.locator('#assign-submit').click();
    await page.getByText('15/GKH-ĐMST').first().waitFor();
    await page.getByRole('tab', { name: 'Sổ nguồn kinh phí' }).click();
    await page.getByTestId('ledger').getByText('Giao kế hoạch, kinh phí').first().waitFor();
    expect(await page.getByTestId('ledger').getByText('Phê duyệt kế hoạch').count()).toBeGreaterThan(0);
  });

  it('the agency sets up another council: chair, secretary, a member; every waiting scheme is assigned', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/admin/tham-dinh`);
    await page.getByTestId('new-council').click();
    const pick = async (testId: string, typed: string, option: string) => {
      await page.getByTestId(testId).click();
      await page.keyboard.type(typed);
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
          hasText: option,
        })
        .first()
        .click();
      await page.locator('.ant-modal-title').click();
    };
    await pick('council-chair', 'lanhdao.cuc', 'lanhdao.cuc@khuyencong.vn');
    await pick('council-secretary', 'chuyenvien.cuc', 'chuyenvien.cuc@khuyencong.vn');
    await pick('council-members', 'chuyengia', 'chuyengia@khuyencong.vn');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('council-schemes').waitFor();
    expect(await page.getByTestId('council-state').textContent()).toBe('Đang thẩm định');
  });
});
