// Text as search sees it: words found with their offsets, then case and diacritics folded per language.

/** A word of the original text: `start`/`end` index into that text, so snippets can mark the reader's own words. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** Longer tokens are cut: nothing a reader types is that long, and PostgreSQL limits a lexeme's size. */
export const MAX_TOKEN_LENGTH = 60;

// A word is letters, digits and marks (\p{L}\p{N}\p{M}); an apostrophe between them stays inside it ("прэм'ер",
// "Lirania’s"). Scanned by hand with each character's class remembered: twice as fast as the same rule as a regular
// expression, and every article's text and every snippet goes through here.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, boolean>();

/** Whether a code point beyond the Basic Multilingual Plane is a word character (wordCharAt reads the plane itself). */
function isAstralWordChar(cp: number): boolean {
  let word = astralClass.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    if (astralClass.size < 10_000) astralClass.set(cp, word);
  }
  return word;
}

/**
 * The length in UTF-16 units (1 or 2) of the word character at `i`, or 0 when it is none. Most text is in the Basic
 * Multilingual Plane, read a code unit at a time; a surrogate pair is looked at as its code point, and a lone or
 * low surrogate is no word character.
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    let k = bmpClass[c];
    if (k === 0) bmpClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && isAstralWordChar(cp) ? 2 : 0;
}

let foundEnd = 0;

/**
 * The start of the first word of the text at or after `from`, or -1 when there is none; the word's end is then
 * `lastWordEnd()`. For loops that must not call a function per word (the importer reads every word it indexes).
 */
export function nextWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    let len = wordCharAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i += len;
      if (i >= n) break;
      len = wordCharAt(text, i);
      if (len !== 0) continue;
      // An apostrophe between word characters stays inside the word.
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019 || c === 0x2bc) && i + 1 < n && (len = wordCharAt(text, i + 1)) !== 0) {
        i++;
        continue;
      }
      break;
    }
    foundEnd = i;
    return start;
  }
  return -1;
}

/** The end of the word nextWord found last. */
export function lastWordEnd(): number {
  return foundEnd;
}

/** Calls `found` with the start and end of each word of the text, in order. */
export function scanWords(text: string, found: (start: number, end: number) => void): void {
  for (let start = nextWord(text, 0); start >= 0; ) {
    const end = foundEnd;
    found(start, end);
    start = nextWord(text, end);
  }
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, (start, end) => void tokens.push({ text: text.slice(start, end), start, end }));
  return tokens;
}

/** The language an edition's texts are analysed in: "de-DE" → "de". */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0];
}

// Latin letters that Unicode does not decompose into a base letter and a mark.
const LATIN_EXTRA: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ß: 'ss' };
const CYRILLIC = /[\u0400-\u052f]/;
const foldedChars = new Map<string, string>();

/**
 * One character folded: Latin diacritics dropped (é → e); Cyrillic kept as it is, except ё → е, because й, ў and ї
 * are letters of their own in Russian, Belarusian and Ukrainian, not decorated и, у and і.
 */
function foldChar(c: string): string {
  let out = foldedChars.get(c);
  if (out !== undefined) return out;
  if (c === 'ё') out = 'е';
  else if (CYRILLIC.test(c)) out = c;
  else out = LATIN_EXTRA[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '');
  if (foldedChars.size < 10_000) foldedChars.set(c, out);
  return out;
}

/** Drops diacritics as foldChar does, for text that is already lower case. */
export function stripDiacritics(lower: string): string {
  // Plain ASCII and Cyrillic words (nearly all of them) need no work.
  if (/^[a-z0-9\u0400-\u04ff]*$/.test(lower) && !lower.includes('ё')) return lower;
  let out = '';
  for (const c of lower) out += foldChar(c);
  return out;
}

/**
 * German spells ä, ö, ü as ae, oe, ue where umlauts are not at hand (as Snowball's "german2" variant reads them):
 * so "Aussenministerium", "Außenministerium" and "Muenchen"/"München" come to the same stem.
 */
function germanSpelling(lower: string): string {
  return lower
    .replace(/ß/g, 'ss')
    // A u between vowels is a consonant ("Moskauer", "Feuer"): it starts no umlaut spelling.
    .replace(/(?<=[aeiouyäöü])u(?=[aeiouyäöü])/g, 'U')
    .replace(/ae|oe|(?<!q)ue/g, (m) => (m === 'ae' ? 'ä' : m === 'oe' ? 'ö' : 'ü'))
    .replace(/U/g, 'u');
}

/**
 * A word lower-cased and spelt as its language's stemmer expects it: apostrophes dropped, German umlaut spellings
 * unified, a Belarusian word-initial ў read as у (ўрад/урад are one word after a vowel or not). Diacritics are kept:
 * stemmers need them (Snowball German treats ä as a vowel).
 */
export function prepareWord(word: string, language: string): string {
  let w = word.normalize('NFC').toLowerCase().replace(/['’ʼ]/g, '').replace(/ё/g, 'е');
  if (w.length > MAX_TOKEN_LENGTH) w = w.slice(0, MAX_TOKEN_LENGTH);
  if (language === 'de') w = germanSpelling(w);
  if (w.startsWith('ў')) w = `у${w.slice(1)}`;
  return w;
}

/** A word as a prefix query or the vocabulary compares it: prepared and without diacritics, not stemmed. */
export function foldWord(word: string, language: string): string {
  return stripDiacritics(prepareWord(word, language));
}
