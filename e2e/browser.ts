import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { TestContext } from 'vitest';

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

export type Browser = {
  context: BrowserContext;
  page: Page;
  /** The latest API calls, failed requests, errors and toasts, newest last (printed when a test fails). */
  events: string[];
  close: () => Promise<void>;
};

const KEEP_EVENTS = 60;

/** Reports each toast (antd message or notification) to the console, so a failed test can say what it said. */
function watchToasts() {
  const seen = new WeakSet<Element>();
  new MutationObserver(() => {
    for (const el of Array.from(document.querySelectorAll('.ant-message-notice, .ant-notification-notice'))) {
      if (seen.has(el)) continue;
      seen.add(el);
      console.info(`[toast] ${(el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`);
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Keeps what a failed test's reader needs: API writes and failures, browser errors, toasts. */
function recordEvents(context: BrowserContext, page: Page): string[] {
  const events: string[] = [];
  const note = (line: string) => {
    events.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (events.length > KEEP_EVENTS) events.shift();
  };
  context.on('response', (r) => {
    const req = r.request();
    const url = new URL(r.url());
    if (r.status() >= 400 || (url.pathname.startsWith('/api/') && req.method() !== 'GET'))
      note(`${req.method()} ${url.pathname}${url.search} → ${r.status()}`);
  });
  context.on('requestfailed', (r) => note(`${r.method()} ${r.url()} failed: ${r.failure()?.errorText}`));
  page.on('console', (m) => {
    // A failed load is already noted with its address by the response listener.
    if (m.text().startsWith('Failed to load resource')) return;
    if (m.type() === 'error' || m.type() === 'warning' || m.text().startsWith('[toast]'))
      note(`console.${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => note(`page error: ${e.message}`));
  return events;
}

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
    // The app honours it by turning Ant Design's animations off, so a click never lands on a dialog or a
    // drop-down still sliding into place (that made tests flaky on two busy cores).
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  await context.addInitScript(watchToasts);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    events: recordEvents(context, page),
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

/**
 * After each test: a screenshot, and when the test failed, what the page showed and the latest events
 * (CI keeps only the console output).
 */
export async function afterTest(b: Browser | undefined, prefix: string, ctx: TestContext): Promise<void> {
  if (!b) return;
  await screenshot(b.page, `${prefix}-${ctx.task.name}`);
  if (ctx.task.result?.state !== 'fail') return;
  const text = await b.page
    .evaluate(() => (document.querySelector('main') ?? document.body).innerText)
    .catch((e: unknown) => `(unreadable: ${e})`);
  console.error(
    [
      `── ${prefix} › ${ctx.task.name}: failed at ${b.page.url()}`,
      '── what the page showed:',
      text.replace(/\n{2,}/g, '\n').slice(0, 2500),
      '── latest events:',
      ...b.events,
    ].join('\n'),
  );
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
