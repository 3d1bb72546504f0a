// Finds the pages to check by following links from the home pages, as a reader would, so no slug is hard-coded.
import type { Browser, Page } from 'playwright-core';
import { urls } from '../../src/site/urls.ts';

export interface ReaderPage {
  /** Short label for test names, e.g. "de article". */
  name: string;
  /** Path on the test server, e.g. /de/politik. */
  path: string;
  status: 200 | 404;
}

async function hrefsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

async function firstHref(page: Page, selector: string, where: string): Promise<string> {
  const [href] = await hrefsOf(page, selector);
  if (!href) throw new Error(`no link matching "${selector}" on ${where}`);
  return href;
}

async function open(page: Page, origin: string, path: string): Promise<void> {
  const response = await page.goto(origin + path);
  if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()} while looking for pages`);
}

/** An article with both tags and an author, for the tag and author pages; its date gives a day with news. */
async function findTaggedArticle(page: Page, origin: string, candidates: string[]): Promise<{ tag: string; author: string; day: string }> {
  for (const path of candidates) {
    await open(page, origin, path);
    const [tag] = await hrefsOf(page, '.story-footer .tags a');
    const [author] = await hrefsOf(page, '.story-footer a[rel="author"]');
    const published = await page.$eval('.story-header time', (t) => t.getAttribute('datetime') ?? '');
    if (tag && author) return { tag, author, day: published.slice(0, 10) };
  }
  throw new Error('no article on the home page has both tags and an author');
}

export async function findReaderPages(browser: Browser, origin: string): Promise<ReaderPage[]> {
  const page = await browser.newPage();
  try {
    // The root redirects to an edition whose language switcher names every edition, in the catalog's order.
    await open(page, origin, '/');
    const editionHomes = await hrefsOf(page, 'nav.languages a');
    const found: ReaderPage[] = [];
    let articles: string[] = [];
    for (const home of editionHomes) {
      const ed = home.split('/')[1];
      await open(page, origin, home);
      const rubric = await firstHref(page, '.rubric-block .section-title a', home);
      const editionArticles = await hrefsOf(page, '.top-stories .card-title a');
      if (!editionArticles.length) throw new Error(`no top stories on ${home}`);
      found.push({ name: `${ed} home`, path: home, status: 200 }, { name: `${ed} rubric`, path: rubric, status: 200 }, { name: `${ed} article`, path: editionArticles[0], status: 200 });
      if (!articles.length) articles = editionArticles;
    }

    // The remaining kinds of page, once, in the first edition.
    const ed = editionHomes[0].split('/')[1];
    await open(page, origin, urls.home(ed));
    const project = await firstHref(page, '.projects-box a', urls.home(ed));
    const staticPage = await firstHref(page, '.footer-nav a', urls.home(ed));
    await open(page, origin, urls.directory(ed));
    const institution = await firstHref(page, '.directory-tree a', urls.directory(ed));
    const { tag, author, day } = await findTaggedArticle(page, origin, articles);
    found.push(
      { name: `${ed} all news`, path: urls.allNews(ed), status: 200 },
      { name: `${ed} day archive`, path: urls.day(ed, day), status: 200 },
      { name: `${ed} tag`, path: tag, status: 200 },
      { name: `${ed} author`, path: author, status: 200 },
      { name: `${ed} projects`, path: urls.projects(ed), status: 200 },
      { name: `${ed} project`, path: project, status: 200 },
      { name: `${ed} directory`, path: urls.directory(ed), status: 200 },
      { name: `${ed} institution`, path: institution, status: 200 },
      { name: `${ed} static page`, path: staticPage, status: 200 },
      { name: `${ed} not found`, path: urls.page(ed, 'no-such-page-anywhere'), status: 404 },
    );
    return found;
  } finally {
    await page.close();
  }
}
