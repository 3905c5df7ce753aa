import type { Locale } from '../../../../../shared/errors.ts';
import { formatInteger, formatVnd } from '../../../../../shared/format.ts';
import { vnToday } from '../portal.present.ts';
import { transparencyOf } from '../transparency.ts';
import { type PageContext, planBlock } from './home.page.ts';
import { html, type SafeHtml } from './html.ts';
import { href, t } from './labels.ts';
import { layout } from './layout.ts';
import type { ListParams } from './lists.page.ts';
import { emptyState, select } from './parts.ts';

/** The stable open-data URLs (docs/open-data.md), served by the reports module. */
const OPEN_DATA = '/api/public/open-data';

/** "Dữ liệu mở": the year's files (360Giving JSON and CSV, OCDS), every year's, and the catalogue. */
function openDataBlock(locale: Locale, year: number): SafeHtml {
  const link = (url: string, label: string) => html`<a href="${url}" download>${label}</a>`;
  return html`<section id="du-lieu-mo"><h2>${t(locale, 'openData')}</h2>
  <p>${t(locale, 'openDataIntro', { year })}</p>
  <ul class="open-data">
    <li>${link(`${OPEN_DATA}/360giving/grants-${year}.json`, t(locale, 'openDataGrantsJson'))} · ${link(`${OPEN_DATA}/360giving/grants-${year}.csv`, 'CSV')}</li>
    <li>${link(`${OPEN_DATA}/ocds/releases-${year}.json`, t(locale, 'openDataReleases'))}</li>
    <li>${t(locale, 'openDataAll')}: ${link(`${OPEN_DATA}/360giving/grants.json`, '360Giving JSON')} · ${link(`${OPEN_DATA}/360giving/grants.csv`, '360Giving CSV')} · ${link(`${OPEN_DATA}/ocds/releases.json`, 'OCDS JSON')}</li>
  </ul>
  <p class="meta"><a href="${OPEN_DATA}">${t(locale, 'openDataCatalogue')}</a> · <a href="https://creativecommons.org/licenses/by/4.0/deed.vi" rel="license">${t(locale, 'licence')}</a></p>
</section>`;
}

/** Programme transparency: the year's plan, funded schemes per province, recognised products, open data. */
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
  }${data.schemes?.length ? html`<p class="meta">${t(locale, 'fundsNote')}</p>` : ''}</section>
  <section><h2>${t(locale, 'recognisedProducts')}</h2>
  ${
    data.products?.length
      ? html`<div class="table"><table><thead><tr><th>${t(locale, 'product')}</th><th>${t(locale, 'establishment')}</th><th>${t(locale, 'province')}</th><th>${t(locale, 'level')}</th><th class="num">${t(locale, 'year')}</th></tr></thead><tbody>
        ${data.products.map((p) => html`<tr><td>${p.name}</td><td>${p.establishment}</td><td>${p.provinceName}</td><td>${p.level}</td><td class="num">${p.year}</td></tr>`)}
      </tbody></table></div>`
      : emptyState(t(locale, 'noData'))
  }</section>
  ${openDataBlock(locale, year)}
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
