import type { Locale } from '../../../../../shared/errors.ts';
import { formatDate } from '../../../../../shared/format.ts';
import {
  type ArticleCategory,
  articleCategoryLabels,
  type DocumentKind,
  documentKindLabels,
  type EventKind,
  eventKindLabels,
  type PortalKind,
  publicPathOf,
} from '../../../../../shared/schemas/portal.ts';
import { mediaUrl } from '../portal.present.ts';
import type { PublicListRow } from '../public.repo.ts';
import { html, type SafeHtml } from './html.ts';
import { dashDate, href, t } from './labels.ts';

export type Provinces = Map<string, { name: string }>;

export const urlOf = (locale: Locale, r: { kind: string; slug: string }) =>
  href(locale, publicPathOf(r.kind as PortalKind, r.slug));

export function coverOf(r: Pick<PublicListRow, 'coverMediaId' | 'attachments'>): string | null {
  const c = r.coverMediaId ? r.attachments.find((a) => a.id === r.coverMediaId) : undefined;
  return c ? mediaUrl(c) : null;
}

export function categoryLabel(locale: Locale, c: string | null): string {
  return c && c in articleCategoryLabels ? articleCategoryLabels[c as ArticleCategory][locale] : '';
}
export function eventKindLabel(locale: Locale, k: string | null): string {
  return k && k in eventKindLabels ? eventKindLabels[k as EventKind][locale] : '';
}
export function docKindLabel(locale: Locale, k: string | null): string {
  return k && k in documentKindLabels ? documentKindLabels[k as DocumentKind][locale] : '';
}

export function provinceLabel(locale: Locale, provinces: Provinces, code: string | null): string {
  return code ? (provinces.get(code)?.name ?? code) : t(locale, 'national');
}

export function dateRange(from: string | null, to: string | null): string {
  if (!from) return '';
  return !to || to === from ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** A news card; the first card of a page loads its picture eagerly (it is the largest paint). */
export function articleCard(locale: Locale, r: PublicListRow, eager = false): SafeHtml {
  const cover = coverOf(r);
  return html`<article class="card">
    ${cover ? html`<a class="thumb" href="${urlOf(locale, r)}" tabindex="-1"><img src="${cover}" alt="" width="400" height="225" ${eager ? html`fetchpriority="high"` : html`loading="lazy"`} decoding="async"></a>` : ''}
    <div class="card-body">
      <p class="meta">${categoryLabel(locale, r.category)} · <time datetime="${r.publishedAt?.toISOString() ?? ''}">${formatDate(r.publishedAt)}</time></p>
      <h3><a href="${urlOf(locale, r)}">${r.title}</a></h3>
      ${r.summary ? html`<p>${r.summary}</p>` : ''}
    </div>
  </article>`;
}

export function eventRow(locale: Locale, r: PublicListRow, provinces: Provinces): SafeHtml {
  const [y, m, d] = (r.startsOn ?? '').split('-');
  return html`<li class="event">
    <time class="day" datetime="${r.startsOn ?? ''}"><b>${d}</b><span>${m}/${y}</span></time>
    <div>
      <p class="meta">${eventKindLabel(locale, r.eventKind)} · ${provinceLabel(locale, provinces, r.provinceCode)}</p>
      <h3><a href="${urlOf(locale, r)}">${r.title}</a></h3>
      <p class="meta">${dateRange(r.startsOn, r.endsOn)}${r.place ? html` · ${r.place}` : ''}</p>
    </div>
  </li>`;
}

export function documentRow(locale: Locale, r: PublicListRow, marked?: { title: SafeHtml }): SafeHtml {
  return html`<li class="doc">
    <p class="doc-no">${r.docNumber}</p>
    <div>
      <h3><a href="${urlOf(locale, r)}">${marked?.title ?? r.title}</a></h3>
      <p class="meta">${docKindLabel(locale, r.docKind)} · ${r.issuer} · ${formatDate(r.issuedOn)}</p>
    </div>
  </li>`;
}

/** "- Title (24-07-2019)": related items the way the portal's articles list them. */
export function relatedList(locale: Locale, title: string, rows: PublicListRow[]): SafeHtml {
  if (rows.length === 0) return html``;
  return html`<section class="related"><h2>${title}</h2><ul>
    ${rows.map((r) => html`<li><a href="${urlOf(locale, r)}">${r.title}</a> <span class="meta">(${dashDate(r.publishedAt)})</span></li>`)}
  </ul></section>`;
}

export function select(
  name: string,
  label: string,
  options: [string, string][],
  current: string | undefined,
): SafeHtml {
  return html`<label><span class="sr">${label}</span><select name="${name}">
    ${options.map(([v, l]) => html`<option value="${v}"${v === (current ?? '') ? html` selected` : ''}>${l}</option>`)}
  </select></label>`;
}

export function provinceOptions(locale: Locale, provinces: Provinces): [string, string][] {
  return [
    ['', t(locale, 'allProvinces')],
    ...[...provinces.entries()]
      .sort((a, b) => a[1].name.localeCompare(b[1].name, 'vi'))
      .map(([c, p]): [string, string] => [c, p.name]),
  ];
}

export function emptyState(text: string): SafeHtml {
  return html`<p class="empty">${text}</p>`;
}
