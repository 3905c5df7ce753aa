import type { Locale } from '../../../../../shared/errors.ts';
import { html, type SafeHtml } from './html.ts';
import { href, type LabelKey, t } from './labels.ts';

/** Asset URLs; the routes add a content hash (?v=…) at start-up so browsers may cache them for a year. */
export const assets = { css: '/cong/portal.css', js: '/cong/portal.js' };

export type PageMeta = {
  locale: Locale;
  title: string;
  description?: string | null;
  /** The page's path (for the canonical URL, Open Graph and the active menu item). */
  path: string;
  origin: string;
  ogType?: 'website' | 'article';
  ogImage?: string | null;
  publishedAt?: Date | null;
  feeds?: { title: string; url: string }[];
  breadcrumbs?: { label: string; url?: string }[];
  /** Load the small progressive script (event registration, mobile menu needs none). */
  script?: boolean;
  noindex?: boolean;
};

const nav: { key: LabelKey; path: string }[] = [
  { key: 'home', path: '/' },
  { key: 'news', path: '/tin-tuc' },
  { key: 'events', path: '/su-kien' },
  { key: 'calendar', path: '/lich-su-kien' },
  { key: 'documents', path: '/van-ban' },
  { key: 'transparency', path: '/minh-bach' },
  { key: 'about', path: '/gioi-thieu' },
  { key: 'contact', path: '/lien-he' },
];

function active(current: string, path: string): boolean {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

/** The whole document: head with Open Graph tags and feeds, header with menu and search, footer. */
export function layout(meta: PageMeta, body: SafeHtml): string {
  const { locale } = meta;
  const site = t(locale, 'siteName');
  const fullTitle = meta.path === '/' ? site : `${meta.title} — ${site}`;
  const description = (meta.description ?? t(locale, 'tagline')).slice(0, 300);
  const url = `${meta.origin}${meta.path}`;
  const image = meta.ogImage ? `${meta.origin}${meta.ogImage}` : null;
  const feeds = meta.feeds ?? [{ title: `${site} — ${t(locale, 'news')}`, url: '/rss.xml' }];
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const langHref = other === 'en' ? href('en', meta.path) : meta.path;
  const doc = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${description}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${url}">
<meta property="og:site_name" content="${site}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${description}">
<meta property="og:type" content="${meta.ogType ?? 'website'}">
<meta property="og:url" content="${url}">
<meta property="og:locale" content="${locale === 'vi' ? 'vi_VN' : 'en_GB'}">
${image ? html`<meta property="og:image" content="${image}"><meta name="twitter:card" content="summary_large_image">` : html`<meta name="twitter:card" content="summary">`}
${meta.publishedAt ? html`<meta property="article:published_time" content="${meta.publishedAt.toISOString()}">` : ''}
${feeds.map((f) => html`<link rel="alternate" type="application/rss+xml" title="${f.title}" href="${f.url}">`)}
<link rel="stylesheet" href="${assets.css}">
${meta.script ? html`<script src="${assets.js}" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${locale === 'vi' ? 'Bỏ qua trình đơn' : 'Skip to content'}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${href(locale, '/')}"><span class="logo" aria-hidden="true">KC</span><span><strong>${site}</strong><small>${t(locale, 'tagline')}</small></span></a>
    <a class="login" href="/dang-nhap">${t(locale, 'login')}</a>
  </div>
  <nav class="menu" aria-label="${t(locale, 'menu')}"><ul class="wrap">
    ${nav.map((n) => html`<li><a href="${href(locale, n.path)}"${active(meta.path, n.path) ? html` aria-current="page"` : ''}>${t(locale, n.key)}</a></li>`)}
  </ul></nav>
  <form class="wrap search" action="/tim-kiem" method="get" role="search">
    <input type="search" name="q" placeholder="${t(locale, 'searchPlaceholder')}" aria-label="${t(locale, 'search')}">
    ${locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
    <button type="submit">${t(locale, 'search')}</button>
  </form>
</header>
${
  meta.breadcrumbs?.length
    ? html`<nav class="wrap crumbs" aria-label="${t(locale, 'breadcrumb')}"><a href="${href(locale, '/')}">${t(locale, 'home')}</a>${meta.breadcrumbs.map((b) => (b.url ? html` › <a href="${href(locale, b.url)}">${b.label}</a>` : html` › <span>${b.label}</span>`))}</nav>`
    : ''
}
<main id="main" class="wrap">
${body}
</main>
<footer class="site-footer"><div class="wrap">
  <p>${t(locale, 'footer')}</p>
  <p><a href="/rss.xml">${t(locale, 'feeds')}</a> · <a href="/sitemap.xml">${t(locale, 'sitemap')}</a> · <a href="${href(locale, '/lien-he')}">${t(locale, 'contact')}</a> · <a href="${langHref}" lang="${other}">${t(locale, 'language')}</a></p>
</div></footer>
</body>
</html>`;
  return doc.value;
}

/** Previous/next links with the page count; `link(n)` builds the URL of page n. */
export function pager(
  locale: Locale,
  page: number,
  total: number,
  pageSize: number,
  link: (n: number) => string,
): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return html``;
  return html`<nav class="pager" aria-label="${t(locale, 'page', { n: page, of: pages })}">
    ${page > 1 ? html`<a rel="prev" href="${link(page - 1)}">${t(locale, 'prev')}</a>` : html`<span></span>`}
    <span>${t(locale, 'page', { n: page, of: pages })}</span>
    ${page < pages ? html`<a rel="next" href="${link(page + 1)}">${t(locale, 'next')}</a>` : html`<span></span>`}
  </nav>`;
}
