// Dates in an edition's language and time zone, by house-style patterns built on Intl.
import type { DatePatterns, Edition } from './model.ts';

export const DEFAULT_DATE_PATTERNS: Record<string, DatePatterns> = {
  de: { date: 'd. MMMM yyyy', time: 'HH:mm', header: 'EEEE, d. MMMM yyyy', dateline: 'd. MMMM' },
  en: { date: 'd MMMM yyyy', time: 'HH:mm', header: 'EEEE, d MMMM yyyy', dateline: 'd MMMM' },
  ru: { date: 'd MMMM yyyy', time: 'HH:mm', header: 'EEEE, d MMMM yyyy', dateline: 'd MMMM' },
  be: { date: 'd MMMM yyyy', time: 'HH:mm', header: 'EEEE, d MMMM yyyy', dateline: 'd MMMM' },
};

export function defaultDatePatterns(language: string): DatePatterns {
  return DEFAULT_DATE_PATTERNS[language] ?? DEFAULT_DATE_PATTERNS.en;
}

interface DateParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  weekday: string;
  monthName: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    // day + month:long together make Intl give the month in its "of a date" form (22 июня, 22 чэрвеня).
    f = new Intl.DateTimeFormat(locale, {
      timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(key, f);
  }
  return f;
}

const numeric = new Map<string, Intl.DateTimeFormat>();

export function dateParts(ms: number, locale: string, timeZone: string): DateParts {
  const parts = formatter(locale, timeZone).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  let num = numeric.get(timeZone);
  if (!num) {
    num = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    numeric.set(timeZone, num);
  }
  const n = num.formatToParts(ms);
  const getN = (type: string) => n.find((p) => p.type === type)?.value ?? '';
  return {
    year: getN('year'), month: getN('month'), day: getN('day'),
    hour: get('hour').padStart(2, '0'), minute: get('minute').padStart(2, '0'),
    weekday: get('weekday'), monthName: get('month'),
  };
}

const standaloneMonths = new Map<string, Intl.DateTimeFormat>();

function standaloneMonth(ms: number, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let f = standaloneMonths.get(key);
  if (!f) standaloneMonths.set(key, (f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone })));
  const name = f.format(ms);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Tokens: yyyy, MMMM (month name in a date), LLLL (month name on its own), MM, M, dd, d, EEEE (weekday), HH, mm; text in 'single quotes' is literal. */
export function formatPattern(ms: number, pattern: string, locale: string, timeZone: string): string {
  const p = dateParts(ms, locale, timeZone);
  return pattern.replace(/'([^']*)'|yyyy|LLLL|MMMM|MM|M|dd|d|EEEE|HH|mm/g, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'yyyy': return p.year;
      case 'MMMM': return p.monthName;
      case 'LLLL': return standaloneMonth(ms, locale, timeZone);
      case 'MM': return p.month;
      case 'M': return String(Number(p.month));
      case 'dd': return p.day;
      case 'd': return String(Number(p.day));
      case 'EEEE': return p.weekday.charAt(0).toLocaleUpperCase(locale) + p.weekday.slice(1);
      case 'HH': return p.hour;
      default: return p.minute;
    }
  });
}

export function formatDate(ms: number, edition: Edition): string {
  return formatPattern(ms, edition.datePatterns.date, edition.locale, edition.timeZone);
}

export function formatTime(ms: number, edition: Edition): string {
  return formatPattern(ms, edition.datePatterns.time, edition.locale, edition.timeZone);
}

export function formatHeaderDate(ms: number, edition: Edition): string {
  return formatPattern(ms, edition.datePatterns.header, edition.locale, edition.timeZone);
}

/** "MOSKAU, 22. Juni (Velta) –": place in capitals, day and month in the edition's language, agency. */
export function formatDateline(place: string, ms: number, edition: Edition): string {
  const day = formatPattern(ms, edition.datePatterns.dateline, edition.locale, edition.timeZone);
  const head = place.trim() ? `${place.trim().toLocaleUpperCase(edition.locale)}, ` : '';
  return `${head}${day} (${edition.agencyShort}) –`;
}

/** The calendar day (yyyy-mm-dd) of a moment in a time zone. */
export function localDay(ms: number, timeZone: string): string {
  const p = dateParts(ms, 'en', timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Offset of a time zone at a moment, in minutes east of UTC. */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  // Creating a formatter costs far more than using one: keep one per zone.
  if (!f) offsetFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The UTC instant at which a calendar day starts in a time zone. */
export function startOfLocalDay(day: string, timeZone: string): number {
  const [y, mo, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, mo - 1, d);
  const first = guess - zoneOffsetMinutes(guess, timeZone) * 60_000;
  // Offsets change around DST; a second pass settles on the offset in force at that midnight.
  return guess - zoneOffsetMinutes(first, timeZone) * 60_000;
}

/** ISO 8601 with the zone's offset, as schema.org and feeds want it: 2026-11-29T14:36:00+03:00. */
export function isoWithOffset(ms: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A valid yyyy-mm-dd between 1900 and 2999, or null. */
export function parseDay(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return text;
}

export function addDays(day: string, delta: number): string {
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d + delta)).toISOString().slice(0, 10);
}
