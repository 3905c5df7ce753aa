import type { Locale } from '../../../../../shared/errors.ts';
import { formatDate } from '../../../../../shared/format.ts';
import {
  type ArticleCategory,
  articleCategoryLabels,
  type ContentStatus,
  contentStatusLabels,
  type PortalKind,
  publicPathOf,
} from '../../../../../shared/schemas/portal.ts';
import { currentProvinces } from '../../reference/index.ts';
import { mediaUrl, registrationOpen } from '../portal.present.ts';
import type { ItemRow } from '../portal.repo.ts';
import type { StoredAttachment } from '../portal.tables.ts';
import { findPublicBySlug, publicByIds, relatedTo } from '../public.repo.ts';
import { textOf } from '../sanitize.ts';
import { isCanonicalSlug, slugify } from '../slug.ts';
import type { PageContext } from './home.page.ts';
import { html, raw, type SafeHtml } from './html.ts';
import { href, t } from './labels.ts';
import { layout } from './layout.ts';
import {
  dateRange,
  docKindLabel,
  eventKindLabel,
  type Provinces,
  provinceLabel,
  relatedList,
} from './parts.ts';

export type DetailResult = { html: string } | { redirect: string } | null;

/** The public item at this slug; a non-canonical slug (accents, capitals) redirects to the canonical one. */
async function load(
  ctx: PageContext,
  kind: PortalKind,
  slug: string,
): Promise<ItemRow | { redirect: string } | null> {
  if (!isCanonicalSlug(slug)) {
    const canonical = slugify(slug);
    if (!canonical || canonical === slug) return null;
    const row = await findPublicBySlug(ctx.db, kind, canonical);
    return row ? { redirect: href(ctx.locale, publicPathOf(kind, canonical)) } : null;
  }
  return (await findPublicBySlug(ctx.db, kind, slug)) ?? null;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function files(locale: Locale, list: StoredAttachment[]): SafeHtml {
  if (list.length === 0) return html``;
  return html`<section class="files"><h2>${t(locale, 'attachments')}</h2><ul>
    ${list.map((a) => html`<li><a href="${mediaUrl(a)}" download>${a.name}</a> <span class="meta">(${sizeLabel(a.size)})</span></li>`)}
  </ul></section>`;
}

function coverOf(row: ItemRow): StoredAttachment | undefined {
  return row.coverMediaId ? row.attachments.find((a) => a.id === row.coverMediaId) : undefined;
}

function byline(locale: Locale, row: ItemRow, provinces: Provinces): SafeHtml {
  return html`<p class="meta byline">${t(locale, 'publishedOn')}: <time datetime="${row.publishedAt?.toISOString() ?? ''}">${formatDate(row.publishedAt)}</time> · ${row.authorName} · ${provinceLabel(locale, provinces, row.provinceCode)}</p>`;
}

function articleBody(locale: Locale, row: ItemRow): SafeHtml {
  const cover = coverOf(row);
  return html`${cover ? html`<figure class="cover"><img src="${mediaUrl(cover)}" alt="${row.title}" width="1200" height="675" fetchpriority="high"></figure>` : ''}
  ${row.summary ? html`<p class="standfirst">${row.summary}</p>` : ''}
  <div class="prose">${raw(row.bodyHtml)}</div>
  ${files(
    locale,
    row.attachments.filter((a) => a.id !== row.coverMediaId),
  )}
  ${row.tags.length ? html`<p class="tags">${t(locale, 'tags')}: ${row.tags.map((tag) => html`<a href="${href(locale, `/tin-tuc?the=${encodeURIComponent(tag)}`)}">#${tag}</a> `)}</p>` : ''}`;
}

function registration(locale: Locale, row: ItemRow): SafeHtml {
  if (row.registrationMode === 'link' && row.registrationUrl)
    return html`<p><a class="button" href="${row.registrationUrl}" target="_blank" rel="noopener noreferrer nofollow">${t(locale, 'registerOutside')}</a></p>`;
  if (row.registrationMode !== 'form') return html`<p class="meta">${t(locale, 'registrationNone')}</p>`;
  if (!registrationOpen(row))
    return html`<p class="notice">${t(locale, 'registrationClosed')} (${t(locale, 'deadline')}: ${formatDate(row.registrationDeadline)})</p>`;
  const field = (name: string, label: string, type = 'text', required = true) =>
    html`<label>${label}${required ? ' *' : ''}<input name="${name}" type="${type}" ${required ? 'required' : ''} maxlength="300"></label>`;
  return html`<form class="register" data-register="${row.id}" data-login="/dang-nhap?next=${encodeURIComponent(publicPathOf('event', row.slug))}" hidden>
    <p class="meta">${t(locale, 'registerHint')} ${t(locale, 'deadline')}: <strong>${formatDate(row.registrationDeadline)}</strong>.</p>
    ${field('establishmentName', t(locale, 'establishmentName'))}
    ${field('contactName', t(locale, 'contactName'))}
    ${field('phone', t(locale, 'phone'), 'tel')}
    ${field('email', t(locale, 'email'), 'email')}
    <label>${t(locale, 'products')} *<textarea name="products" required maxlength="2000" rows="3"></textarea></label>
    <label>${t(locale, 'note')}<textarea name="note" maxlength="1000" rows="2"></textarea></label>
    <button type="submit">${t(locale, 'submit')}</button>
    <p class="status" role="status" aria-live="polite"></p>
  </form>
  <noscript><p class="notice">${t(locale, 'registerHint')}</p></noscript>`;
}

function eventFacts(locale: Locale, row: ItemRow, provinces: Provinces): SafeHtml {
  return html`<dl class="facts">
    <div><dt>${t(locale, 'eventKind')}</dt><dd>${eventKindLabel(locale, row.eventKind)}</dd></div>
    <div><dt>${t(locale, 'time')}</dt><dd>${dateRange(row.startsOn, row.endsOn)}</dd></div>
    <div><dt>${t(locale, 'place')}</dt><dd>${row.place}</dd></div>
    <div><dt>${t(locale, 'organiser')}</dt><dd>${row.organiser}</dd></div>
    <div><dt>${t(locale, 'province')}</dt><dd>${provinceLabel(locale, provinces, row.provinceCode)}</dd></div>
    ${row.registrationDeadline ? html`<div><dt>${t(locale, 'deadline')}</dt><dd>${formatDate(row.registrationDeadline)}</dd></div>` : ''}
  </dl>`;
}

function documentFacts(locale: Locale, row: ItemRow): SafeHtml {
  const eff = [
    row.effectiveFrom ? t(locale, 'effectiveFrom', { from: formatDate(row.effectiveFrom) }) : '',
    row.effectiveTo ? t(locale, 'effectiveTo', { to: formatDate(row.effectiveTo) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<dl class="facts">
    <div><dt>${t(locale, 'docNumber')}</dt><dd><strong>${row.docNumber}</strong></dd></div>
    <div><dt>${t(locale, 'docKind')}</dt><dd>${docKindLabel(locale, row.docKind)}</dd></div>
    <div><dt>${t(locale, 'issuer')}</dt><dd>${row.issuer}</dd></div>
    <div><dt>${t(locale, 'issuedOn')}</dt><dd>${formatDate(row.issuedOn)}</dd></div>
    ${eff ? html`<div><dt>${t(locale, 'effective')}</dt><dd>${eff}</dd></div>` : ''}
  </dl>`;
}

/** An article, event, document or page of the public site. */
export async function renderDetail(ctx: PageContext, kind: PortalKind, slug: string): Promise<DetailResult> {
  const found = await load(ctx, kind, slug);
  if (!found || 'redirect' in found) return found;
  return { html: await renderRow(ctx, found) };
}

/** The public page of an item as it would look, whatever its status (the editor's preview). */
export async function renderPreview(ctx: PageContext, row: ItemRow): Promise<string> {
  return renderRow(ctx, row, true);
}

async function renderRow(ctx: PageContext, row: ItemRow, preview = false): Promise<string> {
  const kind = row.kind as PortalKind;
  const { locale, db } = ctx;
  const provinces = await currentProvinces(db);
  const path = publicPathOf(kind, row.slug);
  const cover = coverOf(row);
  let body: SafeHtml;
  let crumbs: { label: string; url?: string }[] = [];
  let script = false;
  if (kind === 'article') {
    const related = await relatedTo(db, row);
    const cat = row.category as ArticleCategory | null;
    crumbs = [
      { label: t(locale, 'news'), url: '/tin-tuc' },
      ...(cat ? [{ label: articleCategoryLabels[cat][locale], url: `/tin-tuc/chuyen-muc/${cat}` }] : []),
    ];
    body = html`<article class="item"><h1>${row.title}</h1>${byline(locale, row, provinces)}${articleBody(locale, row)}</article>
      ${relatedList(locale, t(locale, 'related'), related)}`;
  } else if (kind === 'event') {
    const [docs, related] = await Promise.all([publicByIds(db, row.relatedIds), relatedTo(db, row)]);
    crumbs = [{ label: t(locale, 'events'), url: '/su-kien' }];
    script = row.registrationMode === 'form';
    body = html`<article class="item"><h1>${row.title}</h1>${byline(locale, row, provinces)}
      ${eventFacts(locale, row, provinces)}
      <section class="registration"><h2>${t(locale, 'register')}</h2>${registration(locale, row)}</section>
      ${articleBody(locale, row)}</article>
      ${relatedList(locale, t(locale, 'relatedDocuments'), docs)}
      ${relatedList(locale, t(locale, 'related'), related)}`;
  } else if (kind === 'document') {
    const related = await relatedTo(db, row);
    crumbs = [{ label: t(locale, 'documents'), url: '/van-ban' }];
    body = html`<article class="item"><h1>${row.title}</h1>${documentFacts(locale, row)}
      ${row.summary ? html`<p class="standfirst">${row.summary}</p>` : ''}
      <div class="prose">${raw(row.bodyHtml)}</div>
      ${files(locale, row.attachments)}</article>
      ${relatedList(locale, t(locale, 'related'), related)}`;
  } else {
    body = html`<article class="item"><h1>${row.title}</h1>${articleBody(locale, row)}</article>`;
  }
  crumbs.push({ label: row.title.length > 60 ? `${row.title.slice(0, 57)}…` : row.title });
  if (preview)
    body = html`<p class="notice">Bản xem trước — trạng thái: ${contentStatusLabels[row.status as ContentStatus].vi}. Trang này chưa công khai nếu nội dung chưa được xuất bản.</p>${body}`;
  return layout(
    {
      locale,
      title: kind === 'document' ? `${row.docNumber} — ${row.title}` : row.title,
      description: row.summary ?? textOf(row.bodyHtml).slice(0, 200),
      path,
      origin: ctx.origin,
      ogType: kind === 'page' ? 'website' : 'article',
      ogImage: cover ? mediaUrl(cover) : null,
      publishedAt: row.publishedAt,
      breadcrumbs: kind === 'page' ? [{ label: row.title }] : crumbs,
      script: script && !preview,
      noindex: preview,
    },
    body,
  );
}
