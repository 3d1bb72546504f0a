// Folding, stemming and query parsing: what readers type meets what the newsroom wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWord, tokenize } from './normalize.ts';
import { stemWord } from './stemmers.ts';
import { analyzeQuery, parseQuery, MAX_CLAUSES } from './search-query.ts';
import { ftsMatchExpression, tsQueryText } from './search-repo.ts';
import { tsvectorLiteral } from './search-document.ts';
import { editDistance } from './suggestions.ts';
import { highlightText, matcherFor, sanitizedBodyText, snippetOf } from './snippets.ts';
import { bodyText, sanitizeBody } from '../domain/body-html.ts';
import { DEMO_STORIES } from '../services/seed-service.ts';

test('German: ß, umlauts and their ae/oe/ue spellings meet; inflected forms meet', () => {
  const de = (w: string) => stemWord(w, 'de');
  assert.equal(de('Außenministeriums'), de('Außenministerium'));
  assert.equal(de('aussenministerium'), de('Außenministerium'));
  assert.equal(de('Muenchen'), de('München'));
  assert.equal(de('Munchen'), de('München'));
  assert.equal(de('Moskauer'), de('Moskau'), 'the u of "Moskauer" is not an umlaut spelling');
  assert.equal(de('Krankenhäuser'), de('Krankenhaus'));
  assert.notEqual(de('Quelle'), de('Qülle'));
});

test('English: Porter stems, with the -sion/-tion forms joined to their verbs', () => {
  const en = (w: string) => stemWord(w, 'en');
  assert.equal(en('elections'), en('elected'));
  assert.equal(en('connection'), en('connected'));
  assert.equal(en('Lirania’s'), en('Lirania'));
  assert.equal(en('café'), en('cafe'));
});

test('Russian: ё is е, case forms meet', () => {
  const ru = (w: string) => stemWord(w, 'ru');
  assert.equal(ru('лёгкой'), ru('легкая'));
  assert.equal(ru('Москве'), ru('Москва'));
  assert.notEqual(ru('мой'), ru('мои') + 'x');
  assert.notEqual(foldWord('йод', 'ru'), foldWord('иод', 'ru'), 'й is a letter, not a decorated и');
});

test('Belarusian keeps і and ў as letters', () => {
  assert.equal(foldWord('Ўзровень', 'be'), 'узровень');
  assert.equal(foldWord('даўжыня', 'be'), 'даўжыня');
  assert.equal(foldWord('Ліранія', 'be'), 'ліранія');
});

test('words are found with their offsets; apostrophes stay inside words', () => {
  assert.deepEqual(tokenize("прэм'ер-міністр, 6,25"), [
    { text: "прэм'ер", start: 0, end: 7 },
    { text: 'міністр', start: 8, end: 15 },
    { text: '6', start: 17, end: 18 },
    { text: '25', start: 19, end: 21 },
  ]);
});

test('the query language: phrases, prefixes, exclusions; operators of other engines are plain words', () => {
  assert.deepEqual(parseQuery('"Das stille Ufer" Minist* -Film Welin-See'), [
    { kind: 'phrase', words: ['Das', 'stille', 'Ufer'], negated: false },
    { kind: 'prefix', words: ['Minist'], negated: false },
    { kind: 'word', words: ['Film'], negated: true },
    { kind: 'phrase', words: ['Welin', 'See'], negated: false },
  ]);
  assert.deepEqual(parseQuery('"unbalanced quote'), [{ kind: 'phrase', words: ['unbalanced', 'quote'], negated: false }]);
  assert.deepEqual(parseQuery('NEAR(a b) * ** - "'), [
    { kind: 'phrase', words: ['NEAR', 'a'], negated: false },
    { kind: 'word', words: ['b'], negated: false },
  ]);
  assert.equal(parseQuery('w '.repeat(100)).length, MAX_CLAUSES);
});

test('stopwords are not required unless nothing else is asked for', () => {
  assert.deepEqual(analyzeQuery(parseQuery('the budget'), 'en').must.map((c) => c.kind === 'term' && c.stem), ['budget']);
  assert.deepEqual(analyzeQuery(parseQuery('the'), 'en').must.map((c) => c.kind === 'term' && c.stem), ['the']);
});

test('prefixes shorter than three letters are dropped; a prefix also matches as its stem', () => {
  assert.deepEqual(analyzeQuery(parseQuery('a* mo* *'), 'de').must, []);
  assert.deepEqual(analyzeQuery(parseQuery('Ber*'), 'de').must, [{ kind: 'prefix', prefixes: ['ber'], word: 'Ber' }]);
  const [clause] = analyzeQuery(parseQuery('Ministerien*'), 'de').must;
  assert.deepEqual(clause, { kind: 'prefix', prefixes: ['ministeri'], word: 'Ministerien' });
});

test('FTS5 and tsquery expressions hold only quoted terms', () => {
  const q = analyzeQuery(parseQuery('"OR 1=1" NEAR( Minist* -"a b"'), 'en');
  assert.equal(ftsMatchExpression(q), '("or 1 1" AND "near" AND "minist"*) NOT ("a b")');
  assert.equal(tsQueryText(q), "('or' <-> '1' <-> '1') & 'near' & ('minist':*) & !('a' <-> 'b')");
});

test('a tsvector literal keeps fields apart and weights them', () => {
  assert.equal(tsvectorLiteral({ headline: ['a', 'b'], lead: ['b'], tags: [], body: ["o'k"], place: [] }), "'a':1A 'b':2A,11B 'o''k':28C");
});

test('edit distance counts transpositions as one and stops early', () => {
  assert.equal(editDistance('hochwasser', 'hochwaser', 2), 1);
  assert.equal(editDistance('wahl', 'whal', 2), 1);
  assert.equal(editDistance('abc', 'xyzabc', 2), 3);
});

test('snippets mark the reader’s own words whose stems matched, escaped', () => {
  const match = matcherFor(analyzeQuery(parseQuery('Wahlen'), 'de'));
  assert.equal(highlightText('Die Wahl <in> Dubrava', 'de', match), 'Die <mark>Wahl</mark> &lt;in&gt; Dubrava');
  const long = `${'Vorher '.repeat(50)}Die Wahl fand statt. ${'Nachher '.repeat(50)}`;
  const snippet = snippetOf(long, 'de', match, 10);
  assert.match(snippet, /^… Vorher .*<mark>Wahl<\/mark> fand statt\. .* …$/);
  assert.equal(snippetOf('Kein Treffer hier', 'de', match), 'Kein Treffer hier');
});

test('snippets read a sanitized body as the index does, without parsing it again', () => {
  const bodies = DEMO_STORIES.flatMap((story) => Object.values(story.articles).map((a) => sanitizeBody(a!.body)));
  bodies.push(sanitizeBody('<p>A &amp; B &lt;tag&gt; "quoted" it\'s</p><ul><li>one</li><li>two</li></ul><p>x<br>y <a href="https://e.example/?a=1&b=<2>">link</a></p><table><tr><td>c1</td><td>c2</td></tr></table>'));
  assert.ok(bodies.length > 100);
  for (const body of bodies) assert.equal(sanitizedBodyText(body), bodyText(body));
});

test('words are found as the rule says: letters, digits and marks, with apostrophes inside them', () => {
  // The rule as a regular expression, which tokenize implements by hand for speed.
  const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;
  const byRule = (text: string) => [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const texts = DEMO_STORIES.flatMap((story) => Object.values(story.articles).flatMap((a) => [a!.headline, a!.lead, bodyText(a!.body)]));
  texts.push("l'eau d’été ʼa'", "a''b", "x'", "'x", '🦫 Welna', 'Ẁ̴̡ȩ̷l̸n̶a̵', '𝐀𝐁𝐂 test 𝐀', '\u0000Welna', "прэм'ер", '6,25', 'a’’b', "it's'", '’s', '\ud800 lone', 'x\u0301y', '');
  for (const text of texts) assert.deepEqual(tokenize(text), byRule(text), text.slice(0, 40));
});

test('highlights find words whatever their first letter looks like: capitals, umlauts, ё, ў, accents', () => {
  const marked = (text: string, query: string, language: string) => highlightText(text, language, matcherFor(analyzeQuery(parseQuery(query), language)));
  assert.equal(marked('Aerzte und Ärzten helfen', 'Ärzte', 'de'), '<mark>Aerzte</mark> und <mark>Ärzten</mark> helfen');
  assert.equal(marked('Ёлки и елки', 'ёлка', 'ru'), '<mark>Ёлки</mark> и <mark>елки</mark>');
  assert.equal(marked('Ўрад і ўрада', 'урад', 'be'), '<mark>Ўрад</mark> і <mark>ўрада</mark>');
  assert.equal(marked('Café and cafe', 'cafe', 'en'), '<mark>Café</mark> and <mark>cafe</mark>');
  assert.equal(marked('Straße', 'strasse', 'de'), '<mark>Straße</mark>');
});
