import type { Locale } from '../../../../../shared/errors.ts';
import { formatDate, formatInteger, formatVnd } from '../../../../../shared/format.ts';
import type { Db } from '../../../db/client.ts';
import { currentProvinces } from '../../reference/index.ts';
import { vnToday } from '../portal.present.ts';
import { listPublic } from '../public.repo.ts';
import { type PlanFigures, planFiguresOf } from '../transparency.ts';
import { html, type SafeHtml } from './html.ts';
import { href, t } from './labels.ts';
import { layout } from './layout.ts';
import { articleCard, documentRow, emptyState, eventRow } from './parts.ts';

export type PageContext = { db: Db; locale: Locale; origin: string; now?: Date };

export function planBlock(locale: Locale, year: number, plan: PlanFigures | null): SafeHtml {
  if (!plan) return emptyState(t(locale, 'noPlanData', { year }));
  return html`<dl class="figures">
    <div><dt>${t(locale, 'schemes')}</dt><dd>${formatInteger(plan.schemes)}</dd></div>
    <div><dt>${t(locale, 'funds')}</dt><dd>${formatVnd(plan.budgetDong)}</dd></div>
    <div><dt>${t(locale, 'province')}</dt><dd>${formatInteger(plan.provinces)}</dd></div>
  </dl>${plan.source ? html`<p class="meta">${plan.source}</p>` : ''}`;
}

export async function renderHome(ctx: PageContext): Promise<string> {
  const { db, locale } = ctx;
  const now = ctx.now ?? new Date();
  const today = vnToday(now);
  const year = Number(today.slice(0, 4));
  const [news, events, docs, plan, provinces] = await Promise.all([
    listPublic(db, { kind: 'article' }, 7),
    listPublic(db, { kind: 'event', when: 'upcoming', today }, 5),
    listPublic(db, { kind: 'document' }, 5),
    planFiguresOf(db, year),
    currentProvinces(db),
  ]);
  const [lead, ...rest] = news.rows;
  const body = html`
<h1 class="sr">${t(locale, 'siteName')}</h1>
<div class="home">
  <section class="home-news" aria-labelledby="h-news">
    <h2 id="h-news">${t(locale, 'latestNews')} <a class="more" href="${href(locale, '/tin-tuc')}">${t(locale, 'seeAll')}</a></h2>
    ${lead ? html`<div class="lead">${articleCard(locale, lead, true)}</div>` : emptyState(t(locale, 'noData'))}
    <div class="cards">${rest.map((r) => articleCard(locale, r))}</div>
  </section>
  <aside class="home-side">
    <section aria-labelledby="h-events">
      <h2 id="h-events">${t(locale, 'upcomingEvents')} <a class="more" href="${href(locale, '/lich-su-kien')}">${t(locale, 'calendar')}</a></h2>
      ${events.rows.length ? html`<ul class="events">${events.rows.map((r) => eventRow(locale, r, provinces))}</ul>` : emptyState(t(locale, 'noData'))}
    </section>
    <section aria-labelledby="h-docs">
      <h2 id="h-docs">${t(locale, 'latestDocuments')} <a class="more" href="${href(locale, '/van-ban')}">${t(locale, 'seeAll')}</a></h2>
      ${docs.rows.length ? html`<ul class="docs">${docs.rows.map((r) => documentRow(locale, r))}</ul>` : emptyState(t(locale, 'noData'))}
    </section>
    <section aria-labelledby="h-plan">
      <h2 id="h-plan">${t(locale, 'planFigures', { year })} <a class="more" href="${href(locale, '/minh-bach')}">${t(locale, 'transparency')}</a></h2>
      ${planBlock(locale, year, plan)}
    </section>
  </aside>
</div>`;
  return layout(
    {
      locale,
      title: t(locale, 'siteName'),
      path: '/',
      origin: ctx.origin,
      ogImage: null,
      description: `${t(locale, 'tagline')}. ${lead ? `${t(locale, 'latestNews')}: ${lead.title} (${formatDate(lead.publishedAt)})` : ''}`,
    },
    body,
  );
}
