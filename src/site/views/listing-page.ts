// Lists of articles in time order: all news, rubric, tag and author pages, with pagination.
import { html, type SafeHtml } from '../html.ts';
import type { ArticleSummary } from '../../domain/model.ts';
import { layout } from './layout.ts';
import { articleList, latestNewsBox, pagination } from './components.ts';
import type { Crumb, PageContext, PageMeta } from './page-context.ts';

export interface ListingPageData {
  title: string;
  intro?: SafeHtml;
  path: string;
  alternates?: Map<string, string>;
  items: ArticleSummary[];
  page: number;
  hasNext: boolean;
  link: (page: number) => string;
  latest?: ArticleSummary[];
  breadcrumbs: Crumb[];
  current?: string;
  /** Shown above the list, e.g. the archive calendar. */
  before?: SafeHtml;
  empty?: string;
  feed?: PageMeta['feed'];
}

export function listingPage(ctx: PageContext, d: ListingPageData): string {
  const body = html`<div class="listing-layout">
<div class="listing">
<h1>${d.title}${d.page > 1 ? html` <span class="page-no">– ${ctx.t.page} ${d.page}</span>` : ''}</h1>
${d.intro ?? ''}
${d.before ?? ''}
${d.items.length ? articleList(ctx, d.items, { lead: true, image: true, level: 2 }) : html`<p class="empty">${d.empty ?? ctx.t.noNews}</p>`}
${pagination(ctx, d.page, d.hasNext, d.link)}
</div>
<aside class="sidebar">${d.latest ? latestNewsBox(ctx, d.latest) : ''}</aside>
</div>`;
  return layout(ctx, {
    title: d.page > 1 ? `${d.title} – ${ctx.t.page} ${d.page}` : d.title,
    description: d.title,
    path: d.page > 1 ? d.link(d.page) : d.path,
    alternates: d.alternates,
    breadcrumbs: d.breadcrumbs,
    current: d.current,
    feed: d.feed,
  }, body);
}
