import { currentProvinces } from '../../reference/index.ts';
import { vnToday } from '../portal.present.ts';
import { eventsBetween, type PublicListRow } from '../public.repo.ts';
import type { PageContext } from './home.page.ts';
import { html } from './html.ts';
import { href, t } from './labels.ts';
import { layout } from './layout.ts';
import type { ListParams } from './lists.page.ts';
import { emptyState, eventKindLabel, eventRow, urlOf } from './parts.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const weekdays = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** The month asked for (?thang=2019-07), else the current month in Vietnam. */
export function monthOf(param: string | undefined, now?: Date): { y: number; m: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(param ?? '');
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    if (y >= 2000 && y <= 2100 && m >= 1 && m <= 12) return { y, m };
  }
  const today = vnToday(now);
  return { y: Number(today.slice(0, 4)), m: Number(today.slice(5, 7)) };
}

export async function renderCalendar(ctx: PageContext, params: ListParams): Promise<string> {
  const { locale, db } = ctx;
  const { y, m } = monthOf(params.thang, ctx.now);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const first = `${y}-${pad(m)}-01`;
  const last = `${y}-${pad(m)}-${pad(days)}`;
  const [events, provinces] = await Promise.all([eventsBetween(db, first, last), currentProvinces(db)]);
  const today = vnToday(ctx.now);
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  const on = (d: string) =>
    events.filter((e: PublicListRow) => (e.startsOn ?? '') <= d && (e.endsOn ?? e.startsOn ?? '') >= d);
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  const next = m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  const cells = [];
  for (let i = 0; i < lead; i++) cells.push(html`<li class="pad" aria-hidden="true"></li>`);
  for (let d = 1; d <= days; d++) {
    const iso = `${y}-${pad(m)}-${pad(d)}`;
    const list = on(iso);
    cells.push(html`<li class="${[list.length ? 'has' : '', iso === today ? 'today' : ''].join(' ')}">
      <span class="date">${d}<span class="sr">/${m}/${y}</span></span>
      ${list.map((e) => html`<a href="${urlOf(locale, e)}" title="${eventKindLabel(locale, e.eventKind)}">${e.title}</a>`)}
    </li>`);
  }
  const title = t(locale, 'monthTitle', { m: pad(m), y });
  const body = html`<h1>${t(locale, 'calendar')} — ${title}</h1>
  <nav class="pager">
    <a rel="prev" href="${href(locale, `/lich-su-kien?thang=${prev}`)}">${t(locale, 'prevMonth')}</a>
    <span>${title}</span>
    <a rel="next" href="${href(locale, `/lich-su-kien?thang=${next}`)}">${t(locale, 'nextMonth')}</a>
  </nav>
  <ol class="calendar">${weekdays[locale].map((w) => html`<li class="wd" aria-hidden="true">${w}</li>`)}${cells}</ol>
  <h2>${t(locale, 'events')} — ${title}</h2>
  ${events.length ? html`<ul class="events">${events.map((e) => eventRow(locale, e, provinces))}</ul>` : emptyState(t(locale, 'noEventsMonth'))}`;
  return layout(
    {
      locale,
      title: `${t(locale, 'calendar')} — ${title}`,
      path: '/lich-su-kien',
      origin: ctx.origin,
      breadcrumbs: [{ label: t(locale, 'events'), url: '/su-kien' }, { label: t(locale, 'calendar') }],
    },
    body,
  );
}
