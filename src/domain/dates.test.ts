import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateline, formatPattern, isoWithOffset, startOfLocalDay, parseDay, addDays, defaultDatePatterns, dateParts, datePartsByIntl } from './dates.ts';
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

test('date parts computed from the zone offset agree with Intl, across clock changes and odd offsets', () => {
  const zones = ['Europe/Minsk', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
  const locales = ['de-DE', 'en-GB', 'ru-RU', 'be-BY', 'en', 'th-TH', 'ar-EG'];
  const moments: number[] = [];
  // Every 7 hours 1 minute over three years (drifting through every minute of the day), the milliseconds around
  // each hour from 14 hours before to 3 hours after UTC midnight on a third of the days of 2024 (every clock
  // change of these zones falls in one), and some old and far dates.
  for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 421 * 60_000) moments.push(ms);
  for (let d = 0; d < 400; d += 3) for (const h of [-14, -13, -12, -11, -10, -5, -4, -3, -2, -1, 0, 1, 2, 3]) moments.push(Date.UTC(2024, 0, 1 + d, 0) + h * 3600_000 - 1, Date.UTC(2024, 0, 1 + d, 0) + h * 3600_000);
  moments.push(Date.UTC(1880, 5, 1), Date.UTC(1901, 0, 1), Date.UTC(1935, 5, 1), Date.UTC(3100, 0, 1), 0);
  for (const timeZone of zones) {
    for (const locale of locales) {
      const sample = locale === 'de-DE' ? moments : moments.filter((_, i) => i % 13 === 0);
      for (const ms of sample) {
        assert.deepEqual(dateParts(ms, locale, timeZone), datePartsByIntl(ms, locale, timeZone), `${new Date(ms).toISOString()} ${locale} ${timeZone}`);
      }
      for (const ms of moments.filter((_, i) => i % 97 === 0)) {
        const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone }).format(ms);
        assert.equal(formatPattern(ms, 'LLLL', locale, timeZone), month.charAt(0).toLocaleUpperCase(locale) + month.slice(1));
      }
    }
  }
});

test('patterns keep their literal text and repeat tokens', () => {
  assert.equal(formatPattern(moment, "'Heute' EEEE, 'd' d.M.yy 'um' HH:mm 'Uhr'", 'de-DE', 'Europe/Minsk'), 'Heute Mittwoch, d 22.6.yy um 14:36 Uhr');
  assert.equal(formatPattern(moment, 'HH:mm HH:mm', 'de-DE', 'UTC'), '11:36 11:36');
  assert.equal(formatPattern(moment, '', 'de-DE', 'UTC'), '');
});

test('ISO timestamps keep seconds, quarter-hour offsets and offsets west of UTC', () => {
  assert.equal(isoWithOffset(Date.UTC(2022, 5, 22, 11, 36, 7, 900), 'Europe/Minsk'), '2022-06-22T14:36:07+03:00');
  assert.equal(isoWithOffset(Date.UTC(2024, 0, 1, 0, 0), 'Asia/Kathmandu'), '2024-01-01T05:45:00+05:45');
  assert.equal(isoWithOffset(Date.UTC(2024, 0, 1, 3, 0), 'America/New_York'), '2023-12-31T22:00:00-05:00');
  assert.equal(isoWithOffset(Date.UTC(2024, 6, 1, 3, 0), 'America/New_York'), '2024-06-30T23:00:00-04:00');
  assert.equal(isoWithOffset(Date.UTC(2024, 2, 31, 0, 59, 59), 'Europe/Berlin'), '2024-03-31T01:59:59+01:00');
  assert.equal(isoWithOffset(Date.UTC(2024, 2, 31, 1, 0), 'Europe/Berlin'), '2024-03-31T03:00:00+02:00');
});
