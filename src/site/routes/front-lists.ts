// The newest articles of an edition and of each rubric, which the home, every sidebar, the related stories and
// first pages all show: read once per content version into the catalog's memo, then cut to each page's need.
import type { ArticleSummary, Term } from '../../domain/model.ts';
import { countLinkedArticles, findListPosition, listVisible, type ListFilter, type ListPosition } from '../../db/repos/article-repo.ts';
import { listTerms } from '../../db/repos/term-repo.ts';
import type { PageContext } from '../views/page-context.ts';
import { PAGE_SIZE, type SiteState } from './render.ts';

/** A first page and one more (to know whether a second exists); more than any box takes with its exclusions. */
export const HEAD_SIZE = PAGE_SIZE + 1;

const HOUR_MS = 3600_000;

/** The edition's newest visible articles, HEAD_SIZE of them. */
export function latestHead(state: SiteState, ctx: PageContext): Promise<ArticleSummary[]> {
  const ed = ctx.edition.code;
  return ctx.catalog.lists.get(`latest|${ed}`, ctx.now, () => listVisible(state.db, { edition: ed, now: ctx.now, limit: HEAD_SIZE }));
}

/** A rubric's newest visible articles, HEAD_SIZE of them. */
export function rubricHead(state: SiteState, ctx: PageContext, rubricId: number): Promise<ArticleSummary[]> {
  const ed = ctx.edition.code;
  return ctx.catalog.lists.get(`rubric|${ed}|${rubricId}`, ctx.now, () => listVisible(state.db, { edition: ed, now: ctx.now, rubricId, limit: HEAD_SIZE }));
}

/** The first `limit` of a head, without the given articles (at most HEAD_SIZE - limit of them). */
export function take(head: ArticleSummary[], limit: number, without: number[] = []): ArticleSummary[] {
  return (without.length ? head.filter((a) => !without.includes(a.id)) : head).slice(0, limit);
}

/** The newest urgent articles (urgency 1–3) published within `windowMs`, at most `limit`. */
export async function breakingNews(state: SiteState, ctx: PageContext, windowMs: number, limit: number): Promise<ArticleSummary[]> {
  const ed = ctx.edition.code;
  const from = ctx.now - windowMs;
  // Read from the start of the hour before the window and cut exactly here: the newest of a longer span, cut at a
  // later start, are the newest of the shorter one. So the entry holds for an hour while the window slides.
  const hourFrom = Math.floor(from / HOUR_MS) * HOUR_MS;
  const rows = await ctx.catalog.lists.get(`breaking|${ed}|${hourFrom}|${limit}`, ctx.now, () =>
    listVisible(state.db, { edition: ed, now: ctx.now, maxUrgency: 3, from: hourFrom, limit }));
  return rows.filter((a) => a.publishedAt >= from);
}

/** Top stories: the newest with a lead image and urgency 1–5. */
export function topStories(state: SiteState, ctx: PageContext, limit: number): Promise<ArticleSummary[]> {
  const ed = ctx.edition.code;
  return ctx.catalog.lists.get(`top|${ed}|${limit}`, ctx.now, () => listVisible(state.db, { edition: ed, now: ctx.now, withImage: true, maxUrgency: 5, limit }));
}

export function projectTerms(state: SiteState, ctx: PageContext): Promise<Term[]> {
  const ed = ctx.edition.code;
  return ctx.catalog.lists.get(`projects|${ed}`, ctx.now, () => listTerms(state.db, 'project', ed));
}

/** What a paged list may be filtered by besides its edition. */
export type PagedFilter = Pick<ListFilter, 'rubricId' | 'tagId' | 'authorId' | 'denseLinks' | 'from' | 'to'>;

/**
 * Above this many articles, a tag's or author's lists walk the timeline (ListFilter.denseLinks). Listing the links
 * first costs about 0.3 µs per link; the walk about 0.7 µs per article of the edition passed until a page is full,
 * which for a term on few articles means most of the edition. They cost the same near 12,000 links on a
 * million-article archive (3–4 ms); either way stays below that.
 */
const DENSE_LINKS = 12_000;

/** The list filter for a tag's or an author's articles; how many there are is counted once per content version. */
export async function linkFilter(state: SiteState, now: number, kind: 'tag' | 'author', id: number): Promise<PagedFilter> {
  const links = await state.catalog.lists.get(`links|${kind}|${id}`, now, () => countLinkedArticles(state.db, kind, id));
  return { ...(kind === 'tag' ? { tagId: id } : { authorId: id }), denseLinks: links > DENSE_LINKS };
}

/**
 * Page `page` (2 or later) of a list, PAGE_SIZE + 1 rows (one more tells whether a next page exists). Reaching a
 * deep page means passing over every row before it (0.7 ms for page 100 of a million-article edition), so where
 * each page starts is found once per content version and the page is then read from that position.
 */
export async function laterPage(state: SiteState, ctx: PageContext, filter: PagedFilter, page: number): Promise<ArticleSummary[]> {
  const f = { ...filter, edition: ctx.edition.code, now: ctx.now };
  const keyOf = (p: number) => [f.edition, f.rubricId, f.tagId, f.authorId, f.from, f.to, (p - 1) * PAGE_SIZE].join('|');
  const start = await ctx.catalog.pageStarts.get(keyOf(page), ctx.now, async () => {
    // Whoever asks for page N has mostly just read page N - 1 (a crawler follows "next" to the end): from where that
    // one starts, the walk is one page long instead of N. For a tag on 44,000 of a million articles, page 300 took
    // 140 ms from the top.
    const previous = page > 2 ? await ctx.catalog.pageStarts.peek<ListPosition | undefined>(keyOf(page - 1), ctx.now) : undefined;
    return previous ? findListPosition(state.db, { ...f, startAt: previous }, PAGE_SIZE) : findListPosition(state.db, f, (page - 1) * PAGE_SIZE);
  });
  return start ? listVisible(state.db, { ...f, startAt: start, limit: PAGE_SIZE + 1 }) : [];
}
