// Editing an edition's settings: names, locale, time zone, host, house-style date patterns, social links and
// label overrides. Every value is checked the way the site will use it (Intl for zones and locales).
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import type { DatePatterns, Edition, SocialLink } from '../domain/model.ts';
import { formatPattern } from '../domain/dates.ts';
import { listEditions } from '../db/repos/edition-repo.ts';
import { messagesFor } from '../i18n/messages.ts';
import { cleanText, cleanUrl, Problems, recordChange, type ChangeMeta } from './manage-service.ts';

export const PATTERN_KEYS = ['date', 'time', 'header', 'dateline'] as const satisfies (keyof DatePatterns)[];

export interface EditionInput {
  name: string;
  flag: string;
  locale: string;
  timeZone: string;
  host: string;
  agencyName: string;
  agencyShort: string;
  patterns: Record<keyof DatePatterns, string>;
  /** JSON object of message key → text. */
  labels: string;
  /** Rows of the social links table; rows with both cells empty are dropped. */
  social: { network: string; url: string }[];
}

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isLocale(locale: string): boolean {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) || locale.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(locale).length === 1 && Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 1;
  } catch {
    return false;
  }
}

/** A moment formatted by a house-style pattern, or null when the pattern cannot be used. */
export function samplePattern(pattern: string, locale: string, timeZone: string, now: number): string | null {
  // A pattern must show some part of the date; unbalanced quotes would swallow the rest of it.
  if (!pattern.trim() || (pattern.match(/'/g) ?? []).length % 2 === 1) return null;
  if (!/yyyy|LLLL|MMMM|MM|M|dd|d|EEEE|HH|mm/.test(pattern.replace(/'[^']*'/g, ''))) return null;
  try {
    const text = formatPattern(now, pattern, locale, timeZone);
    return text.trim() ? text : null;
  } catch {
    return null;
  }
}

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const NETWORK = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LABEL_KEYS = new Set(Object.keys(messagesFor('en')));

function parseLabels(problems: Problems, text: string): Record<string, string> {
  const source = text.trim() || '{}';
  if (source.length > 50_000) {
    problems.add('labels', 'tooLong');
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    problems.add('labels', 'labelsJson');
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string' || v.length > 500)) {
    problems.add('labels', 'labelsShape');
    return {};
  }
  if (Object.keys(parsed).some((k) => !LABEL_KEYS.has(k))) problems.add('labels', 'labelsKey');
  return parsed as Record<string, string>;
}

/** The chrome's message keys an edition may override. */
export function labelKeys(): string[] {
  return [...LABEL_KEYS].sort();
}

export async function findEdition(db: Db, code: string): Promise<Edition | undefined> {
  return (await listEditions(db)).find((e) => e.code === code);
}

export async function saveEdition(db: Db, code: string, input: EditionInput, meta: ChangeMeta): Promise<void> {
  const problems = new Problems();
  const now = meta.now ?? Date.now();
  const name = cleanText(problems, 'name', input.name, { max: 60, required: true });
  const flag = cleanText(problems, 'flag', input.flag, { max: 16 });
  const locale = input.locale.trim();
  if (!locale) problems.add('locale', 'required');
  else if (!isLocale(locale)) problems.add('locale', 'locale');
  const timeZone = input.timeZone.trim();
  if (!timeZone) problems.add('timeZone', 'required');
  else if (!isTimeZone(timeZone)) problems.add('timeZone', 'timeZone');
  const host = input.host.trim().toLowerCase().replace(/\.$/, '');
  if (host && !HOST.test(host)) problems.add('host', 'host');
  const agencyName = cleanText(problems, 'agencyName', input.agencyName, { max: 120, required: true });
  const agencyShort = cleanText(problems, 'agencyShort', input.agencyShort, { max: 30, required: true });
  const patterns = {} as DatePatterns;
  for (const key of PATTERN_KEYS) {
    const pattern = cleanText(problems, `pattern.${key}`, input.patterns[key], { max: 60, required: true });
    patterns[key] = pattern;
    // Checked with the new locale and zone when those are valid, else with safe ones: the pattern's own problem still shows.
    if (pattern && samplePattern(pattern, problems.has('locale') ? 'en' : locale, problems.has('timeZone') ? 'UTC' : timeZone, now) === null) problems.add(`pattern.${key}`, 'pattern');
  }
  const labels = parseLabels(problems, input.labels);
  const social: SocialLink[] = [];
  for (const [i, row] of input.social.entries()) {
    const network = row.network.trim().toLowerCase();
    if (!network && !row.url.trim()) continue;
    if (!network) problems.add(`social.${i}.network`, 'required');
    else if (network.length > 30 || !NETWORK.test(network)) problems.add(`social.${i}.network`, 'network');
    const url = cleanUrl(problems, `social.${i}.url`, row.url, { required: true, httpsOnly: true });
    social.push({ network, url });
  }

  await db.transaction().execute(async (trx) => {
    const before = await findEdition(trx, code);
    if (!before) throw new DomainError('EDITION_NOT_FOUND');
    if (host && !problems.has('host') && (await trx.selectFrom('editions').select('code').where('host', '=', host).where('code', '!=', code).executeTakeFirst())) {
      problems.add('host', 'hostTaken');
    }
    problems.throwIfAny();
    const after = { name, flag, locale, timeZone, host: host || null, agencyName, agencyShort, datePatterns: patterns, socialLinks: social, labels };
    await trx
      .updateTable('editions')
      .set({
        name, flag, locale, time_zone: timeZone, host: host || null, agency_name: agencyName, agency_short: agencyShort,
        date_patterns: JSON.stringify(patterns), social_links: JSON.stringify(social), labels: JSON.stringify(labels),
      })
      .where('code', '=', code)
      .execute();
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    const summary = changed.map((k) => (typeof after[k] === 'object' && after[k] !== null ? k : `${k}: ${String(before[k] ?? '–')} → ${String(after[k] ?? '–')}`)).join('; ');
    await recordChange(trx, meta, { action: 'edition.update', objectType: 'edition', objectId: code, summary: summary || 'no change', visible: true });
  });
}
