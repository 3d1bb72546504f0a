import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodePage } from './render.ts';

test('pages are encoded as UTF-8 exactly as Buffer.from encodes them', () => {
  let rope = '';
  for (let i = 0; i < 2000; i++) rope += `<p>Пример ${i} – „Zitat“ é 😀</p>`;
  const texts = [
    '', 'plain ASCII', 'Latin-1: Müller, café, ©', 'Cyrillic: Мінск, Москва', 'Astral: 😀🇧🇾', rope,
    // Lone surrogates become U+FFFD, as in Buffer.from.
    'broken \ud800 high', 'broken \udc00 low', 'ends with \ud83d',
    // Beyond the scratch buffer: the usual way.
    'ж'.repeat(300_000),
  ];
  for (const text of texts) {
    const encoded = encodePage(text);
    assert.ok(encoded.equals(Buffer.from(text)), `differs for ${JSON.stringify(text.slice(0, 40))}`);
  }
  // Every page gets its own bytes: the next page must not overwrite the last one's.
  const first = encodePage('first page');
  encodePage('second page, longer than the first');
  assert.equal(first.toString(), 'first page');
});
