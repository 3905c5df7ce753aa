import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../../../../shared/errors.ts';
import {
  type ArticleCategory,
  articleCategories,
  type PortalKind,
} from '../../../../../shared/schemas/portal.ts';
import { openPublicMedia } from '../media.service.ts';
import { onContentChanged } from '../portal.events.ts';
import { EMBED_HOSTS } from '../sanitize.ts';
import { renderCalendar } from './calendar.page.ts';
import { renderDetail } from './detail.page.ts';
import { feedSpec, renderRss, renderSitemap } from './feeds.ts';
import { type PageContext, renderHome } from './home.page.ts';
import { html } from './html.ts';
import { href, t } from './labels.ts';
import { assets, layout } from './layout.ts';
import { type ListParams, renderDocumentList, renderEventList, renderNewsList } from './lists.page.ts';
import { type CacheEntry, PageCache, type Rendered } from './page-cache.ts';
import { renderSearch } from './search.page.ts';
import { renderTransparency } from './transparency.page.ts';

const HTML = 'text/html; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';
const XML = 'application/xml; charset=utf-8';

/** Public pages load nothing from elsewhere; only video players of EMBED_HOSTS may be framed. */
const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  `frame-src ${EMBED_HOSTS.map((h) => `https://${h}`).join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const here = path.dirname(fileURLToPath(import.meta.url));

function loadAsset(name: string, type: string) {
  const body = fs.readFileSync(path.join(here, 'assets', name));
  const version = createHash('sha1').update(body).digest('hex').slice(0, 10);
  return { body, type, version };
}

function paramsOf(req: FastifyRequest): ListParams {
  const q = (req.query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(q).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
}

function notFoundPage(ctx: PageContext): string {
  const { locale } = ctx;
  return layout(
    { locale, title: t(locale, 'notFound'), path: '/404', origin: ctx.origin, noindex: true },
    html`<h1>${t(locale, 'notFound')}</h1><p>${t(locale, 'notFoundText')}</p><p><a class="button" href="${href(locale, '/')}">${t(locale, 'home')}</a></p>`,
  );
}

/** The public site: server-rendered HTML (no framework JavaScript), cached a few seconds per URL. */
export async function publicRoutes(app: FastifyInstance) {
  const cache = new PageCache(app.config.NODE_ENV === 'test' ? 0 : 5000);
  const rendering = new Map<string, Promise<CacheEntry>>();
  const unsubscribe = onContentChanged(() => cache.clear());
  app.addHook('onClose', async () => {
    unsubscribe();
  });
  const css = loadAsset('portal.css', 'text/css; charset=utf-8');
  const js = loadAsset('portal.js', 'text/javascript; charset=utf-8');
  assets.css = `/cong/portal.css?v=${css.version}`;
  assets.js = `/cong/portal.js?v=${js.version}`;

  const contextOf = (req: FastifyRequest): PageContext => {
    const lang = (req.query as Record<string, unknown> | undefined)?.lang;
    const locale: Locale = lang === 'en' ? 'en' : 'vi';
    const origin = app.config.PUBLIC_URL?.replace(/\/+$/, '') ?? `${req.protocol}://${req.host}`;
    return { db: app.db, locale, origin };
  };

  const send = (req: FastifyRequest, reply: FastifyReply, e: CacheEntry) => {
    if ('location' in e) return reply.redirect(e.location, 301);
    reply
      .header('cache-control', 'public, max-age=60')
      .header('etag', e.etag)
      .header('vary', 'accept-encoding');
    if (e.type === HTML) reply.header('content-security-policy', CSP);
    if (e.status === 200 && req.headers['if-none-match'] === e.etag) return reply.status(304).send();
    return reply.status(e.status).type(e.type).send(e.body);
  };

  const page =
    (produce: (req: FastifyRequest, ctx: PageContext) => Promise<Rendered>) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const ctx = contextOf(req);
      const key = `${ctx.origin} ${req.url}`;
      let entry = cache.get(key);
      if (!entry) {
        // Requests for a page being rendered wait for that rendering instead of starting their own.
        let pending = rendering.get(key);
        if (!pending) {
          pending = produce(req, ctx)
            .then((r) => cache.set(key, r))
            .finally(() => rendering.delete(key));
          rendering.set(key, pending);
        }
        entry = await pending;
      }
      return send(req, reply, entry);
    };

  const ok = (body: string, type = HTML): Rendered => ({ status: 200, type, body });
  const missing = (ctx: PageContext): Rendered => ({ status: 404, type: HTML, body: notFoundPage(ctx) });
  const opts = { schema: { hide: true } };

  const detail = (kind: PortalKind, slugOf: (req: FastifyRequest) => string) =>
    page(async (req, ctx) => {
      const r = await renderDetail(ctx, kind, slugOf(req));
      if (!r) return missing(ctx);
      return 'redirect' in r ? { status: 301, location: r.redirect } : ok(r.html);
    });
  const slugParam = (req: FastifyRequest) => (req.params as { slug: string }).slug;

  app.get(
    '/',
    opts,
    page(async (_req, ctx) => ok(await renderHome(ctx))),
  );
  app.get(
    '/tin-tuc',
    opts,
    page(async (req, ctx) => ok((await renderNewsList(ctx, paramsOf(req))) ?? '')),
  );
  app.get(
    '/tin-tuc/chuyen-muc/:category',
    opts,
    page(async (req, ctx) => {
      const body = await renderNewsList(ctx, paramsOf(req), (req.params as { category: string }).category);
      return body ? ok(body) : missing(ctx);
    }),
  );
  app.get('/tin-tuc/:slug', opts, detail('article', slugParam));
  app.get(
    '/su-kien',
    opts,
    page(async (req, ctx) => ok(await renderEventList(ctx, paramsOf(req)))),
  );
  app.get('/su-kien/:slug', opts, detail('event', slugParam));
  app.get(
    '/lich-su-kien',
    opts,
    page(async (req, ctx) => ok(await renderCalendar(ctx, paramsOf(req)))),
  );
  app.get(
    '/van-ban',
    opts,
    page(async (req, ctx) => ok(await renderDocumentList(ctx, paramsOf(req)))),
  );
  app.get('/van-ban/:slug', opts, detail('document', slugParam));
  app.get(
    '/tim-kiem',
    opts,
    page(async (req, ctx) => ok(await renderSearch(ctx, paramsOf(req)))),
  );
  app.get(
    '/minh-bach',
    opts,
    page(async (req, ctx) => ok(await renderTransparency(ctx, paramsOf(req)))),
  );
  app.get(
    '/gioi-thieu',
    opts,
    detail('page', () => 'gioi-thieu'),
  );
  app.get(
    '/lien-he',
    opts,
    detail('page', () => 'lien-he'),
  );
  app.get('/trang/:slug', opts, detail('page', slugParam));

  app.get(
    '/rss.xml',
    opts,
    page(async (_req, ctx) => ok(await renderRss(ctx.db, ctx.origin, feedSpec('news')), RSS)),
  );
  app.get(
    '/su-kien/rss.xml',
    opts,
    page(async (_req, ctx) => ok(await renderRss(ctx.db, ctx.origin, feedSpec('events')), RSS)),
  );
  app.get(
    '/van-ban/rss.xml',
    opts,
    page(async (_req, ctx) => ok(await renderRss(ctx.db, ctx.origin, feedSpec('documents')), RSS)),
  );
  app.get(
    '/tin-tuc/chuyen-muc/:category/rss.xml',
    opts,
    page(async (req, ctx) => {
      const category = (req.params as { category: string }).category;
      if (!(articleCategories as readonly string[]).includes(category)) return missing(ctx);
      return ok(await renderRss(ctx.db, ctx.origin, feedSpec('news', category as ArticleCategory)), RSS);
    }),
  );
  app.get(
    '/sitemap.xml',
    opts,
    page(async (_req, ctx) => ok(await renderSitemap(ctx.db, ctx.origin, articleCategories), XML)),
  );

  for (const [route, asset] of [
    ['/cong/portal.css', css],
    ['/cong/portal.js', js],
  ] as const) {
    app.get(route, opts, async (_req, reply) =>
      reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body),
    );
  }

  app.get('/tep/:id/:name', opts, async (req, reply) => {
    const { id } = req.params as { id: string };
    const media = /^[0-9a-f-]{36}$/i.test(id) ? await openPublicMedia(app.db, app.config, id) : null;
    if (!media)
      return reply
        .status(404)
        .type(HTML)
        .send(notFoundPage(contextOf(req)));
    return reply
      .type(media.file.mime)
      .header('content-length', String(media.file.size))
      .header('content-disposition', media.disposition)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header(
        'content-security-policy',
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      )
      .send(media.stream);
  });
}
