// An article as the index stores it: each field's words stemmed in the edition's language, in order.
import { bodyText } from '../domain/body-html.ts';
import { foldWord, tokenize } from './normalize.ts';
import { stemsOf } from './stemmers.ts';

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
  vocabulary: VocabularyWord[];
}

export function analyzeArticle(a: SearchableText, language: string): AnalyzedArticle {
  const body = bodyText(a.body);
  const document: SearchDocument = {
    headline: stemsOf(a.headline, language),
    lead: stemsOf(a.lead, language),
    tags: a.tags.flatMap((t) => stemsOf(t, language)),
    body: stemsOf(body, language),
    place: stemsOf(a.place, language),
  };
  return { document, vocabulary: vocabularyOf([a.headline, a.lead, ...a.tags, body, a.place].join(' '), language) };
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

/** Distinct words of a text worth suggesting: letters only, 3 to 30 of them. */
export function vocabularyOf(text: string, language: string): VocabularyWord[] {
  const seen = new Map<string, VocabularyWord>();
  for (const t of tokenize(text)) {
    if (!/^\p{L}{3,30}$/u.test(t.text)) continue;
    const word = t.text.normalize('NFC').toLowerCase();
    if (seen.has(word)) continue;
    const folded = foldWord(word, language);
    seen.set(word, { word, folded, head: [...folded][0] ?? '', length: [...folded].length });
  }
  return [...seen.values()];
}
