// The readers' query language, parsed and analysed: words, "phrases", prefix*, -excluded; nothing passes through raw.
import { foldWord, tokenize } from './normalize.ts';
import { stemWord } from './stemmers.ts';
import { isStopword } from './stopwords.ts';

/** Longer queries are refused (400): no reader types them, and each term costs an index lookup. */
export const MAX_QUERY_LENGTH = 500;
/** Terms after these are ignored. */
export const MAX_CLAUSES = 12;
const MAX_PHRASE_WORDS = 8;
/**
 * Shorter prefixes would match most of the index: FTS5 reads every term that starts with one (no prefix index), 30 ms
 * for two letters at 200,000 articles, a third of that for three.
 */
export const MIN_PREFIX_LENGTH = 3;

/** One thing the reader asked for, as typed. */
export interface QueryClause {
  kind: 'word' | 'prefix' | 'phrase';
  words: string[];
  negated: boolean;
}

/** A clause as the index is asked: stems, or folded prefixes (a prefix also matches as its stem's prefix). */
export type IndexClause =
  | { kind: 'term'; stem: string; word: string }
  | { kind: 'prefix'; prefixes: string[]; word: string }
  | { kind: 'phrase'; stems: string[]; words: string[] };

export interface AnalyzedQuery {
  language: string;
  must: IndexClause[];
  mustNot: IndexClause[];
}

/**
 * Splits a query into clauses. Quotes make phrases (an unbalanced quote runs to the end), a leading "-" excludes,
 * a trailing "*" asks for a prefix; words joined by punctuation ("Welin-See", "6,25") are phrases. Everything else
 * that search engines treat as syntax — parentheses, NEAR, AND, column filters, carets — is plain text here.
 */
export function parseQuery(q: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  const re = /(-?)"([^"]*)("?)|(\S+)/gu;
  for (const m of q.matchAll(re)) {
    if (m[2] !== undefined && m[0].includes('"')) {
      const words = tokenize(m[2]).map((t) => t.text).slice(0, MAX_PHRASE_WORDS);
      if (words.length) clauses.push({ kind: words.length > 1 ? 'phrase' : 'word', words, negated: m[1] === '-' });
      continue;
    }
    let chunk = m[4] ?? '';
    const negated = /^-+/.test(chunk);
    chunk = chunk.replace(/^[-+]+/, '');
    const prefix = /[\p{L}\p{N}]\*+$/u.test(chunk);
    const words = tokenize(chunk).map((t) => t.text).slice(0, MAX_PHRASE_WORDS);
    if (!words.length) continue;
    if (words.length > 1) clauses.push({ kind: 'phrase', words, negated });
    else clauses.push({ kind: prefix ? 'prefix' : 'word', words, negated });
  }
  return clauses.slice(0, MAX_CLAUSES);
}

function toIndexClause(c: QueryClause, language: string): IndexClause | null {
  if (c.kind === 'phrase') return { kind: 'phrase', stems: c.words.map((w) => stemWord(w, language)), words: c.words };
  const word = c.words[0];
  if (c.kind === 'prefix') {
    const folded = foldWord(word, language);
    if ([...folded].length < MIN_PREFIX_LENGTH) return null;
    // "Ministerien*" must still find "Ministerium": its stem "ministeri" is a prefix of the indexed stem.
    const stem = stemWord(word, language);
    const prefixes = stem !== folded && !folded.startsWith(stem) ? [folded, stem] : stem.length < folded.length ? [stem] : [folded];
    return { kind: 'prefix', prefixes, word };
  }
  return { kind: 'term', stem: stemWord(word, language), word };
}

/**
 * Stems every clause in the edition's language. Stopwords are dropped from the required words when other words
 * remain ("the budget" asks for the budget); in phrases they stay, since the index keeps them.
 */
export function analyzeQuery(clauses: QueryClause[], language: string): AnalyzedQuery {
  const positives = clauses.filter((c) => !c.negated);
  const meaningful = positives.some((c) => c.kind !== 'word' || !isStopword(c.words[0], language));
  const must: IndexClause[] = [];
  const mustNot: IndexClause[] = [];
  for (const c of clauses) {
    if (!c.negated && meaningful && c.kind === 'word' && isStopword(c.words[0], language)) continue;
    const clause = toIndexClause(c, language);
    if (clause) (c.negated ? mustNot : must).push(clause);
  }
  return { language, must, mustNot };
}

/** The query as text again, with some words replaced: for "did you mean" links. */
export function rewriteQuery(clauses: QueryClause[], replace: (clause: QueryClause) => string | undefined): string {
  return clauses
    .map((c) => {
      const text = replace(c) ?? c.words.join(c.kind === 'phrase' ? ' ' : '');
      const body = c.kind === 'phrase' ? `"${text}"` : c.kind === 'prefix' ? `${text}*` : text;
      return c.negated ? `-${body}` : body;
    })
    .join(' ');
}
