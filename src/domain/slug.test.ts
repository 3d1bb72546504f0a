// Slugs: what a headline in each edition's script becomes in an article's address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from './slug.ts';

test('slugs keep Latin letters and digits, transliterate Cyrillic and German letters and drop diacritics', () => {
  assert.equal(slugify('Außenminister trifft Amtskollegen in Köln'), 'aussenminister-trifft-amtskollegen-in-koeln');
  assert.equal(slugify('Ёлка на плошчы: ўрад і Ґанок, Їжак, Єдність'), 'yolka-na-ploshchy-wrad-i-ganok-yizhak-yednist');
  assert.equal(slugify('Щука и съезд'), 'shchuka-i-sezd');
  assert.equal(slugify('Crème brûlée à São Paulo – 2,000 ﬁnes'), 'creme-brulee-a-sao-paulo-2-000-fines');
  assert.equal(slugify('İstanbul'), 'istanbul');
  assert.equal(slugify('„Zitat“ — 😀 !!'), 'zitat');
  assert.equal(slugify('😀 ——'), 'article', 'nothing left: a slug still');
  assert.equal(slugify(''), 'article');
});

test('long slugs are cut at a word boundary', () => {
  const slug = slugify('Die Regierung kündigt ein umfassendes Programm zur Modernisierung der Eisenbahn im ganzen Land an');
  assert.ok(slug.length <= 80, slug);
  assert.equal(slug, 'die-regierung-kuendigt-ein-umfassendes-programm-zur-modernisierung-der');
  assert.equal(slugify('a'.repeat(100)), 'a'.repeat(80));
});
