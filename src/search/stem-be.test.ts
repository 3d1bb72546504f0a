// The light Belarusian stemmer: forms of one word meet, different words stay apart, and its documented limits hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemBelarusian } from './stem-be.ts';
import { prepareWord } from './normalize.ts';

const stem = (word: string) => stemBelarusian(prepareWord(word, 'be'));

function sameStem(words: string[]): void {
  const stems = new Set(words.map(stem));
  assert.equal(stems.size, 1, `${words.join(', ')} → ${[...stems].join(', ')}`);
}

test('case forms of nouns meet', () => {
  sameStem(['Велінск', 'Велінска', 'Велінску']);
  sameStem(['Ліранія', 'Ліраніі', 'Ліранію']);
  sameStem(['міністр', 'міністра', 'міністраў', 'міністрам']);
  sameStem(['выбары', 'выбараў', 'выбарах', 'выбарамі']);
  sameStem(['школа', 'школы', 'школе', 'школай', 'школу']);
  sameStem(['ураджай', 'ураджаю', 'ураджаем']);
  sameStem(['Брусэль', 'Брусэлі', 'Брусэлем']);
});

test('д/дз and т/ц before -е are undone, and a word-initial ў reads as у', () => {
  sameStem(['урад', 'ўрад', 'ураду', 'ўрадзе', 'урадам']);
  sameStem(['свет', 'свеце', 'свету']);
});

test('forms of adjectives and participles meet', () => {
  sameStem(['дзяржаўны', 'дзяржаўнага', 'дзяржаўную', 'дзяржаўных', 'дзяржаўнымі', 'дзяржаўнай']);
  sameStem(['нацыянальны', 'нацыянальнае', 'нацыянальная', 'нацыянальнаму']);
  sameStem(['эвакуіраваны', 'эвакуіраваных', 'эвакуіраваная']);
});

test('abstract nouns in -сць keep their stem across cases', () => {
  sameStem(['магчымасць', 'магчымасці', 'магчымасцю']);
});

test('infinitive, third person plural and reflexive forms meet', () => {
  sameStem(['вучыць', 'вучыцца']);
  sameStem(['адбудзецца', 'адбудзе']);
});

test('different words keep different stems', () => {
  assert.notEqual(stem('школа'), stem('шкода'));
  assert.notEqual(stem('урад'), stem('ураджай'));
  assert.notEqual(stem('мэр'), stem('мора'));
});

test('short words and words without vowels are left as they are', () => {
  assert.equal(stem('ад'), 'ад');
  assert.equal(stem('ЕС'), 'ес');
  assert.equal(stem('ААН'), 'аан');
});

test('documented limits: akanye alternations and past tense forms are not joined', () => {
  assert.notEqual(stem('горад'), stem('гарады'));
  assert.notEqual(stem('падпісала'), stem('падпісаў'));
});
