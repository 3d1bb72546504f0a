// A month calendar for the day archive: every day links to its news, the chosen day is marked.
import { html, type SafeHtml } from '../html.ts';
import { formatPattern } from '../../domain/dates.ts';
import { urls } from '../urls.ts';
import type { PageContext } from './page-context.ts';

const weekdayCache = new Map<string, string[]>();

/** Monday to Sunday, short, in a locale; made once per locale, since formatters are costly to create. */
function weekdayNames(locale: string): string[] {
  let names = weekdayCache.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    names = Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i, 12)));
    weekdayCache.set(locale, names);
  }
  return names;
}

export function archiveCalendar(ctx: PageContext, day: string, today: string, days: { previous?: string; next?: string }): SafeHtml {
  const { edition, t } = ctx;
  const [y, m] = day.split('-').map(Number);
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // Monday-first weeks, as in all four editions' countries.
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const weekdays = weekdayNames(edition.locale);
  const cells: SafeHtml[] = [];
  for (let i = 0; i < lead; i++) cells.push(html`<td></td>`);
  const month = day.slice(0, 8);
  for (let d = 1; d <= length; d++) {
    const date = `${month}${d < 10 ? '0' : ''}${d}`;
    if (date > today) cells.push(html`<td><span class="future">${d}</span></td>`);
    else cells.push(html`<td><a href="${urls.day(edition.code, date)}"${date === day ? html` aria-current="date"` : ''}>${d}</a></td>`);
  }
  while (cells.length % 7) cells.push(html`<td></td>`);
  const rows: SafeHtml[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(html`<tr>${cells.slice(i, i + 7)}</tr>`);
  const caption = formatPattern(Date.UTC(y, m - 1, 15, 12), 'LLLL yyyy', edition.locale, 'UTC');
  return html`<nav class="archive-nav" aria-label="${t.archive}">
<ul class="day-steps">
${days.previous ? html`<li><a rel="prev" href="${urls.day(edition.code, days.previous)}">← ${t.previousDay}</a></li>` : ''}
${days.next ? html`<li><a rel="next" href="${urls.day(edition.code, days.next)}">${t.nextDay} →</a></li>` : ''}
</ul>
<table class="calendar"><caption>${caption}</caption>
<thead><tr>${weekdays.map((w) => html`<th scope="col">${w}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table>
</nav>`;
}
