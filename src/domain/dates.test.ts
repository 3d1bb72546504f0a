import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateline, formatPattern, isoWithOffset, startOfLocalDay, parseDay, addDays, defaultDatePatterns } from './dates.ts';
import type { Edition } from './model.ts';

function edition(code: string, locale: string, agencyShort: string): Edition {
  return {
    code, locale, timeZone: 'Europe/Minsk', name: code, flag: '', host: null, isDefault: false, position: 0,
    agencyName: agencyShort, agencyShort, datePatterns: defaultDatePatterns(code), socialLinks: [], labels: {},
  };
}

// 22 June 2022, 14:36 in Minsk (UTC+3).
const moment = Date.UTC(2022, 5, 22, 11, 36);

test('the wire dateline is composed in each edition’s language', () => {
  assert.equal(formatDateline('Moskau', moment, edition('de', 'de-DE', 'Velta')), 'MOSKAU, 22. Juni (Velta) –');
  assert.equal(formatDateline('Moscow', moment, edition('en', 'en-GB', 'Velta')), 'MOSCOW, 22 June (Velta) –');
  assert.equal(formatDateline('Москва', moment, edition('ru', 'ru-RU', 'Велта')), 'МОСКВА, 22 июня (Велта) –');
  assert.equal(formatDateline('Масква', moment, edition('be', 'be-BY', 'Велта')), 'МАСКВА, 22 чэрвеня (Велта) –');
});

test('house-style patterns format dates in the edition’s time zone', () => {
  assert.equal(formatPattern(moment, 'd. MMMM yyyy, HH:mm', 'de-DE', 'Europe/Minsk'), '22. Juni 2022, 14:36');
  assert.equal(formatPattern(moment, 'EEEE, d. MMMM yyyy', 'de-DE', 'Europe/Berlin'), 'Mittwoch, 22. Juni 2022');
  assert.equal(formatPattern(moment, 'LLLL yyyy', 'ru-RU', 'UTC'), 'Июнь 2022');
  assert.equal(formatPattern(moment, "dd.MM.yyyy 'um' HH:mm", 'de-DE', 'UTC'), '22.06.2022 um 11:36');
  // Just before midnight UTC is already the next day in Minsk.
  assert.equal(formatPattern(Date.UTC(2022, 5, 22, 22, 30), 'd MMMM', 'en-GB', 'Europe/Minsk'), '23 June');
});

test('ISO timestamps carry the zone offset, and local days start at local midnight', () => {
  assert.equal(isoWithOffset(moment, 'Europe/Minsk'), '2022-06-22T14:36:00+03:00');
  assert.equal(isoWithOffset(Date.UTC(2022, 0, 10, 12), 'Europe/Berlin'), '2022-01-10T13:00:00+01:00');
  assert.equal(new Date(startOfLocalDay('2022-06-22', 'Europe/Berlin')).toISOString(), '2022-06-21T22:00:00.000Z');
  assert.equal(new Date(startOfLocalDay('2022-01-22', 'Europe/Berlin')).toISOString(), '2022-01-21T23:00:00.000Z');
});

test('calendar days are validated and stepped', () => {
  assert.equal(parseDay('2024-02-29'), '2024-02-29');
  assert.equal(parseDay('2023-02-29'), null);
  assert.equal(parseDay('2023-13-01'), null);
  assert.equal(parseDay('99999-01-01'), null);
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
});
