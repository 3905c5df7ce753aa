import { formatInteger, formatVnd } from '../../../../../shared/format.ts';
import { vnToday } from '../portal.present.ts';
import { transparencyOf } from '../transparency.ts';
import { type PageContext, planBlock } from './home.page.ts';
import { html } from './html.ts';
import { href, t } from './labels.ts';
import { layout } from './layout.ts';
import type { ListParams } from './lists.page.ts';
import { emptyState, select } from './parts.ts';

/** Programme transparency: the year's plan, funded schemes per province, recognised products. */
export async function renderTransparency(ctx: PageContext, params: ListParams): Promise<string> {
  const { locale, db } = ctx;
  const thisYear = Number(vnToday(ctx.now).slice(0, 4));
  const asked = Number(params.nam);
  const year = Number.isInteger(asked) && asked >= 2012 && asked <= thisYear + 1 ? asked : thisYear;
  const data = await transparencyOf(db, year);
  const years: [string, string][] = [];
  for (let y = thisYear + 1; y >= 2012; y--) years.push([String(y), String(y)]);
  const body = html`<h1>${t(locale, 'transparency')}</h1>
  <p class="standfirst">${t(locale, 'transparencyIntro')}</p>
  <form class="filters" method="get" action="/minh-bach">
    ${select('nam', t(locale, 'year'), years, String(year))}
    ${locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
    <button type="submit">${t(locale, 'filter')}</button>
  </form>
  <section><h2>${t(locale, 'planFigures', { year })}</h2>${planBlock(locale, year, data.plan)}</section>
  <section><h2>${t(locale, 'fundedSchemes', { year })}</h2>
  ${
    data.schemes?.length
      ? html`<div class="table"><table><thead><tr><th>${t(locale, 'province')}</th><th class="num">${t(locale, 'schemes')}</th><th class="num">${t(locale, 'funds')}</th></tr></thead><tbody>
        ${data.schemes.map((r) => html`<tr><td>${r.provinceName}</td><td class="num">${formatInteger(r.schemes)}</td><td class="num">${formatVnd(r.fundsDong)}</td></tr>`)}
      </tbody></table></div>`
      : emptyState(t(locale, 'noData'))
  }</section>
  <section><h2>${t(locale, 'recognisedProducts')}</h2>
  ${
    data.products?.length
      ? html`<div class="table"><table><thead><tr><th>${t(locale, 'product')}</th><th>${t(locale, 'establishment')}</th><th>${t(locale, 'province')}</th><th>${t(locale, 'level')}</th><th class="num">${t(locale, 'year')}</th></tr></thead><tbody>
        ${data.products.map((p) => html`<tr><td>${p.name}</td><td>${p.establishment}</td><td>${p.provinceName}</td><td>${p.level}</td><td class="num">${p.year}</td></tr>`)}
      </tbody></table></div>`
      : emptyState(t(locale, 'noData'))
  }</section>
  <p class="meta"><a href="${href(locale, '/van-ban')}">${t(locale, 'documents')}</a></p>`;
  return layout(
    {
      locale,
      title: t(locale, 'transparency'),
      path: '/minh-bach',
      origin: ctx.origin,
      breadcrumbs: [{ label: t(locale, 'transparency') }],
    },
    body,
  );
}
