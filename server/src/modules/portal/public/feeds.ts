import {
  type ArticleCategory,
  articleCategoryLabels,
  type PortalKind,
  publicPathOf,
} from '../../../../../shared/schemas/portal.ts';
import type { Db } from '../../../db/client.ts';
import { listPublic, sitemapRows } from '../public.repo.ts';
import { escapeXml } from './html.ts';

const SITE = 'Cổng thông tin Khuyến công';
const FEED_SIZE = 30;

type FeedSpec = { kind: PortalKind; category?: ArticleCategory; title: string; path: string; self: string };

export function feedSpec(which: 'news' | 'events' | 'documents', category?: ArticleCategory): FeedSpec {
  if (which === 'events')
    return { kind: 'event', title: `${SITE} — Sự kiện`, path: '/su-kien', self: '/su-kien/rss.xml' };
  if (which === 'documents')
    return { kind: 'document', title: `${SITE} — Văn bản`, path: '/van-ban', self: '/van-ban/rss.xml' };
  if (category)
    return {
      kind: 'article',
      category,
      title: `${SITE} — ${articleCategoryLabels[category].vi}`,
      path: `/tin-tuc/chuyen-muc/${category}`,
      self: `/tin-tuc/chuyen-muc/${category}/rss.xml`,
    };
  return { kind: 'article', title: `${SITE} — Tin tức`, path: '/tin-tuc', self: '/rss.xml' };
}

/** RSS 2.0 of the latest public items of a kind (and category). */
export async function renderRss(db: Db, origin: string, spec: FeedSpec): Promise<string> {
  const { rows } = await listPublic(db, { kind: spec.kind, category: spec.category }, FEED_SIZE);
  const items = rows
    .map((r) => {
      const link = `${origin}${publicPathOf(r.kind as PortalKind, r.slug)}`;
      const description =
        r.kind === 'document'
          ? `${r.docNumber ?? ''} — ${r.issuer ?? ''}. ${r.summary ?? ''}`
          : (r.summary ?? '');
      return `<item><title>${escapeXml(r.title)}</title><link>${escapeXml(link)}</link><guid isPermaLink="true">${escapeXml(link)}</guid>${
        r.publishedAt ? `<pubDate>${r.publishedAt.toUTCString()}</pubDate>` : ''
      }${r.category ? `<category>${escapeXml(articleCategoryLabels[r.category as ArticleCategory]?.vi ?? r.category)}</category>` : ''}<description>${escapeXml(description)}</description></item>`;
    })
    .join('\n');
  const last = rows[0]?.publishedAt ?? new Date(0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(spec.title)}</title>
<link>${escapeXml(origin + spec.path)}</link>
<atom:link href="${escapeXml(origin + spec.self)}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(`${spec.title}: tin tức, sự kiện và văn bản của chương trình khuyến công`)}</description>
<language>vi</language>
<lastBuildDate>${last.toUTCString()}</lastBuildDate>
${items}
</channel>
</rss>
`;
}

const STATIC_PATHS = ['/', '/tin-tuc', '/su-kien', '/lich-su-kien', '/van-ban', '/minh-bach', '/tim-kiem'];

/** sitemaps.org XML: the fixed pages, the category pages and every public item. */
export async function renderSitemap(db: Db, origin: string, categories: readonly string[]): Promise<string> {
  const rows = await sitemapRows(db);
  const url = (loc: string, lastmod?: Date) =>
    `<url><loc>${escapeXml(origin + loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  const lines = [
    ...STATIC_PATHS.map((p) => url(p)),
    ...categories.map((c) => url(`/tin-tuc/chuyen-muc/${c}`)),
    ...rows.map((r) => url(publicPathOf(r.kind as PortalKind, r.slug), r.updatedAt)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${lines.join('\n')}
</urlset>
`;
}
