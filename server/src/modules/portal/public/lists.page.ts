import {
  type ArticleCategory,
  articleCategories,
  articleCategoryLabels,
  documentKindLabels,
  documentKinds,
  eventKindLabels,
  eventKinds,
} from '../../../../../shared/schemas/portal.ts';
import { currentProvinces } from '../../reference/index.ts';
import { vnToday } from '../portal.present.ts';
import { listPublic } from '../public.repo.ts';
import { queryTokens, queryWords } from '../search.ts';
import type { PageContext } from './home.page.ts';
import { html } from './html.ts';
import { href, t } from './labels.ts';
import { layout, pager } from './layout.ts';
import { articleCard, documentRow, emptyState, eventRow, provinceOptions, select } from './parts.ts';

export const PAGE_SIZE = 12;

export type ListParams = Record<string, string | undefined>;

/** The page's URL with these filters (empty ones dropped) and the visitor's language. */
function urlWith(ctx: PageContext, path: string, params: ListParams): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) sp.set(k, v);
  const s = sp.toString();
  return href(ctx.locale, s ? `${path}?${s}` : path);
}

export function pageOf(p: ListParams): number {
  const n = Number(p.trang);
  return Number.isInteger(n) && n >= 1 && n <= 10000 ? n : 1;
}

const pick = <T extends string>(v: string | undefined, allowed: readonly T[]): T | undefined =>
  v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

const provinceParam = (v: string | undefined) => (v && /^\d{2}$/.test(v) ? v : undefined);

function filterForm(ctx: PageContext, path: string, fields: ReturnType<typeof html>[]) {
  return html`<form class="filters" method="get" action="${path}">
    ${fields}
    ${ctx.locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
    <button type="submit">${t(ctx.locale, 'filter')}</button>
  </form>`;
}

export async function renderNewsList(
  ctx: PageContext,
  params: ListParams,
  categoryFromPath?: string,
): Promise<string | null> {
  const { locale, db } = ctx;
  const category = pick(categoryFromPath ?? params['chuyen-muc'], articleCategories);
  if (categoryFromPath && !category) return null;
  const provinceCode = provinceParam(params.tinh);
  const page = pageOf(params);
  const tag = params.the?.slice(0, 60) || undefined;
  const [{ rows, total }, provinces] = await Promise.all([
    listPublic(db, { kind: 'article', category, provinceCode, tag }, PAGE_SIZE, (page - 1) * PAGE_SIZE, {
      total: true,
    }),
    currentProvinces(db),
  ]);
  const title = category ? articleCategoryLabels[category as ArticleCategory][locale] : t(locale, 'news');
  const path = category ? `/tin-tuc/chuyen-muc/${category}` : '/tin-tuc';
  const filters = { tinh: provinceCode, the: tag };
  const body = html`<h1>${title}${tag ? html` — #${tag}` : ''}</h1>
  <nav class="chips">${articleCategories.map(
    (c) =>
      html`<a href="${href(locale, `/tin-tuc/chuyen-muc/${c}`)}"${c === category ? html` aria-current="page"` : ''}>${articleCategoryLabels[c][locale]}</a>`,
  )}</nav>
  ${filterForm(ctx, path, [select('tinh', t(locale, 'province'), provinceOptions(locale, provinces), provinceCode)])}
  <p class="meta">${t(locale, 'total', { n: total })}</p>
  ${rows.length ? html`<div class="cards">${rows.map((r, i) => articleCard(locale, r, i === 0))}</div>` : emptyState(t(locale, 'noData'))}
  ${pager(locale, page, total, PAGE_SIZE, (n) => urlWith(ctx, path, { ...filters, trang: n > 1 ? String(n) : undefined }))}`;
  const feed = category ? `/tin-tuc/chuyen-muc/${category}/rss.xml` : '/rss.xml';
  return layout(
    {
      locale,
      title,
      path,
      origin: ctx.origin,
      breadcrumbs: category
        ? [{ label: t(locale, 'news'), url: '/tin-tuc' }, { label: title }]
        : [{ label: title }],
      feeds: [{ title: `${t(locale, 'siteName')} — ${title}`, url: feed }],
    },
    body,
  );
}

export async function renderEventList(ctx: PageContext, params: ListParams): Promise<string> {
  const { locale, db } = ctx;
  const eventKind = pick(params.loai, eventKinds);
  const provinceCode = provinceParam(params.tinh);
  const when = params['thoi-gian'] === 'da-dien-ra' ? 'past' : 'upcoming';
  const page = pageOf(params);
  const today = vnToday(ctx.now);
  const [{ rows, total }, provinces] = await Promise.all([
    listPublic(
      db,
      { kind: 'event', eventKind, provinceCode, when, today },
      PAGE_SIZE,
      (page - 1) * PAGE_SIZE,
      { total: true },
    ),
    currentProvinces(db),
  ]);
  const filters = {
    loai: eventKind,
    tinh: provinceCode,
    'thoi-gian': when === 'past' ? 'da-dien-ra' : undefined,
  };
  const body = html`<h1>${t(locale, 'events')}</h1>
  <nav class="chips">
    <a href="${urlWith(ctx, '/su-kien', { ...filters, 'thoi-gian': undefined })}"${when === 'upcoming' ? html` aria-current="page"` : ''}>${t(locale, 'upcoming')}</a>
    <a href="${urlWith(ctx, '/su-kien', { ...filters, 'thoi-gian': 'da-dien-ra' })}"${when === 'past' ? html` aria-current="page"` : ''}>${t(locale, 'past')}</a>
    <a href="${href(locale, '/lich-su-kien')}">${t(locale, 'calendar')}</a>
  </nav>
  ${filterForm(ctx, '/su-kien', [
    select(
      'loai',
      t(locale, 'eventKind'),
      [
        ['', t(locale, 'allKinds')],
        ...eventKinds.map((k): [string, string] => [k, eventKindLabels[k][locale]]),
      ],
      eventKind,
    ),
    select('tinh', t(locale, 'province'), provinceOptions(locale, provinces), provinceCode),
    when === 'past' ? html`<input type="hidden" name="thoi-gian" value="da-dien-ra">` : html``,
  ])}
  <p class="meta">${t(locale, 'total', { n: total })}</p>
  ${rows.length ? html`<ul class="events">${rows.map((r) => eventRow(locale, r, provinces))}</ul>` : emptyState(t(locale, 'noData'))}
  ${pager(locale, page, total, PAGE_SIZE, (n) => urlWith(ctx, '/su-kien', { ...filters, trang: n > 1 ? String(n) : undefined }))}`;
  return layout(
    {
      locale,
      title: t(locale, 'events'),
      path: '/su-kien',
      origin: ctx.origin,
      breadcrumbs: [{ label: t(locale, 'events') }],
      feeds: [{ title: `${t(locale, 'siteName')} — ${t(locale, 'events')}`, url: '/su-kien/rss.xml' }],
    },
    body,
  );
}

/** The documents library: search by number, title and issuer (without accents), filter by kind and year. */
export async function renderDocumentList(ctx: PageContext, params: ListParams): Promise<string> {
  const { locale, db } = ctx;
  const docKind = pick(params.loai, documentKinds);
  const yearN = Number(params.nam);
  const year = Number.isInteger(yearN) && yearN >= 1990 && yearN <= 2100 ? yearN : undefined;
  const q = params.q?.trim().slice(0, 200) ?? '';
  const tokens = queryTokens(queryWords(q));
  const page = pageOf(params);
  const { rows, total } = await listPublic(
    db,
    { kind: 'document', docKind, year, tokens },
    PAGE_SIZE,
    (page - 1) * PAGE_SIZE,
    { total: true },
  );
  const thisYear = Number(vnToday(ctx.now).slice(0, 4));
  const years: [string, string][] = [['', t(locale, 'allYears')]];
  for (let y = thisYear; y >= 2012; y--) years.push([String(y), String(y)]);
  const filters = { q: q || undefined, loai: docKind, nam: year ? String(year) : undefined };
  const body = html`<h1>${t(locale, 'documents')}</h1>
  ${filterForm(ctx, '/van-ban', [
    html`<label class="grow"><span class="sr">${t(locale, 'keywords')}</span><input type="search" name="q" value="${q}" placeholder="${t(locale, 'keywords')}"></label>`,
    select(
      'loai',
      t(locale, 'docKind'),
      [
        ['', t(locale, 'allKinds')],
        ...documentKinds.map((k): [string, string] => [k, documentKindLabels[k][locale]]),
      ],
      docKind,
    ),
    select('nam', t(locale, 'year'), years, year ? String(year) : undefined),
  ])}
  <p class="meta">${t(locale, 'total', { n: total })}</p>
  ${rows.length ? html`<ul class="docs">${rows.map((r) => documentRow(locale, r))}</ul>` : emptyState(t(locale, 'noResults'))}
  ${pager(locale, page, total, PAGE_SIZE, (n) => urlWith(ctx, '/van-ban', { ...filters, trang: n > 1 ? String(n) : undefined }))}`;
  return layout(
    {
      locale,
      title: t(locale, 'documents'),
      path: '/van-ban',
      origin: ctx.origin,
      breadcrumbs: [{ label: t(locale, 'documents') }],
      feeds: [{ title: `${t(locale, 'siteName')} — ${t(locale, 'documents')}`, url: '/van-ban/rss.xml' }],
      noindex: Boolean(q),
    },
    body,
  );
}
