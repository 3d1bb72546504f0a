// Index rows for copy that repeats (the benchmark's archive recombines a few hundred texts into a million articles):
// each distinct text is analysed once, and an article's row is joined from its parts' terms.
import { bodyText } from '../domain/body-html.ts';
import { FIELDS, vocabularyOf, type Field, type VocabularyWord } from './search-document.ts';
import { stemsOf } from './stemmers.ts';

/** One text's index terms, space-separated as an FTS5 column holds them, and the words it adds to the vocabulary. */
export interface AnalyzedPart {
  terms: string;
  vocabulary: VocabularyWord[];
}

/** An article as parts: each field a list of texts; the body as its block elements (<p>, <h2>…), one per part. */
export type ArticleParts = Record<Field, AnalyzedPart[]>;

export interface PartAnalyzer {
  /** A plain text (headline, lead, tag name, place). */
  text(text: string): AnalyzedPart;
  /** One block element of a sanitized body, analysed as the body's text. */
  bodyBlock(html: string): AnalyzedPart;
}

/** Analyses in one language, remembering every text it has seen: meant for a bounded set of recurring texts. */
export function createPartAnalyzer(language: string): PartAnalyzer {
  const texts = new Map<string, AnalyzedPart>();
  const blocks = new Map<string, AnalyzedPart>();
  const analyze = (text: string): AnalyzedPart => ({ terms: stemsOf(text, language).join(' '), vocabulary: vocabularyOf(text, language) });
  return {
    text(text) {
      let part = texts.get(text);
      if (!part) texts.set(text, (part = analyze(text)));
      return part;
    },
    bodyBlock(html) {
      let part = blocks.get(html);
      if (!part) blocks.set(html, (part = analyze(bodyText(html))));
      return part;
    },
  };
}

/**
 * The FTS5 row of an article given as parts: the same columns as analyzeArticle(…).columns for the whole article,
 * provided the body's blocks were joined by whitespace (bodyText then separates their words the same way).
 */
export function ftsColumnsOfParts(parts: ArticleParts): Record<Field, string> {
  const row = {} as Record<Field, string>;
  for (const field of FIELDS) {
    let terms = '';
    for (const part of parts[field]) {
      if (!part.terms) continue;
      terms = terms ? `${terms} ${part.terms}` : part.terms;
    }
    row[field] = terms;
  }
  return row;
}
