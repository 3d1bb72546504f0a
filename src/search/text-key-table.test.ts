// The importer's word table and the analysis built on it: every word found where it stands, and the index terms the
// same as stemming word by word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatCopy, hashOfRange, TextKeyTable } from './text-key-table.ts';
import { analyzeFields, vocabularyOf } from './search-document.ts';
import { stemsOf } from './stemmers.ts';
import { DEMO_STORIES } from '../services/seed-service.ts';
import { bodyText } from '../domain/body-html.ts';

test('a table finds each key by its place in any text, through growth, and nothing else', () => {
  const table = new TextKeyTable<{ key: string; n: number }>();
  const keys = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}ä${i % 7 ? '' : 'ў'}`);
  keys.forEach((key, n) => table.add({ key, n }, hashOfRange(key, 0, key.length)));
  assert.equal(table.size, keys.length);
  const text = ` ${keys.join(' ')} `;
  let at = 1;
  for (const [n, key] of keys.entries()) {
    assert.equal(table.find(text, at, at + key.length, hashOfRange(text, at, at + key.length))?.n, n);
    at += key.length + 1;
  }
  for (const absent of ['w0', 'wä', 'W0ä', 'w0ä ', 'x', '']) assert.equal(table.find(absent, 0, absent.length, hashOfRange(absent, 0, absent.length)), undefined, absent);
  // The same hash alone is not the same key.
  assert.equal(table.find('w1ä', 0, 3, hashOfRange('w0ä', 0, 3)), undefined);
  assert.notEqual(hashOfRange('', 0, 0), 0);
  const odd = `lone \ud800 surrogate ${'x'.repeat(20)}`;
  assert.equal(flatCopy(odd), odd);
});

test('analysis gives the terms of stemming each field word by word, and each word worth suggesting once', () => {
  const samples = [
    ...DEMO_STORIES.flatMap((s) => Object.entries(s.articles).map(([language, a]) => ({ language, a: a! }))),
    { language: 'en', a: { headline: "Lirania's PM: ‘we’ll’ act — 𝔘nicode 😀 x", lead: "rock'n'roll O’Neill DON'T", place: 'São Paulo', body: '<p>Éire éire ÉIRE naïve Naïve 2,000-metre</p>' } },
    { language: 'be', a: { headline: 'Прэм’ер-міністр і ўрад', lead: "прэм'ер", place: 'Менск', body: '<p>Ўрад урад</p>' } },
  ];
  for (const { language, a } of samples) {
    const text = bodyText(a.body);
    const fields = analyzeFields(a, language, text);
    for (const [field, source] of [['headline', a.headline], ['lead', a.lead], ['body', text], ['place', a.place]] as const) {
      assert.equal(fields.columns[field], stemsOf(source, language).join(' '), `${language} ${field}: ${source.slice(0, 40)}`);
    }
    const listed = fields.vocabulary ? fields.vocabulary.split('\t').filter((_, i) => i % 2 === 0) : [];
    const expected = new Set([a.headline, a.lead, text, a.place].flatMap((t) => vocabularyOf(t, language).map((v) => v.word)));
    assert.deepEqual(new Set(listed), expected, `${language}: ${a.headline}`);
    assert.equal(listed.length, new Set(listed).size, 'each word listed once');
  }
});
