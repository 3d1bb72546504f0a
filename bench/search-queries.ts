// The search scenario's queries: a fixed, seeded mix of what readers type, drawn from the words of the archive's own
// headlines and leads in each edition, asked of the reader site's search page.
import type { DatabaseSync } from 'node:sqlite';
import { tokenize } from '../src/search/normalize.ts';
import { isStopword } from '../src/search/stopwords.ts';
import { createRandom } from './synthetic-text.ts';

export type SearchKind = 'one word' | 'two words' | 'phrase' | 'filtered';
export const SEARCH_KINDS: SearchKind[] = ['one word', 'two words', 'phrase', 'filtered'];
/** Queries per edition and kind: 4 editions × 4 kinds × this. */
const PER_KIND = 25;
const DAY_MS = 86_400_000;

export interface SearchQuery {
  kind: SearchKind;
  edition: string;
  path: string;
}

interface EditionText {
  code: string;
  language: string;
  /** Headlines and leads of the demo stories, split into words (letters and digits as written). */
  texts: string[][];
  rubrics: string[];
}

/** Words worth searching for: not stopwords, at least four characters. */
function meaningful(word: string, language: string): boolean {
  return [...word].length >= 4 && !isStopword(word, language) && !/^\d+$/.test(word);
}

function readEditions(db: DatabaseSync): EditionText[] {
  const editions = db.prepare('select code, locale from editions order by position, code').all() as { code: string; locale: string }[];
  return editions.map(({ code, locale }) => {
    // The demo's stories by the unique index on uri: the synthetic ones are hundreds of thousands.
    const rows = db.prepare(`select a.headline, a.lead from stories s cross join articles a on a.story_id = s.id
      where s.uri >= 'urn:velta:demo:' and s.uri < 'urn:velta:demo;' and a.edition = ? and a.status = 'published' order by a.id`).all(code) as { headline: string; lead: string }[];
    const rubrics = (db.prepare('select slug from rubric_texts where edition = ? order by owner_id').all(code) as { slug: string }[]).map((r) => r.slug);
    const texts = rows.flatMap((r) => [r.headline, r.lead]).map((t) => tokenize(t).map((w) => w.text)).filter((words) => words.length >= 3);
    return { code, language: locale.toLowerCase().split(/[-_]/)[0], texts, rubrics };
  });
}

/**
 * 25 queries of each kind in each edition, the same for every archive made on the same day: one word; two words of
 * one headline or lead (as a reader recalls a story); a "phrase" of two or three neighbouring words; one word with a
 * rubric, or with a month of dates somewhere in the archive's two years.
 */
export function searchQueries(db: DatabaseSync, now: number): SearchQuery[] {
  const random = createRandom(0x5ea5c4);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const queries: SearchQuery[] = [];
  for (const e of readEditions(db)) {
    if (e.texts.length === 0) continue;
    const word = (): string => {
      for (;;) {
        const w = pick(pick(e.texts));
        if (meaningful(w, e.language)) return w;
      }
    };
    const build = (kind: SearchKind): URLSearchParams => {
      if (kind === 'one word') return new URLSearchParams({ q: word() });
      if (kind === 'two words') {
        for (;;) {
          const words = pick(e.texts).filter((w) => meaningful(w, e.language));
          const first = pick(words);
          const second = pick(words);
          if (words.length >= 2 && first !== second) return new URLSearchParams({ q: `${first} ${second}` });
        }
      }
      if (kind === 'phrase') {
        for (;;) {
          const words = pick(e.texts);
          const length = random() < 0.6 ? 2 : 3;
          const at = Math.floor(random() * (words.length - length + 1));
          const phrase = words.slice(at, at + length);
          if (phrase.some((w) => meaningful(w, e.language))) return new URLSearchParams({ q: `"${phrase.join(' ')}"` });
        }
      }
      if (random() < 0.5 && e.rubrics.length) return new URLSearchParams({ q: word(), rubric: pick(e.rubrics) });
      const from = new Date(now - Math.floor(random() * 700) * DAY_MS - 30 * DAY_MS);
      const to = new Date(from.getTime() + 30 * DAY_MS);
      return new URLSearchParams({ q: word(), from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) });
    };
    for (const kind of SEARCH_KINDS) {
      for (let i = 0; i < PER_KIND; i++) queries.push({ kind, edition: e.code, path: `/${e.code}/search?${build(kind)}` });
    }
  }
  // Interleaved, so that the probe before the load asks a few of every kind and edition.
  return queries.map((q, i) => ({ q, key: (i % PER_KIND) * 1000 + i })).sort((a, b) => a.key - b.key).map((x) => x.q);
}
