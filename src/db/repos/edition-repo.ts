// Editions: the language versions of the site.
import type { Db } from '../database.ts';
import type { EditionTable } from '../tables.ts';
import type { Edition } from '../../domain/model.ts';
import { defaultDatePatterns } from '../../domain/dates.ts';

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function rowToEdition(row: EditionTable): Edition {
  return {
    code: row.code,
    locale: row.locale,
    timeZone: row.time_zone,
    name: row.name,
    flag: row.flag,
    host: row.host,
    isDefault: row.is_default === 1,
    position: row.position,
    agencyName: row.agency_name,
    agencyShort: row.agency_short,
    datePatterns: { ...defaultDatePatterns(row.code), ...parseJson(row.date_patterns, {}) },
    socialLinks: parseJson(row.social_links, []),
    labels: parseJson(row.labels, {}),
  };
}

export async function listEditions(db: Db): Promise<Edition[]> {
  const rows = await db.selectFrom('editions').selectAll().orderBy('position').orderBy('code').execute();
  return rows.map(rowToEdition);
}

export async function insertEdition(db: Db, edition: Edition): Promise<void> {
  await db
    .insertInto('editions')
    .values({
      code: edition.code,
      locale: edition.locale,
      time_zone: edition.timeZone,
      name: edition.name,
      flag: edition.flag,
      host: edition.host,
      is_default: edition.isDefault ? 1 : 0,
      position: edition.position,
      agency_name: edition.agencyName,
      agency_short: edition.agencyShort,
      date_patterns: JSON.stringify(edition.datePatterns),
      social_links: JSON.stringify(edition.socialLinks),
      labels: JSON.stringify(edition.labels),
    })
    .execute();
}
