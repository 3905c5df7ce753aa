import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
export const DEMO_PASSWORD = 'KhuyenCong@2026';
const resultsDir = path.resolve(import.meta.dirname, '../test-results');

/** Debian's chromium (scripts/setup-browser.sh installs it); Playwright never downloads a browser here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** A fresh browser profile per test file (Playwright refuses --user-data-dir in args). */
export async function launch(): Promise<Browser> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'kc-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot to test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await fs.mkdir(resultsDir, { recursive: true });
  const file = `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120)}.png`;
  await page.screenshot({ path: path.join(resultsDir, file), fullPage: true }).catch(() => undefined);
}

/** Signs in through the log-in form and waits for the officials' app. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/admin/);
  await page.getByTestId('current-user').waitFor();
}

/** Rows of the page's main antd table (not the placeholder shown when it is empty). */
export function tableRows(page: Page) {
  return page.locator('.ant-table-tbody > tr.ant-table-row');
}

/** Waits until the table is not loading any more. */
export async function tableSettled(page: Page): Promise<void> {
  await page.locator('.ant-table-wrapper').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-table-wrapper .ant-spin-spinning'));
}

/** Picks an option of an antd Select: opens it by its input id, optionally types, clicks the option. */
export async function pickOption(
  page: Page,
  inputId: string,
  optionText: string,
  typed?: string,
): Promise<void> {
  await page.locator(`#${inputId}`).click();
  if (typed) await page.locator(`#${inputId}`).fill(typed);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: optionText,
    })
    .first()
    .click();
}
