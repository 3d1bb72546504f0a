// Builds each sitemap from the database: the index, an edition's pages, a month of articles, the last 48 hours for Google News.
import { setImmediate } from 'node:timers/promises';
import { rfc3339 } from './feed-dates.ts';
import type { Edition } from '../domain/model.ts';
import { listVisible } from '../db/repos/article-repo.ts';
import { listTerms } from '../db/repos/term-repo.ts';
import { listDirectory } from '../db/repos/directory-repo.ts';
import type { SiteState } from '../site/routes/render.ts';
import { urls } from '../site/urls.ts';
import { feedUrls } from './feed-urls.ts';
import { countVisibleByMonth, findTermsWithVisibleNews, findVisibleTranslations, listMonthArticles, monthRange, type MonthPosition, type SitemapArticle } from './sitemap-repo.ts';
import { ARTICLES_PER_SITEMAP, MAX_URLS_PER_SITEMAP, newsLanguage, renderNewsSitemap, renderSitemapIndex, renderUrlEntries, renderUrlSet, URLSET_END, URLSET_START, type Alternate, type SitemapRef, type SitemapUrl } from './sitemaps.ts';

export interface BuiltSitemap {
  /** Month files come encoded, slice by slice; the others as text. */
  body: string | Buffer;
  lastModified: number | null;
}

/** Google News takes articles of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 3600_000;
export const NEWS_MAX_URLS = 1000;

/** One page in every edition that has it, as edition code → path. */
type PageVersions = Map<string, string>;

/** hreflang alternates of a page, this edition's version included, with x-default for the default edition's. */
function alternatesOf(state: SiteState, versions: PageVersions): Alternate[] | undefined {
  if (versions.size < 2) return undefined;
  const list = state.catalog.editions.flatMap((e) => {
    const path = versions.get(e.code);
    return path === undefined ? [] : [{ hreflang: e.locale, href: state.publicUrl + path }];
  });
  const fallback = state.catalog.defaultEdition && versions.get(state.catalog.defaultEdition.code);
  return fallback === undefined ? list : [...list, { hreflang: 'x-default', href: state.publicUrl + fallback }];
}

export async function buildSitemapIndex(state: SiteState, perFile = ARTICLES_PER_SITEMAP): Promise<BuiltSitemap | undefined> {
  const now = state.now();
  const editions = state.catalog.editions;
  if (editions.length === 0) return undefined;
  const [months, newest] = await Promise.all([
    Promise.all(editions.map((e) => countVisibleByMonth(state.db, e.code, now))),
    Promise.all(editions.map((e) => listVisible(state.db, { edition: e.code, now, from: now - NEWS_WINDOW_MS, limit: 1 }))),
  ]);
  const refs: SitemapRef[] = [];
  let lastModified: number | null = null;
  for (const [i, edition] of editions.entries()) {
    refs.push({ loc: state.publicUrl + feedUrls.sitemapPages(edition.code) });
    const latest = newest[i][0];
    if (latest) refs.push({ loc: state.publicUrl + feedUrls.sitemapNews(edition.code), lastmod: rfc3339(Math.max(latest.publishedAt, latest.updatedAt), edition.timeZone) });
    for (const m of months[i]) {
      const pages = Math.ceil(m.count / perFile);
      for (let page = 1; page <= pages; page++) {
        refs.push({ loc: state.publicUrl + feedUrls.sitemapMonth(edition.code, m.month, page), lastmod: rfc3339(m.lastmod, edition.timeZone) });
      }
      lastModified = Math.max(lastModified ?? 0, m.lastmod);
    }
  }
  return { body: renderSitemapIndex(refs), lastModified };
}

function articlePath(a: SitemapArticle): string {
  return urls.article(a.edition, a.rubricSlug, a.id, a.slug);
}

/**
 * Articles read, rendered and encoded per slice of a month's sitemap. A file holds up to 10,000 articles with their
 * translations (7.6 MB at a million articles), built in slices with other requests served between them. Measured
 * there: slices of 1,000 held the process for up to 60 ms at a time and built the file in 0.45 s; slices of 250
 * for 20-30 ms, in 0.6 s. Readers waiting behind a crawler matter more than the crawler's half second.
 */
const SITEMAP_SLICE = 250;

/**
 * Page `page` of the month's articles, oldest first, `perFile` to a file (the index must be built with the same).
 * Each slice is rendered and encoded before the next is read, so that no step handles the whole file's text.
 */
export async function buildMonthSitemap(state: SiteState, edition: Edition, month: string, page: number, perFile = ARTICLES_PER_SITEMAP, slice = SITEMAP_SLICE): Promise<BuiltSitemap | undefined> {
  const now = state.now();
  const range = monthRange(month);
  const parts: Buffer[] = [Buffer.from(URLSET_START)];
  let count = 0;
  let lastModified = 0;
  let start: { offset: number } | { after: MonthPosition } = { offset: (page - 1) * perFile };
  while (count < perFile) {
    const want = Math.min(slice, perFile - count);
    const articles = await listMonthArticles(state.db, edition.code, range, now, want, start);
    if (articles.length === 0) break;
    const translations = await findVisibleTranslations(state.db, articles.map((a) => a.storyId), edition.code, now);
    const entries: SitemapUrl[] = articles.map((a) => {
      const changed = Math.max(a.publishedAt, a.updatedAt);
      lastModified = Math.max(lastModified, changed);
      const versions: PageVersions = new Map([[a.edition, articlePath(a)], ...(translations.get(a.storyId) ?? []).map((t) => [t.edition, articlePath(t)] as const)]);
      return { loc: state.publicUrl + articlePath(a), lastmod: rfc3339(changed, edition.timeZone), alternates: alternatesOf(state, versions) };
    });
    parts.push(Buffer.from(renderUrlEntries(entries)));
    count += entries.length;
    if (articles.length < want) break;
    const last = articles[articles.length - 1];
    start = { after: { publishedAt: last.publishedAt, id: last.id } };
    await setImmediate();
  }
  if (count === 0) return undefined;
  parts.push(Buffer.from(URLSET_END));
  return { body: Buffer.concat(parts), lastModified };
}

export async function buildNewsSitemap(state: SiteState, edition: Edition): Promise<BuiltSitemap | undefined> {
  const now = state.now();
  const articles = await listVisible(state.db, { edition: edition.code, now, from: now - NEWS_WINDOW_MS, limit: NEWS_MAX_URLS });
  if (articles.length === 0) return undefined;
  const language = newsLanguage(edition.locale);
  const body = renderNewsSitemap(articles.map((a) => ({
    loc: state.publicUrl + urls.article(edition.code, a.rubric?.slug, a.id, a.slug),
    lastmod: rfc3339(Math.max(a.publishedAt, a.updatedAt), edition.timeZone),
    publicationName: edition.agencyName,
    language,
    publicationDate: rfc3339(a.publishedAt, edition.timeZone),
    title: a.headline,
  })));
  return { body, lastModified: Math.max(...articles.map((a) => Math.max(a.publishedAt, a.updatedAt))) };
}

/** Versions of each page by identity across editions, e.g. rubric 3 → { de: '/de/politik', en: '/en/politics' }. */
function versionsById(perEdition: Map<string, Map<number, string>>): Map<number, PageVersions> {
  const byId = new Map<number, PageVersions>();
  for (const [code, paths] of perEdition) {
    for (const [id, path] of paths) byId.set(id, (byId.get(id) ?? new Map()).set(code, path));
  }
  return byId;
}

/** Home, all news, rubrics, tags and authors with visible news, projects, the directory and static pages. */
export async function buildPagesSitemap(state: SiteState, edition: Edition): Promise<BuiltSitemap> {
  const now = state.now();
  const editions = state.catalog.editions;
  const everyEdition = (path: (ed: string) => string): PageVersions => new Map(editions.map((e) => [e.code, path(e.code)]));
  const collect = async (paths: (ed: string) => Promise<Map<number, string>>) =>
    versionsById(new Map(await Promise.all(editions.map(async (e) => [e.code, await paths(e.code)] as const))));
  const [latest, tags, authors, projects, institutions] = await Promise.all([
    listVisible(state.db, { edition: edition.code, now, limit: 1 }),
    collect(async (ed) => new Map([...(await findTermsWithVisibleNews(state.db, 'tag', ed, now))].map(([id, slug]) => [id, urls.tag(ed, slug)]))),
    collect(async (ed) => new Map([...(await findTermsWithVisibleNews(state.db, 'author', ed, now))].map(([id, slug]) => [id, urls.author(ed, slug)]))),
    collect(async (ed) => new Map((await listTerms(state.db, 'project', ed)).map((p) => [p.id, urls.project(ed, p.slug)]))),
    collect(async (ed) => new Map((await listDirectory(state.db, ed)).map((d) => [d.id, urls.institution(ed, d.slug)]))),
  ]);
  const rubrics = await collect(async (ed) => new Map((state.catalog.rubrics.get(ed) ?? []).map((r) => [r.id, urls.rubric(ed, r.slug)])));
  const pages = await collect(async (ed) => new Map((state.catalog.pages.get(ed) ?? []).map((p) => [p.id, urls.page(ed, p.slug)])));

  const newest = latest[0] ? rfc3339(Math.max(latest[0].publishedAt, latest[0].updatedAt), edition.timeZone) : undefined;
  const entry = (versions: PageVersions, lastmod?: string): SitemapUrl[] => {
    const path = versions.get(edition.code);
    return path === undefined ? [] : [{ loc: state.publicUrl + path, lastmod, alternates: alternatesOf(state, versions) }];
  };
  const ofEach = (byId: Map<number, PageVersions>) => [...byId.values()].flatMap((v) => entry(v));
  const entries = [
    ...entry(everyEdition(urls.home), newest),
    ...entry(everyEdition((ed) => urls.allNews(ed)), newest),
    ...ofEach(rubrics),
    ...ofEach(tags),
    ...ofEach(authors),
    ...entry(everyEdition(urls.projects)),
    ...ofEach(projects),
    ...entry(everyEdition(urls.directory)),
    ...ofEach(institutions),
    ...ofEach(pages),
  ].slice(0, MAX_URLS_PER_SITEMAP);
  return { body: renderUrlSet(entries), lastModified: null };
}
