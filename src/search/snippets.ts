// Highlighted snippets, made from the article's own text: the reader's words whose stems matched, escaped, in <mark>.
import { escapeHtml } from '../site/html.ts';
import { foldWord } from './normalize.ts';
import { analyzeText, type AnalyzedToken } from './stemmers.ts';
import type { AnalyzedQuery } from './search-query.ts';

export type WordMatcher = (token: AnalyzedToken) => boolean;

/** Which words of a text the query found: its terms and phrase words by stem, its prefixes by stem or folded word. */
export function matcherFor(q: AnalyzedQuery): WordMatcher {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const c of q.must) {
    if (c.kind === 'term') stems.add(c.stem);
    else if (c.kind === 'phrase') for (const s of c.stems) stems.add(s);
    else prefixes.push(...c.prefixes);
  }
  return (t) => {
    if (stems.has(t.stem)) return true;
    if (prefixes.length === 0) return false;
    const folded = foldWord(t.text, q.language);
    return prefixes.some((p) => t.stem.startsWith(p) || folded.startsWith(p));
  };
}

function render(text: string, tokens: AnalyzedToken[], marked: boolean[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.end <= from || t.start >= to || !marked[i]) continue;
    out += `${escapeHtml(text.slice(at, t.start))}<mark>${escapeHtml(t.text)}</mark>`;
    at = t.end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole text, escaped, with matched words marked: for headlines. */
export function highlightText(text: string, language: string, match: WordMatcher): string {
  const tokens = analyzeText(text, language);
  return render(text, tokens, tokens.map(match), 0, text.length);
}

/** Snippets look at no more of a long body than this. */
const MAX_SNIPPET_SOURCE = 20_000;

/**
 * About `words` words of the text around the densest cluster of matched words (most distinct matches, then most
 * matches), escaped, with matches marked and "…" where it was cut; the text's opening if nothing matched.
 */
export function snippetOf(fullText: string, language: string, match: WordMatcher, words = 30): string {
  const text = fullText.length > MAX_SNIPPET_SOURCE ? fullText.slice(0, MAX_SNIPPET_SOURCE) : fullText;
  const tokens = analyzeText(text, language);
  if (tokens.length === 0) return '';
  const marked = tokens.map(match);
  let best = { start: 0, distinct: 0, count: 0 };
  for (let i = 0; i < tokens.length; i++) {
    if (!marked[i]) continue;
    // Windows open a few words before a match, so the first marked word has some context.
    const start = Math.max(0, i - 4);
    const seen = new Set<string>();
    let count = 0;
    for (let j = start; j < Math.min(tokens.length, start + words); j++) {
      if (marked[j]) {
        count++;
        seen.add(tokens[j].stem);
      }
    }
    if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) best = { start, distinct: seen.size, count };
  }
  const endIndex = Math.min(tokens.length, best.start + words) - 1;
  const from = best.start === 0 ? 0 : tokens[best.start].start;
  const to = endIndex === tokens.length - 1 && text === fullText ? text.length : tokens[endIndex].end;
  const body = render(text, tokens, marked, from, to).trim();
  return `${from > 0 ? '… ' : ''}${body}${to < fullText.length ? ' …' : ''}`;
}
