// One stemmer per language, all behind analyzeWord: the index and the queries must stem every word the same way.
import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemBelarusian } from './stem-be.ts';
import { prepareWord, stripDiacritics, tokenize, type WordToken } from './normalize.ts';
import { WordMemo } from './word-memo.ts';

type Stemmer = (prepared: string) => string;

/**
 * Orama's Porter stemmer drops the s or t before "-ion" (election → "elec", connection → "connec") while Porter keeps
 * it ("elect", as for "elected"); put back what it dropped.
 */
function stemEnglishFixed(word: string): string {
  const stem = stemEnglish(word);
  const m = /^(.+)([st])ions?$/.exec(word);
  return m && stem === m[1] ? m[1] + m[2] : stem;
}

const STEMMERS: Record<string, Stemmer | undefined> = {
  de: stemGerman,
  en: stemEnglishFixed,
  ru: stemRussian,
  be: stemBelarusian,
};

/** Languages with a stemmer; words of any other language are only folded. */
export const STEMMED_LANGUAGES = Object.keys(STEMMERS);

const stems = new WordMemo<string>(200_000);

/** The index term of one word: prepared, stemmed in its language, diacritics folded. */
export function stemWord(word: string, language: string): string {
  const known = stems.of(language).get(word);
  if (known !== undefined) return known;
  const prepared = prepareWord(word, language);
  const stemmer = STEMMERS[language];
  // Digits and one-letter words are their own terms; stemmers have nothing to take from them.
  return stems.remember(language, word, stripDiacritics(stemmer && prepared.length > 2 && !/\d/.test(prepared) ? stemmer(prepared) : prepared));
}

export interface AnalyzedToken extends WordToken {
  stem: string;
}

export function analyzeText(text: string, language: string): AnalyzedToken[] {
  const tokens = tokenize(text) as AnalyzedToken[];
  for (const t of tokens) t.stem = stemWord(t.text, language);
  return tokens;
}

/** The terms of a text in order, as the index stores them. */
export function stemsOf(text: string, language: string): string[] {
  return tokenize(text).map((t) => stemWord(t.text, language));
}
