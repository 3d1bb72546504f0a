// An article as the index stores it: each field's words stemmed in the edition's language, in order.
import { bodyText } from '../domain/body-html.ts';
import { foldWord, scanWords, tokenize } from './normalize.ts';
import { stemWord } from './stemmers.ts';
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

/** Fields in the order of the FTS5 table's columns; PostgreSQL has four weights, so lead and tags share B. */
export const FIELDS = ['headline', 'lead', 'tags', 'body', 'place'] as const;
export type Field = (typeof FIELDS)[number];
const WEIGHT: Record<Field, 'A' | 'B' | 'C' | 'D'> = { headline: 'A', lead: 'B', tags: 'B', body: 'C', place: 'D' };

export type SearchDocument = Record<Field, string[]>;

export interface AnalyzedArticle {
  document: SearchDocument;
  /** Its words worth suggesting; a word may be listed more than once. */
  vocabulary: VocabularyWord[];
}

/** An article's own text analysed, without its tags: what the importer's workers do before the tags are resolved. */
export interface AnalyzedFields {
  document: Omit<SearchDocument, 'tags'>;
  vocabulary: VocabularyWord[];
}

/** A tag name analysed, to be added to the articles that carry it. */
export interface AnalyzedTag {
  stems: string[];
  vocabulary: VocabularyWord[];
}

// A token's stem and vocabulary word, per language: one lookup per word of the article (stemWord and vocabularyWord
// each keep their own cache too, for their other callers). Bounded like them.
const termCaches = new Map<string, Map<string, { stem: string; word: VocabularyWord | null }>>();
let termsCached = 0;

/** One pass over a text: its terms in order, and its words worth suggesting added to `vocabulary` (first kept). */
function analyzeInto(text: string, language: string, vocabulary: Map<string, VocabularyWord>): string[] {
  let cache = termCaches.get(language) ?? new Map<string, { stem: string; word: VocabularyWord | null }>();
  termCaches.set(language, cache);
  const stems: string[] = [];
  scanWords(text, (start, end) => {
    const token = text.slice(start, end);
    let term = cache.get(token);
    if (!term) {
      term = { stem: stemWord(token, language), word: vocabularyWord(token, language) };
      if (++termsCached > 200_000) {
        termCaches.clear();
        termsCached = 1;
        termCaches.set(language, (cache = new Map()));
      }
      cache.set(token, term);
    }
    stems.push(term.stem);
    const v = term.word;
    if (v && !vocabulary.has(v.word)) vocabulary.set(v.word, v);
  });
  return stems;
}

export function analyzeFields(a: Omit<SearchableText, 'tags'>, language: string): AnalyzedFields {
  const vocabulary = new Map<string, VocabularyWord>();
  const document = {
    headline: analyzeInto(a.headline, language, vocabulary),
    lead: analyzeInto(a.lead, language, vocabulary),
    body: analyzeInto(bodyText(a.body), language, vocabulary),
    place: analyzeInto(a.place, language, vocabulary),
  };
  return { document, vocabulary: [...vocabulary.values()] };
}

export function analyzeTag(name: string, language: string): AnalyzedTag {
  const vocabulary = new Map<string, VocabularyWord>();
  return { stems: analyzeInto(name, language, vocabulary), vocabulary: [...vocabulary.values()] };
}

/**
 * The article with its tags: the same document and vocabulary words as analyzing it whole, since a space between
 * fields keeps every word within its field. A word of both the text and a tag is listed twice: writeIndexEntries
 * takes each word once, and merging here would cost the importer's main thread a map per article.
 */
export function withTags(fields: AnalyzedFields, tags: AnalyzedTag[]): AnalyzedArticle {
  const { headline, lead, body, place } = fields.document;
  const document: SearchDocument = { headline, lead, tags: tags.length === 1 ? tags[0].stems : tags.flatMap((t) => t.stems), body, place };
  if (!tags.length) return { document, vocabulary: fields.vocabulary };
  return { document, vocabulary: fields.vocabulary.concat(...tags.map((t) => t.vocabulary)) };
}

export function analyzeArticle(a: SearchableText, language: string): AnalyzedArticle {
  return withTags(analyzeFields(a, language), a.tags.map((t) => analyzeTag(t, language)));
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

/** A word worth suggesting (letters only, 3 to 30 of them) as the vocabulary stores it, or null. */
function vocabularyWord(token: string, language: string): VocabularyWord | null {
  const known = vocabularyWords.of(language).get(token);
  if (known !== undefined) return known;
  if (!/^\p{L}{3,30}$/u.test(token)) return vocabularyWords.remember(language, token, null);
  const word = token.normalize('NFC').toLowerCase();
  const folded = foldWord(word, language);
  return vocabularyWords.remember(language, token, { word, folded, head: [...folded][0] ?? '', length: [...folded].length });
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
