// An article as the index stores it: each field's words stemmed in the edition's language, in order.
import { bodyText } from '../domain/body-html.ts';
import { foldWord, lastWordEnd, nextWord, tokenize } from './normalize.ts';
import { stemWord } from './stemmers.ts';
import { flatCopy, hashOfRange, TextKeyTable } from './text-key-table.ts';
import { WordMemo } from './word-memo.ts';

export interface SearchableText {
  headline: string;
  lead: string;
  /** Tag names in the article's edition. */
  tags: string[];
  /** Sanitized body HTML. */
  body: string;
  /** The dateline's place. */
  place: string;
}

/**
 * Articles in these statuses are indexed; whether one is visible now (publication time, embargo) is judged when
 * searching, so an embargo's end shows it without a write. Scheduled ones are indexed too, so that publishing them
 * on time finds them indexed even if the scheduler's write forgot to reindex.
 */
export const INDEXED_STATUSES = ['published', 'scheduled'] as const;

export function isIndexedStatus(status: string): boolean {
  return (INDEXED_STATUSES as readonly string[]).includes(status);
}

/** Fields in the order of the FTS5 table's columns; PostgreSQL has four weights, so lead and tags share B. */
export const FIELDS = ['headline', 'lead', 'tags', 'body', 'place'] as const;
export type Field = (typeof FIELDS)[number];
const WEIGHT: Record<Field, 'A' | 'B' | 'C' | 'D'> = { headline: 'A', lead: 'B', tags: 'B', body: 'C', place: 'D' };

export type SearchDocument = Record<Field, string[]>;

/** An article's index entry: its FTS5 row (space-separated terms per column) and its words worth suggesting. */
export interface AnalyzedArticle {
  columns: Record<Field, string>;
  vocabulary: PackedVocabulary;
}

/**
 * Words worth suggesting, each with its folded form, as one string: "word\tfolded\tword\tfolded…" (neither holds a
 * control character). Analysis happens on the importer's worker threads: one string crosses to the writing thread
 * at a fraction of the cost of hundreds of objects. A word may be listed more than once.
 */
export type PackedVocabulary = string;

type TextField = Exclude<Field, 'tags'>;

/** An article's own text analysed, without its tags: what the importer's workers do before the tags are resolved. */
export interface AnalyzedFields {
  columns: Record<TextField, string>;
  vocabulary: PackedVocabulary;
}

/** A tag name analysed, to be added to the articles that carry it. */
export interface AnalyzedTag {
  terms: string;
  vocabulary: PackedVocabulary;
}

/** A vocabulary word as a text's analysis lists it: `mark` is the analysis (or scope of analyses) that listed it last. */
interface ListedWord {
  packed: string;
  mark: number;
}

// A word's stem and vocabulary word, per language and word as it stands in the text, looked up without cutting it
// out: one lookup per word of the article (stemWord and vocabularyWord each keep their own cache too, for their other
// callers). Case variants of a word ("Die", "die") share one ListedWord, so that it is listed once. Bounded like them.
interface Term {
  key: string;
  stem: string;
  word: ListedWord | null;
}
const termTables = new Map<string, TextKeyTable<Term>>();
const listedWords = new Map<string, Map<string, ListedWord>>();
let termsCached = 0;
let analyses = 0;

function listedWord(token: string, language: string): ListedWord | null {
  const v = vocabularyWord(token, language);
  if (!v) return null;
  let words = listedWords.get(language);
  if (!words) listedWords.set(language, (words = new Map()));
  let listed = words.get(v.word);
  if (!listed) words.set(v.word, (listed = { packed: flatCopy(`${v.word}\t${v.folded}`), mark: 0 }));
  return listed;
}

function termTable(language: string): TextKeyTable<Term> {
  let table = termTables.get(language);
  if (!table) termTables.set(language, (table = new TextKeyTable<Term>()));
  return table;
}

/** One pass over a text: its terms, space-separated, and its words worth suggesting not yet in `vocabulary` added. */
function analyzeInto(text: string, language: string, vocabulary: string[], mark: number): string {
  let table = termTable(language);
  const stems: string[] = [];
  for (let start = nextWord(text, 0); start >= 0; ) {
    const end = lastWordEnd();
    const hash = hashOfRange(text, start, end);
    let term = table.find(text, start, end, hash);
    if (term === undefined) {
      if (++termsCached > 200_000) {
        termTables.clear();
        listedWords.clear();
        termsCached = 1;
        table = termTable(language);
      }
      const token = flatCopy(text.slice(start, end));
      term = { key: token, stem: flatCopy(stemWord(token, language)), word: listedWord(token, language) };
      table.add(term, hash);
    }
    stems.push(term.stem);
    const listed = term.word;
    if (listed !== null && listed.mark !== mark) {
      listed.mark = mark;
      vocabulary.push(listed.packed);
    }
    start = nextWord(text, end);
  }
  return stems.join(' ');
}

let scopes = 0;

/**
 * A scope of analyses in which each word worth suggesting is listed once, by the first text that has it, rather than
 * once per text: the importer's workers take one per edition, so that the words of a thousand articles do not cross
 * to the writing thread a thousand times. Best effort: a word is listed again once the word caches have been emptied,
 * or after an analysis outside the scope listed it.
 */
export function newVocabularyScope(): number {
  return --scopes;
}

/**
 * `text` is the body's plain text, or text with the same words, for a caller that has it cheaper than bodyText.
 * Within `scope` (newVocabularyScope) words listed before are left out of the vocabulary.
 */
export function analyzeFields(a: Omit<SearchableText, 'tags'>, language: string, text = bodyText(a.body), scope?: number): AnalyzedFields {
  const vocabulary: string[] = [];
  const mark = scope ?? ++analyses;
  const columns = {
    headline: analyzeInto(a.headline, language, vocabulary, mark),
    lead: analyzeInto(a.lead, language, vocabulary, mark),
    body: analyzeInto(text, language, vocabulary, mark),
    place: analyzeInto(a.place, language, vocabulary, mark),
  };
  return { columns, vocabulary: vocabulary.join('\t') };
}

export function analyzeTag(name: string, language: string): AnalyzedTag {
  const vocabulary: string[] = [];
  return { terms: analyzeInto(name, language, vocabulary, ++analyses), vocabulary: vocabulary.join('\t') };
}

/** Joins non-empty parts with `separator`. */
function joinNonEmpty(parts: string[], separator: string): string {
  let out = '';
  for (const p of parts) if (p) out = out ? out + separator + p : p;
  return out;
}

/**
 * The article with its tags: the same columns and vocabulary words as analyzing it whole, since a space between
 * fields keeps every word within its field. A word of both the text and a tag is listed twice: writeIndexEntries
 * takes each word once, and merging here would cost the importer's main thread a map per article.
 */
export function withTags(fields: AnalyzedFields, tags: AnalyzedTag[]): AnalyzedArticle {
  const { headline, lead, body, place } = fields.columns;
  const columns = { headline, lead, tags: joinNonEmpty(tags.map((t) => t.terms), ' '), body, place };
  if (!tags.length) return { columns, vocabulary: fields.vocabulary };
  return { columns, vocabulary: joinNonEmpty([fields.vocabulary, ...tags.map((t) => t.vocabulary)], '\t') };
}

export function analyzeArticle(a: SearchableText, language: string): AnalyzedArticle {
  return withTags(analyzeFields(a, language), a.tags.map((t) => analyzeTag(t, language)));
}

/**
 * The document of an FTS5 row: each column's terms. (Folding turns a handful of compatibility letters, as U+037A,
 * into a space: FTS5 reads a stem holding one as two terms, and so does this.)
 */
export function documentOf(columns: Record<Field, string>): SearchDocument {
  return Object.fromEntries(FIELDS.map((f) => [f, columns[f] ? columns[f].split(' ') : []])) as SearchDocument;
}

/** The FTS5 row: space-separated terms per column. */
export function ftsColumns(doc: SearchDocument): Record<Field, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, doc[f].join(' ')])) as Record<Field, string>;
}

// PostgreSQL keeps positions up to 16383 and at most 256 per lexeme.
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 255;
/** Between fields, so that a phrase (adjacent positions) never spans two of them, as in FTS5's separate columns. */
const FIELD_GAP = 8;

/**
 * The document as a tsvector literal ('term':1A,7A 'other':2B): built here rather than by to_tsvector so that
 * PostgreSQL's parser cannot split or alter terms that the application has already stemmed.
 */
export function tsvectorLiteral(doc: SearchDocument): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const field of FIELDS) {
    for (const stem of doc[field]) {
      position = Math.min(position + 1, MAX_POSITION);
      let list = positions.get(stem);
      if (!list) positions.set(stem, (list = []));
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${WEIGHT[field]}`);
    }
    position = Math.min(position + FIELD_GAP, MAX_POSITION);
  }
  return [...positions].map(([stem, list]) => `${quoteLexeme(stem)}:${list.join(',')}`).join(' ');
}

export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export interface VocabularyWord {
  word: string;
  folded: string;
  head: string;
  length: number;
}

// Per language and word as tokenized, like stemWord's memo: a null marks a word not worth suggesting.
const vocabularyWords = new WordMemo<VocabularyWord | null>(200_000);

/** A vocabulary word with its folded form, as the vocabulary table stores it. */
export function vocabularyRow(word: string, folded: string): VocabularyWord {
  const letters = [...folded];
  return { word, folded, head: letters[0] ?? '', length: letters.length };
}

/** A word worth suggesting (letters only, 3 to 30 of them) as the vocabulary stores it, or null. */
function vocabularyWord(token: string, language: string): VocabularyWord | null {
  const known = vocabularyWords.of(language).get(token);
  if (known !== undefined) return known;
  if (!/^\p{L}{3,30}$/u.test(token)) return vocabularyWords.remember(language, token, null);
  const word = token.normalize('NFC').toLowerCase();
  return vocabularyWords.remember(language, token, vocabularyRow(word, foldWord(word, language)));
}

/** Distinct words of a text worth suggesting: letters only, 3 to 30 of them. */
export function vocabularyOf(text: string, language: string): VocabularyWord[] {
  const seen = new Map<string, VocabularyWord>();
  for (const t of tokenize(text)) {
    const v = vocabularyWord(t.text, language);
    if (v && !seen.has(v.word)) seen.set(v.word, v);
  }
  return [...seen.values()];
}
