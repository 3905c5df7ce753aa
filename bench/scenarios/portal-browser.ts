import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export type FirstLoad = {
  url: string;
  /** Largest Contentful Paint of a cold first load (fresh profile, empty cache). */
  lcpMs: number;
  /** JavaScript the page loaded, gzip-compressed size (what a server with compression would send). */
  jsGzipBytes: number;
  jsFiles: number;
  htmlGzipBytes: number;
  cssGzipBytes: number;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Loads each URL cold in headless Chromium and reads LCP and the weight of what it downloaded. */
export async function measureFirstLoads(urls: string[]): Promise<FirstLoad[] | { skipped: string }> {
  try {
    await fs.access(CHROMIUM);
  } catch {
    return { skipped: `không có ${CHROMIUM} (scripts/setup-browser.sh)` };
  }
  const out: FirstLoad[] = [];
  for (const url of urls) {
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'kc-bench-browser-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const bodies = new Map<string, { type: string; body: Buffer }>();
      page.on('response', async (res) => {
        try {
          bodies.set(res.url(), { type: res.headers()['content-type'] ?? '', body: await res.body() });
        } catch {
          // redirects and aborted requests have no body
        }
      });
      await page.goto(url, { waitUntil: 'load' });
      const lcpMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let last = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) last = e.startTime;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(last), 300);
          }),
      );
      await page.waitForTimeout(200);
      let js = 0;
      let jsFiles = 0;
      let html = 0;
      let css = 0;
      for (const [u, r] of bodies) {
        const gz = gzipSync(r.body).length;
        if (r.type.includes('javascript') || u.endsWith('.js')) {
          js += gz;
          jsFiles++;
        } else if (r.type.includes('text/html')) html += gz;
        else if (r.type.includes('text/css')) css += gz;
      }
      out.push({ url, lcpMs, jsGzipBytes: js, jsFiles, htmlGzipBytes: html, cssGzipBytes: css });
    } finally {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    }
  }
  return out;
}
