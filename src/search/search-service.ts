// Searching an edition: the reader's parameters checked, the index asked, snippets made, near misses suggested.
import type { Db } from '../db/database.ts';
import type { ArticleSummary, Edition, Term } from '../domain/model.ts';
import { addDays, parseDay, startOfLocalDay } from '../domain/dates.ts';
import { findTermBySlug } from '../db/repos/term-repo.ts';
import { languageOf } from './normalize.ts';
import { MAX_QUERY_LENGTH, analyzeQuery, parseQuery } from './search-query.ts';
import { loadHits, type SearchFilter, type SearchSort } from './search-repo.ts';
import { findMatches } from './search-ranking.ts';
import { highlightText, matcherFor, sanitizedBodyText, snippetOf } from './snippets.ts';
import { suggestQuery } from './suggestions.ts';

/** Query parameters as they arrive; an empty string is the same as none (forms send empty fields). */
export interface RawSearchParams {
  q?: string;
  rubric?: string;
  tag?: string;
  from?: string;
  to?: string;
  sort?: string;
  page?: string;
}

export interface SearchParams {
  q: string;
  rubric?: Term;
  tag?: Term;
  /** Days as given (YYYY-MM-DD), in the edition's time zone. */
  fromDay?: string;
  toDay?: string;
  sort: SearchSort;
  page: number;
}

export interface ParamProblem {
  name: string;
  reason: string;
}

export const MAX_PAGE = 500;
/** Results per page in the API: `limit`'s default and its largest value. */
export const API_SEARCH_LIMIT = { default: 20, max: 50 } as const;

/** Checks and resolves the parameters; every problem is reported, each by its parameter's name. */
export async function resolveSearchParams(db: Db, edition: Edition, raw: RawSearchParams): Promise<{ params: SearchParams; problems: ParamProblem[] }> {
  const problems: ParamProblem[] = [];
  const given = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const q = (raw.q ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) problems.push({ name: 'q', reason: `at most ${MAX_QUERY_LENGTH} characters` });
  const term = async (name: 'rubric' | 'tag'): Promise<Term | undefined> => {
    const slug = given(raw[name]);
    if (slug === undefined) return undefined;
    const found = slug.length <= 200 ? await findTermBySlug(db, name, edition.code, slug) : undefined;
    if (!found) problems.push({ name, reason: `no ${name} with this slug in edition "${edition.code}"` });
    return found;
  };
  const day = (name: 'from' | 'to'): string | undefined => {
    const text = given(raw[name]);
    if (text === undefined) return undefined;
    const parsed = parseDay(text);
    if (!parsed) problems.push({ name, reason: 'must be a date such as 2026-03-31' });
    return parsed ?? undefined;
  };
  const sortText = given(raw.sort) ?? 'relevance';
  if (sortText !== 'relevance' && sortText !== 'date') problems.push({ name: 'sort', reason: 'must be relevance or date' });
  const pageText = given(raw.page) ?? '1';
  const page = /^\d{1,4}$/.test(pageText) ? Number(pageText) : NaN;
  if (!(page >= 1 && page <= MAX_PAGE)) problems.push({ name: 'page', reason: `must be a whole number from 1 to ${MAX_PAGE}` });
  const [rubric, tag] = [await term('rubric'), await term('tag')];
  const params: SearchParams = { q, rubric, tag, fromDay: day('from'), toDay: day('to'), sort: sortText === 'date' ? 'date' : 'relevance', page: page || 1 };
  return { params, problems };
}

export interface SearchHit {
  article: ArticleSummary;
  place: string;
  /** The headline, escaped, with matched words in <mark>. */
  headlineHtml: string;
  /** Some words around the matches in lead and body, escaped, with matched words in <mark>. */
  snippetHtml: string;
  score: number;
}

export interface SearchOutcome {
  /** False when the query holds nothing to search for (empty, only "-word", "*" alone, punctuation). */
  searched: boolean;
  hits: SearchHit[];
  hasNext: boolean;
  /** A corrected query that finds something, offered when this one found nothing. */
  suggestion: string | null;
}

export function filterFor(edition: Edition, params: SearchParams, now: number): SearchFilter {
  return {
    edition: edition.code,
    now,
    rubricId: params.rubric?.id,
    tagId: params.tag?.id,
    from: params.fromDay ? startOfLocalDay(params.fromDay, edition.timeZone) : undefined,
    to: params.toDay ? startOfLocalDay(addDays(params.toDay, 1), edition.timeZone) : undefined,
  };
}

export async function searchEdition(db: Db, edition: Edition, params: SearchParams, pageSize: number, now: number): Promise<SearchOutcome> {
  const language = languageOf(edition.locale);
  const clauses = parseQuery(params.q);
  const query = analyzeQuery(clauses, language);
  if (query.must.length === 0) return { searched: false, hits: [], hasNext: false, suggestion: null };
  const filter = filterFor(edition, params, now);
  const ranked = await findMatches(db, query, filter, params.sort, pageSize + 1, (params.page - 1) * pageSize);
  const page = ranked.slice(0, pageSize);
  const rows = await loadHits(db, edition.code, page.map((r) => r.id));
  const match = matcherFor(query);
  const scores = new Map(page.map((r) => [r.id, r.score]));
  const hits = rows.map((row): SearchHit => {
    const { body, place, ...article } = row;
    return {
      article,
      place,
      headlineHtml: highlightText(row.headline, language, match),
      snippetHtml: snippetOf(`${row.lead} ${sanitizedBodyText(body)}`.trim(), language, match),
      score: scores.get(row.id) ?? 0,
    };
  });
  const suggestion = ranked.length === 0 && params.page === 1 ? await suggestQuery(db, clauses, language, filter) : null;
  return { searched: true, hits, hasNext: ranked.length > pageSize, suggestion };
}
