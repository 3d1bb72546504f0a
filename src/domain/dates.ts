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

/** The parts as Intl gives them: the reference the arithmetic below must agree with, and its fallback. */
export function datePartsByIntl(ms: number, locale: string, timeZone: string): DateParts {
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

interface Names {
  /** Sunday first, as Date#getUTCDay counts. */
  weekdays: string[];
  /** In the "of a date" form. */
  months: string[];
  /** On their own, capitalized: "Июнь 2022" in a calendar's caption. */
  standaloneMonths: string[];
}

const capitalized = (name: string, locale: string): string => name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);

const standaloneMonths = new Map<string, Intl.DateTimeFormat>();

function standaloneFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = standaloneMonths.get(key);
  if (!f) standaloneMonths.set(key, (f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone })));
  return f;
}

const namesByLocale = new Map<string, Names | null>();

/**
 * A locale's weekday and month names as its full formatter prints them, read once from reference dates; null
 * where the arithmetic path would not match Intl (a calendar other than the Gregorian, digits other than 0–9).
 */
function namesOf(locale: string): Names | null {
  let names = namesByLocale.get(locale);
  if (names === undefined) {
    const f = formatter(locale, 'UTC');
    const { calendar, numberingSystem } = f.resolvedOptions();
    const part = (ms: number, type: string) => f.formatToParts(ms).find((p) => p.type === type)?.value ?? '';
    const standalone = standaloneFormatter(locale, 'UTC');
    names = calendar !== 'gregory' || numberingSystem !== 'latn' || standalone.resolvedOptions().calendar !== 'gregory'
      ? null
      : {
        // 3 January 2021 was a Sunday.
        weekdays: Array.from({ length: 7 }, (_, i) => part(Date.UTC(2021, 0, 3 + i, 12), 'weekday')),
        months: Array.from({ length: 12 }, (_, i) => part(Date.UTC(2021, i, 15, 12), 'month')),
        standaloneMonths: Array.from({ length: 12 }, (_, i) => capitalized(standalone.format(Date.UTC(2021, i, 15, 12)), locale)),
      };
    namesByLocale.set(locale, names);
  }
  return names;
}

const DAY_MS = 86_400_000;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's offset from Intl in minutes east of UTC, seconds dropped; `whole` is false where the offset had
 * seconds (local mean time, before about 1920), which minute arithmetic cannot reproduce.
 */
function offsetByIntl(ms: number, timeZone: string): { minutes: number; whole: boolean } {
  let f = offsetFormatters.get(timeZone);
  // Creating a formatter costs far more than using one: keep one per zone.
  if (!f) offsetFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?(:\d{2})?/.exec(name);
  if (!m) return { minutes: 0, whole: true };
  return { minutes: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)), whole: !m[4] };
}

/**
 * Offsets per zone and UTC day, for the days on which the zone's offset is the same at the first and the last
 * millisecond (every day but those of a clock change, as zones change at most twice a year); null for the others.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** The offset in whole minutes, from the day's cache where it can be; NaN where the offset has seconds. */
function offsetMinutes(ms: number, timeZone: string): number {
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  const day = Math.floor(ms / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = offsetByIntl(day * DAY_MS, timeZone);
    const last = offsetByIntl(day * DAY_MS + DAY_MS - 1, timeZone);
    offset = first.whole && last.whole && first.minutes === last.minutes ? first.minutes : null;
    // Pages show a few hundred distinct days at most; an archive crawl must not grow this without bound.
    if (days.size >= 20_000) days.clear();
    days.set(day, offset);
  }
  if (offset !== null) return offset;
  const exact = offsetByIntl(ms, timeZone);
  return exact.whole ? exact.minutes : Number.NaN;
}

// Years 1900 to 2999: the Date arithmetic below prints them as Intl does (four digits).
const FAST_FROM = Date.UTC(1900, 0, 2);
const FAST_TO = Date.UTC(2999, 11, 30);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The local calendar and clock fields of a moment. Computed from the zone's offset (cached per day) and the
 * locale's names: a hundred times cheaper than formatToParts, and equal to it (dates.test.ts compares them).
 */
export function dateParts(ms: number, locale: string, timeZone: string): DateParts {
  const names = namesOf(locale);
  const offset = names && ms > FAST_FROM && ms < FAST_TO ? offsetMinutes(ms, timeZone) : Number.NaN;
  if (!names || Number.isNaN(offset)) return datePartsByIntl(ms, locale, timeZone);
  const local = new Date(ms + offset * 60_000);
  const month = local.getUTCMonth();
  return {
    year: String(local.getUTCFullYear()), month: pad2(month + 1), day: pad2(local.getUTCDate()),
    hour: pad2(local.getUTCHours()), minute: pad2(local.getUTCMinutes()),
    weekday: names.weekdays[local.getUTCDay()], monthName: names.months[month],
  };
}

function standaloneMonthByIntl(ms: number, locale: string, timeZone: string): string {
  return capitalized(standaloneFormatter(locale, timeZone).format(ms), locale);
}

function standaloneMonth(ms: number, locale: string, timeZone: string): string {
  const names = namesOf(locale);
  if (!names) return standaloneMonthByIntl(ms, locale, timeZone);
  return names.standaloneMonths[Number(dateParts(ms, locale, timeZone).month) - 1];
}

type PatternPart = { literal: string } | { token: string };
const compiledPatterns = new Map<string, PatternPart[]>();

/** A pattern split into tokens and literal text once, since every page formats a few dozen dates by the same few. */
function compilePattern(pattern: string): PatternPart[] {
  let parts = compiledPatterns.get(pattern);
  if (!parts) {
    parts = [];
    let at = 0;
    for (const m of pattern.matchAll(/'([^']*)'|yyyy|LLLL|MMMM|MM|M|dd|d|EEEE|HH|mm/g)) {
      if (m.index > at) parts.push({ literal: pattern.slice(at, m.index) });
      parts.push(m[1] !== undefined ? { literal: m[1] } : { token: m[0] });
      at = m.index + m[0].length;
    }
    if (at < pattern.length) parts.push({ literal: pattern.slice(at) });
    // Patterns come from the editions' settings: a handful, unless something feeds in arbitrary ones.
    if (compiledPatterns.size >= 1000) compiledPatterns.clear();
    compiledPatterns.set(pattern, parts);
  }
  return parts;
}

/** Tokens: yyyy, MMMM (month name in a date), LLLL (month name on its own), MM, M, dd, d, EEEE (weekday), HH, mm; text in 'single quotes' is literal. */
export function formatPattern(ms: number, pattern: string, locale: string, timeZone: string): string {
  const p = dateParts(ms, locale, timeZone);
  let out = '';
  for (const part of compilePattern(pattern)) {
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    switch (part.token) {
      case 'yyyy': out += p.year; break;
      case 'MMMM': out += p.monthName; break;
      case 'LLLL': out += standaloneMonth(ms, locale, timeZone); break;
      case 'MM': out += p.month; break;
      case 'M': out += String(Number(p.month)); break;
      case 'dd': out += p.day; break;
      case 'd': out += String(Number(p.day)); break;
      case 'EEEE': out += capitalized(p.weekday, locale); break;
      case 'HH': out += p.hour; break;
      default: out += p.minute;
    }
  }
  return out;
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

/** Offset of a time zone at a moment, in minutes east of UTC (seconds of local mean time dropped). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const minutes = offsetMinutes(ms, timeZone);
  return Number.isNaN(minutes) ? offsetByIntl(ms, timeZone).minutes : minutes;
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
  const local = new Date(ms + offset * 60_000);
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  const year = local.getUTCFullYear();
  // toISOString writes years outside 0–9999 with a sign and six digits.
  if (year < 1000 || year > 9999) return `${local.toISOString().slice(0, 19)}${zone}`;
  return `${year}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}${zone}`;
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
