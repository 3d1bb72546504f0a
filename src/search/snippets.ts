// Highlighted snippets, made from the article's own text: the reader's words whose stems matched, escaped, in <mark>.
import { escapeHtml } from '../site/html.ts';
import { foldWord, scanWords, stripDiacritics } from './normalize.ts';
import { stemWord, type AnalyzedToken } from './stemmers.ts';
import type { AnalyzedQuery } from './search-query.ts';

export interface WordMatcher {
  /** Whether a word of the text, stemmed, is one the query found. */
  (token: AnalyzedToken): boolean;
  /** The folded first letters of what the query looks for. */
  heads: Set<string>;
}

/** Which words of a text the query found: its terms and phrase words by stem, its prefixes by stem or folded word. */
export function matcherFor(q: AnalyzedQuery): WordMatcher {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const c of q.must) {
    if (c.kind === 'term') stems.add(c.stem);
    else if (c.kind === 'phrase') for (const s of c.stems) stems.add(s);
    else prefixes.push(...c.prefixes);
  }
  const heads = new Set([...stems, ...prefixes].map((s) => s[0]).filter(Boolean));
  const match = (t: AnalyzedToken): boolean => {
    if (!t.stem) return false;
    if (stems.has(t.stem)) return true;
    if (prefixes.length === 0) return false;
    const folded = foldWord(t.text, q.language);
    return prefixes.some((p) => t.stem.startsWith(p) || folded.startsWith(p));
  };
  return Object.assign(match, { heads });
}

/**
 * A word's first letter as its index term starts: lower case, without diacritics, ў read as у and ё as е; '' when
 * it is not a plain Latin or Cyrillic letter or a digit (those words are always stemmed). Stemmers only take from a
 * word's end, so a term's first letter is its word's.
 */
function plainHeadAt(text: string, start: number): string {
  let code = text.charCodeAt(start);
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  else if (code >= 0x410 && code <= 0x42f) code += 0x20;
  else if (code >= 0x400 && code <= 0x40f) code += 0x50;
  if (code === 0x451) code = 0x435;
  else if (code === 0x45e) code = 0x443;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x430 && code <= 0x45f)) return String.fromCharCode(code);
  const folded = stripDiacritics(text[start].toLowerCase());
  return folded.length > 0 && /^[a-z]/.test(folded) ? folded[0] : '';
}

/** The words of a text by their offsets, and among them, in order, those the query found. */
interface FoundWords {
  starts: number[];
  ends: number[];
  /** The indexes of the words the query found, ascending, and each one's stem. */
  marks: number[];
  markStems: string[];
}

/**
 * Finds the words of a text and those the query found. Only a word whose first letter a term or prefix of the query
 * has is cut out and stemmed, and no other is made an object: most words of twenty snippets per search cost no
 * more than being scanned.
 */
function findWords(text: string, language: string, match: WordMatcher): FoundWords {
  const words: FoundWords = { starts: [], ends: [], marks: [], markStems: [] };
  scanWords(text, (start, end) => {
    const index = words.starts.push(start) - 1;
    words.ends.push(end);
    const head = plainHeadAt(text, start);
    if (head && !match.heads.has(head)) return;
    const word = text.slice(start, end);
    const token: AnalyzedToken = { text: word, start, end, stem: stemWord(word, language) };
    if (!match(token)) return;
    words.marks.push(index);
    words.markStems.push(token.stem);
  });
  return words;
}

/** The text from `from` to `to`, escaped, with the found words in it marked. */
function render(text: string, words: FoundWords, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const i of words.marks) {
    const start = words.starts[i];
    const end = words.ends[i];
    if (end <= from || start >= to) continue;
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/**
 * The text of a sanitized body, as bodyText gives it, without parsing the HTML again: a search page makes twenty
 * snippets, and sanitize-html's parse was a third of their cost. Exact for sanitized bodies, where every < and > of
 * text and attribute values is escaped, so that a tag is whatever lies between < and >.
 */
export function sanitizedBodyText(body: string): string {
  // One pass over the tags with indexOf: four regular expressions over the whole body were half a page's snippets.
  let text = '';
  let from = 0;
  for (let open = body.indexOf('<'); open !== -1; open = body.indexOf('<', from)) {
    const close = body.indexOf('>', open + 1);
    if (close === -1) break;
    text += body.slice(from, open);
    if (BLOCK_END.test(body.slice(open, close + 1))) text += ' ';
    from = close + 1;
  }
  text += body.slice(from);
  if (text.includes('&')) text = text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
  return text.replace(SPACES, ' ').trim();
}

/** Runs of white space other than a single space: replacing every space by itself was half of this function's time. */
const SPACES = / \s+|[^\S ]\s*/g;

/** A tag after which the text reads as a new sentence or line: a space stands for it. */
const BLOCK_END = /(?:<\/(?:p|h2|h3|li|blockquote|figcaption|td|th)|<br\s*\/?)>$/i;

/** The whole text, escaped, with matched words marked: for headlines. */
export function highlightText(text: string, language: string, match: WordMatcher): string {
  return render(text, findWords(text, language, match), 0, text.length);
}

/** Snippets look at no more of a long body than this. */
const MAX_SNIPPET_SOURCE = 20_000;

/**
 * About `wordCount` words of the text around the densest cluster of matched words (most distinct matches, then most
 * matches), escaped, with matches marked and "…" where it was cut; the text's opening if nothing matched.
 */
export function snippetOf(fullText: string, language: string, match: WordMatcher, wordCount = 30): string {
  const text = fullText.length > MAX_SNIPPET_SOURCE ? fullText.slice(0, MAX_SNIPPET_SOURCE) : fullText;
  const words = findWords(text, language, match);
  const count = words.starts.length;
  if (count === 0) return '';
  const { marks, markStems } = words;
  let best = { start: 0, distinct: 0, count: 0 };
  for (let m = 0, first = 0; m < marks.length; m++) {
    // Windows open a few words before a match, so the first marked word has some context.
    const start = Math.max(0, marks[m] - 4);
    const end = Math.min(count, start + wordCount);
    while (marks[first] < start) first++;
    const seen = new Set<string>();
    let inWindow = 0;
    for (let k = first; k < marks.length && marks[k] < end; k++) {
      inWindow++;
      seen.add(markStems[k]);
    }
    if (seen.size > best.distinct || (seen.size === best.distinct && inWindow > best.count)) best = { start, distinct: seen.size, count: inWindow };
  }
  const endIndex = Math.min(count, best.start + wordCount) - 1;
  const from = best.start === 0 ? 0 : words.starts[best.start];
  const to = endIndex === count - 1 && text === fullText ? text.length : words.ends[endIndex];
  const body = render(text, words, from, to).trim();
  return `${from > 0 ? '… ' : ''}${body}${to < fullText.length ? ' …' : ''}`;
}
