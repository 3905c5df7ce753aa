import { formatDate } from '../../../../../shared/format.ts';
import { type PortalKind, portalKindLabels } from '../../../../../shared/schemas/portal.ts';
import { searchPublic } from '../public.repo.ts';
import { textOf } from '../sanitize.ts';
import { highlight, queryTokens, queryWords, snippet } from '../search.ts';
import type { PageContext } from './home.page.ts';
import { html, raw } from './html.ts';
import { href, t } from './labels.ts';
import { layout, pager } from './layout.ts';
import { type ListParams, pageOf } from './lists.page.ts';
import { dateRange, docKindLabel, emptyState, eventKindLabel, urlOf } from './parts.ts';

const SEARCH_PAGE_SIZE = 10;
const kinds: PortalKind[] = ['article', 'event', 'document'];

export type SearchHit = {
  kind: PortalKind;
  url: string;
  titleHtml: string;
  snippetHtml: string;
  date: string;
};

/** Ranked, diacritic-insensitive search with the matched words highlighted (title and an excerpt). */
export async function searchHits(ctx: PageContext, q: string, kind: PortalKind | undefined, page: number) {
  const words = queryTokens(queryWords(q));
  if (words.length === 0) return { words, hits: [] as SearchHit[], total: 0 };
  const { rows, total } = await searchPublic(
    ctx.db,
    words,
    kind,
    SEARCH_PAGE_SIZE,
    (page - 1) * SEARCH_PAGE_SIZE,
  );
  const hits = rows.map((r): SearchHit => {
    const lead =
      r.kind === 'document'
        ? `${r.docNumber ?? ''} · ${r.issuer ?? ''}. `
        : r.kind === 'event'
          ? `${r.place ?? ''}. `
          : '';
    return {
      kind: r.kind as PortalKind,
      url: urlOf(ctx.locale, r),
      titleHtml: highlight(r.title, words),
      snippetHtml: snippet(`${lead}${r.summary ?? ''} ${textOf(r.bodyHtml)}`, words),
      date:
        r.kind === 'event'
          ? `${eventKindLabel(ctx.locale, r.eventKind)} · ${dateRange(r.startsOn, r.endsOn)}`
          : r.kind === 'document'
            ? `${docKindLabel(ctx.locale, r.docKind)} ${r.docNumber ?? ''} · ${r.issuer ?? ''} · ${formatDate(r.issuedOn)}`
            : formatDate(r.publishedAt),
    };
  });
  return { words, hits, total };
}

export async function renderSearch(ctx: PageContext, params: ListParams): Promise<string> {
  const { locale } = ctx;
  const q = (params.q ?? '').trim().slice(0, 200);
  const kind = kinds.find((k) => k === params.loai);
  const page = pageOf(params);
  const { hits, total } = await searchHits(ctx, q, kind, page);
  const link = (n: number, k: PortalKind | null) =>
    href(locale, `/tim-kiem?q=${encodeURIComponent(q)}${k ? `&loai=${k}` : ''}${n > 1 ? `&trang=${n}` : ''}`);
  const body = html`<h1>${t(locale, 'search')}</h1>
  <form class="filters" action="/tim-kiem" method="get" role="search">
    <label class="grow"><span class="sr">${t(locale, 'search')}</span><input type="search" name="q" value="${q}" placeholder="${t(locale, 'searchPlaceholder')}" autofocus></label>
    ${kind ? html`<input type="hidden" name="loai" value="${kind}">` : ''}
    ${locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
    <button type="submit">${t(locale, 'search')}</button>
  </form>
  ${
    q
      ? html`<nav class="chips">
      <a href="${link(1, null)}"${!kind ? html` aria-current="page"` : ''}>${t(locale, 'allKinds')}</a>
      ${kinds.map((k) => html`<a href="${link(1, k)}"${k === kind ? html` aria-current="page"` : ''}>${portalKindLabels[k][locale]}</a>`)}
    </nav>
    <p class="meta">${t(locale, 'results', { n: total, q })}</p>
    ${
      hits.length
        ? html`<ol class="hits">${hits.map(
            (h) => html`<li><p class="meta">${portalKindLabels[h.kind][locale]} · ${h.date}</p>
              <h2><a href="${h.url}">${raw(h.titleHtml)}</a></h2><p>${raw(h.snippetHtml)}</p></li>`,
          )}</ol>`
        : emptyState(t(locale, 'noResults'))
    }
    ${pager(locale, page, total, SEARCH_PAGE_SIZE, (n) => link(n, kind ?? null))}`
      : emptyState(t(locale, 'searchHint'))
  }`;
  return layout(
    {
      locale,
      title: q ? `${t(locale, 'search')}: ${q}` : t(locale, 'search'),
      path: '/tim-kiem',
      origin: ctx.origin,
      noindex: true,
    },
    body,
  );
}
