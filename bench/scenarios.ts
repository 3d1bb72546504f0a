// What is measured: the scenarios, their targets, and the reader URLs each one requests, read from the archive.
import { DatabaseSync } from 'node:sqlite';
import { createRandom } from './synthetic-text.ts';
import { searchQueries, type SearchQuery } from './search-queries.ts';

export type ServerKind = 'baseline' | 'cached' | 'uncached';

export type Target =
  | { kind: 'ratio'; min: number }
  | { kind: 'p99'; maxMs: number }
  | { kind: 'p95'; maxMs: number };

export interface Scenario {
  key: string;
  title: string;
  server: ServerKind;
  /** What the load asks for, as shown in the report. */
  shows: string;
  paths: string[];
  status: number;
  target?: Target;
}

/** Peak resident memory every app server must stay under. */
export const RSS_LIMIT_BYTES = 400 * 1024 * 1024;
const SPREAD_SIZE = 5000;

export interface ArchivePaths {
  hotArticle: string;
  spreadArticles: string[];
  rubric: string;
  missingArticle: string;
  /** The search scenario's mix of queries, as reader search page URLs. */
  searches: SearchQuery[];
}

interface UrlRow {
  id: number;
  edition: string;
  slug: string;
  rubric_slug: string | null;
}

const VISIBLE = `a.status = 'published' and a.published_at <= $now and (a.embargo_until is null or a.embargo_until <= $now)`;
const URL_QUERY = `select a.id, a.edition, a.slug, r.slug as rubric_slug from articles a
  left join rubric_texts r on r.owner_id = a.rubric_id and r.edition = a.edition`;

const articlePath = (r: UrlRow): string => `/${r.edition}/${r.rubric_slug ?? 'news'}/${r.id}-${r.slug}`;

/** Reader URLs in the canonical form the site links to, so that no request is answered with a redirect. */
export function readArchivePaths(file: string, now: number): ArchivePaths {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const hot = db.prepare(`${URL_QUERY} where a.edition = 'de' and ${VISIBLE} and a.rubric_id is not null and a.lead_media_id is not null
      order by a.published_at desc limit 1`).get({ now }) as unknown as UrlRow;
    const { max } = db.prepare('select max(id) as max from articles').get() as { max: number };
    // Ids drawn over the whole archive, old and new alike: a reader arriving from a search engine.
    const random = createRandom(0x5eed);
    const lookup = db.prepare(`${URL_QUERY} where a.id = $id and ${VISIBLE}`);
    const spread: string[] = [];
    for (let tries = 0; spread.length < SPREAD_SIZE && tries < SPREAD_SIZE * 4; tries++) {
      const row = lookup.get({ id: 1 + Math.floor(random() * max), now }) as UrlRow | undefined;
      if (row) spread.push(articlePath(row));
    }
    const { slug: rubricSlug } = db.prepare(`select t.slug from rubrics o join rubric_texts t on t.owner_id = o.id and t.edition = 'de'
      order by o.position limit 1`).get() as { slug: string };
    return {
      hotArticle: articlePath(hot),
      spreadArticles: spread,
      rubric: `/de/${rubricSlug}`,
      missingArticle: `/de/${rubricSlug}/${max + 1_000_000}-gibt-es-nicht`,
      searches: searchQueries(db, now),
    };
  } finally {
    db.close();
  }
}

export function defineScenarios(p: ArchivePaths): Scenario[] {
  const uncached = { server: 'uncached' as const, status: 200 };
  return [
    { key: 'baseline', title: 'Baseline: node:http, article bytes from memory', server: 'baseline', shows: p.hotArticle, paths: ['/'], status: 200 },
    { key: 'article-cached', title: 'Article, page cache on', server: 'cached', shows: p.hotArticle, paths: [p.hotArticle], status: 200, target: { kind: 'ratio', min: 0.7 } },
    { ...uncached, key: 'article', title: 'Article, cache off', shows: `${p.spreadArticles.length} articles at random`, paths: p.spreadArticles, target: { kind: 'p99', maxMs: 15 } },
    { ...uncached, key: 'home', title: 'Edition home, cache off', shows: '/de', paths: ['/de'], target: { kind: 'p99', maxMs: 30 } },
    { ...uncached, key: 'rubric', title: 'Rubric page, cache off', shows: p.rubric, paths: [p.rubric], target: { kind: 'p99', maxMs: 30 } },
    { ...uncached, key: 'news-100', title: 'All news, page 100, cache off', shows: '/de/news?page=100', paths: ['/de/news?page=100'], target: { kind: 'p99', maxMs: 30 } },
    // No figure of its own in the issue: held to the article's, as it is one lookup and a small page.
    // The figure for search is p95, over a mix of queries rather than one URL.
    {
      ...uncached, key: 'search', title: 'Search page, mixed queries, cache off', paths: p.searches.map((s) => s.path),
      shows: `${p.searches.length} queries: one word, two words, "phrase", filtered; ${new Set(p.searches.map((s) => s.edition)).size} editions`,
      target: { kind: 'p95', maxMs: 50 },
    },
    { ...uncached, key: 'not-found', title: 'Not found (404), cache off', shows: p.missingArticle, paths: [p.missingArticle], status: 404, target: { kind: 'p99', maxMs: 15 } },
  ];
}
