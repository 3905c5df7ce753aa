// `npm run bench:portal [-- --articles 10000 --seconds 8 --concurrency 8 --engine pglite|postgres]`
// The public portal's targets (issue #9): home and article pages — server time p95 and throughput against the
// same HTML served from a static file by the same process; search p95 over 10,000 articles; first load in
// headless Chromium (LCP, JavaScript). A fresh database (PGlite in a temp folder unless --database-url),
// the real app in this process, figures printed and written to bench/out/portal.json. Never fails on time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import type { Database } from '../server/src/db/client.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { seedDemo } from '../server/src/db/seed.ts';
import { renderHome } from '../server/src/modules/portal/public/home.page.ts';
import { searchHits } from '../server/src/modules/portal/public/search.page.ts';
import { generatePortalArticles } from './generators/portal.ts';
import { parseArgs } from './lib/args.ts';
import { DEFAULT_PG_URL, type EngineSetup, prepareEngine } from './lib/engines.ts';
import { type LoadOptions, type LoadResult, runLoad } from './lib/load.ts';
import { createRng } from './lib/prng.ts';
import { getOk } from './scenarios/http.ts';
import { type FirstLoad, measureFirstLoads } from './scenarios/portal-browser.ts';

const say = (line: string) => console.log(line);
const ms = (n: number) => `${n.toFixed(1)} ms`;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
}

/** What the server itself spent on each request (Fastify's reply.elapsedTime, onRequest → response sent). */
function serverTimes(app: FastifyInstance) {
  let current: number[] = [];
  app.addHook('onResponse', async (_req, reply) => {
    current.push(reply.elapsedTime);
  });
  return {
    start: () => {
      current = [];
    },
    p95: () => percentile(current, 95),
    p50: () => percentile(current, 50),
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  return `http://127.0.0.1:${addr.port}`;
}

type PageRow = {
  name: string;
  app: LoadResult;
  appServerP50: number;
  appServerP95: number;
  staticRun?: LoadResult;
  ratio?: number;
};

const searches = [
  'may moc tien tien',
  'dao tao nghe',
  'binh chon san pham tieu bieu',
  'lang nghe',
  'det may',
  'ke hoach khuyen cong',
  'che bien nong san',
  'hop tac xa',
  'thuong hieu',
  'moi truong',
  'gom su',
  'ha noi',
  'an giang',
  'nghiem thu de an',
  'mo hinh trinh dien',
  'ca phe',
];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const articles = args.number('articles', 10_000);
  const load: LoadOptions = {
    concurrency: args.number('concurrency', 8),
    maxCount: args.number('requests', 200_000),
    maxSeconds: args.number('seconds', 8),
    warmup: args.number('warmup', 200),
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-portal-'));
  const engine = args.string('engine') === 'postgres' ? 'postgres' : 'pglite';
  say(`Máy / machine: ${os.cpus().length} nhân, Node ${process.version}; ${engine}`);
  let setup: EngineSetup | undefined;
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  let statics: FastifyInstance | undefined;
  try {
    setup = await prepareEngine(engine, {
      pgUrl: args.string('database-url') ?? DEFAULT_PG_URL,
      keep: false,
    });
    database = await setup.open(10);
    await migrate(database);
    await seedDemo(database.db);
    const t0 = performance.now();
    const n = await generatePortalArticles(database, createRng(20250701).fork('portal'), articles);
    await database.raw('ANALYZE');
    say(
      `▶ ${n.toLocaleString('vi-VN')} tin bài sinh trong ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATA_DIR: tmp,
      SEED_DEMO: 'false',
    });
    app = await buildApp({ config, database, logger: false });
    const timing = serverTimes(app);
    const base = await listen(app);
    const [latest] = await database.raw<{ slug: string }>(
      `select slug from portal_items where kind = 'article' and status = 'published' and published_at <= now() order by published_at desc limit 1`,
    );
    const many = await database.raw<{ slug: string }>(
      `select slug from portal_items where kind = 'article' and status = 'published' and published_at <= now() order by random() limit 2000`,
    );
    const articlePath = `/tin-tuc/${latest?.slug}`;

    // The same bytes as files, served by @fastify/static in this process: the baseline.
    const staticDir = path.join(tmp, 'static');
    fs.mkdirSync(staticDir);
    for (const [file, url] of [
      ['home.html', '/'],
      ['article.html', articlePath],
    ] as const) {
      const res = await fetch(base + url);
      fs.writeFileSync(path.join(staticDir, file), Buffer.from(await res.arrayBuffer()));
    }
    statics = Fastify({ logger: false });
    await statics.register(fastifyStatic, { root: staticDir });
    const staticBase = await listen(statics);

    const rows: PageRow[] = [];
    // App and static file alternate in short slices, so a busy neighbour on the machine weighs on both alike.
    const ROUNDS = 5;
    const slice: LoadOptions = {
      ...load,
      maxSeconds: load.maxSeconds / ROUNDS,
      warmup: Math.ceil(load.warmup / ROUNDS),
    };
    const combine = (runs: LoadResult[]): LoadResult => {
      const count = runs.reduce((a, r) => a + r.count, 0);
      const seconds = runs.reduce((a, r) => a + r.seconds, 0);
      return {
        count,
        errors: runs.reduce((a, r) => a + r.errors, 0),
        seconds,
        perSecond: seconds > 0 ? count / seconds : 0,
        p50Ms: percentile(
          runs.map((r) => r.p50Ms),
          50,
        ),
        p95Ms: Math.max(...runs.map((r) => r.p95Ms)),
        firstError: runs.find((r) => r.firstError)?.firstError,
      };
    };
    const measure = async (name: string, paths: string[], staticFile?: string) => {
      timing.start();
      const appRuns: LoadResult[] = [];
      const staticRuns: LoadResult[] = [];
      for (let r = 0; r < (staticFile ? ROUNDS : 1); r++) {
        appRuns.push(
          await runLoad((i) => getOk(`${base}${paths[i % paths.length]}`, {}), staticFile ? slice : load),
        );
        if (staticFile) staticRuns.push(await runLoad(() => getOk(`${staticBase}/${staticFile}`, {}), slice));
      }
      const appRun = combine(appRuns);
      const row: PageRow = { name, app: appRun, appServerP50: timing.p50(), appServerP95: timing.p95() };
      if (staticFile) {
        row.staticRun = combine(staticRuns);
        row.ratio = row.staticRun.perSecond > 0 ? appRun.perSecond / row.staticRun.perSecond : undefined;
      }
      rows.push(row);
      say(
        `  ${name}: ${Math.round(appRun.perSecond)} req/s, máy chủ p50 ${ms(row.appServerP50)} p95 ${ms(row.appServerP95)}` +
          (row.staticRun
            ? ` — tệp tĩnh ${Math.round(row.staticRun.perSecond)} req/s, tỉ lệ ${row.ratio?.toFixed(2)}`
            : ''),
      );
    };
    say('▶ Trang chủ và trang tin (HTTP, giữ kết nối)');
    await measure('home', ['/'], 'home.html');
    await measure('article', [articlePath], 'article.html');
    await measure(
      'articles-2000-distinct',
      many.map((r) => `/tin-tuc/${r.slug}`),
    );

    say('▶ Tìm kiếm (mỗi yêu cầu một URL khác nhau: không trúng bộ nhớ đệm)');
    await measure(
      'search-http-uncached',
      Array.from(
        { length: 4000 },
        (_, i) => `/tim-kiem?q=${encodeURIComponent(searches[i % searches.length]!)}&_=${i}`,
      ),
    );
    const ctx = { db: database.db, locale: 'vi' as const, origin: base };
    const searchTimes: number[] = [];
    for (let i = 0; i < 400; i++) {
      const t = performance.now();
      await searchHits(ctx, searches[i % searches.length]!, undefined, 1 + (i % 3));
      if (i >= 32) searchTimes.push(performance.now() - t);
    }
    const renderTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await renderHome(ctx);
      if (i >= 20) renderTimes.push(performance.now() - t);
    }
    say(
      `  tìm kiếm trong tiến trình (không cache): p50 ${ms(percentile(searchTimes, 50))}, p95 ${ms(percentile(searchTimes, 95))}`,
    );
    say(
      `  dựng trang chủ không cache: p50 ${ms(percentile(renderTimes, 50))}, p95 ${ms(percentile(renderTimes, 95))}`,
    );

    say('▶ Tải lần đầu trong Chromium (hồ sơ mới, màn hình điện thoại)');
    const event = await database.raw<{ slug: string }>(
      `select slug from portal_items where kind = 'event' and registration_mode = 'form' and status = 'published' limit 1`,
    );
    const browser = await measureFirstLoads([
      `${base}/`,
      `${base}${articlePath}`,
      ...(event[0] ? [`${base}/su-kien/${event[0].slug}`] : []),
    ]);
    if ('skipped' in browser) say(`  bỏ qua: ${browser.skipped}`);
    else
      for (const b of browser as FirstLoad[])
        say(
          `  ${b.url.replace(base, '') || '/'}: LCP ${ms(b.lcpMs)}, JS ${(b.jsGzipBytes / 1024).toFixed(1)} KB gzip (${b.jsFiles} tệp), HTML ${(b.htmlGzipBytes / 1024).toFixed(1)} KB gzip`,
        );

    const report = {
      date: new Date().toISOString(),
      engine,
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg()[0] },
      articles: n,
      load,
      pages: rows,
      searchInProcess: { p50Ms: percentile(searchTimes, 50), p95Ms: percentile(searchTimes, 95) },
      homeRenderUncached: { p50Ms: percentile(renderTimes, 50), p95Ms: percentile(renderTimes, 95) },
      browser,
      targets: {
        serverP95Under30ms: rows
          .filter((r) => r.name === 'home' || r.name === 'article')
          .every((r) => r.appServerP95 < 30),
        throughputAtLeast075xStatic: rows
          .filter((r) => r.ratio !== undefined)
          .every((r) => (r.ratio ?? 0) >= 0.75),
        searchP95Under50ms: percentile(searchTimes, 95) < 50,
        firstLoadJsUnder300KB:
          'skipped' in browser ? null : (browser as FirstLoad[]).every((b) => b.jsGzipBytes < 300 * 1024),
        lcpUnder1500ms: 'skipped' in browser ? null : (browser as FirstLoad[]).every((b) => b.lcpMs < 1500),
      },
    };
    const outDir = path.join(import.meta.dirname, 'out');
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'portal.json'), `${JSON.stringify(report, null, 2)}\n`);
    say(`\nMục tiêu / targets: ${JSON.stringify(report.targets)}`);
    say(`Kết quả / results: ${path.relative(process.cwd(), path.join(outDir, 'portal.json'))}`);
  } finally {
    await statics?.close();
    await app?.close();
    await database?.close();
    await setup?.cleanup();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
