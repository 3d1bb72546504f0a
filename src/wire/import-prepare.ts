// One input line → the item to write, or why the line is refused: parsed, validated against its ninjs schema, mapped.
// Pure and self-contained, so that worker threads can run it while the main thread writes.
import type { Edition } from '../domain/model.ts';
import { languageOf } from '../search/normalize.ts';
import { analyzeFields, isIndexedStatus, newVocabularyScope } from '../search/search-document.ts';
import { sanitizedBodyText } from './import-clean-body.ts';
import type { InputLine } from './import-lines.ts';
import { isRelativeHref, mapItem, type ImportArticle } from './import-map.ts';
import { detectVersion, validateItem } from './import-validate.ts';
import type { PendingItem } from './import-write.ts';

/** What placing an item in an edition needs to know of the editions. */
export type EditionRef = Pick<Edition, 'code' | 'locale' | 'isDefault' | 'position'>;

/**
 * How items are analysed for the search index as they are prepared: each edition's language, and per edition the
 * scope in which a word worth suggesting is listed once (by the first indexed item that has it). One per import and
 * thread: the writing thread stores every word listed, whatever becomes of the item that listed it.
 */
export interface SearchAnalysis {
  languages: Map<string, string>;
  scopes: Map<string, number>;
}

export function searchAnalysis(editions: EditionRef[]): SearchAnalysis {
  return { languages: new Map(editions.map((e) => [e.code, languageOf(e.locale)])), scopes: new Map(editions.map((e) => [e.code, newVocabularyScope()])) };
}

/** A line's outcome, in input order; `bytes` is the running count of input bytes read, for progress. */
export type PreparedLine =
  | { line: number; bytes: number; pending: PendingItem; warnings: string[] }
  | { line: number; bytes: number; error: string };

/** The edition an item belongs to: its `edition` altid when that edition speaks its language, else its language, else the fallback. */
export function editionResolver(editions: EditionRef[], fallback: string): (a: Pick<ImportArticle, 'language' | 'edition'>) => string | { error: string } {
  const ordered = [...editions].sort((x, y) => Number(y.isDefault) - Number(x.isDefault) || x.position - y.position);
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const cache = new Map<string, string | { error: string }>();
  const byLanguage = (language: string): string | { error: string } => {
    let hit = cache.get(language);
    if (hit) return hit;
    const lang = language.toLowerCase().replace(/_/g, '-');
    const found =
      ordered.find((e) => e.locale.toLowerCase() === lang) ??
      ordered.find((e) => e.code.toLowerCase() === lang) ??
      ordered.find((e) => primary(e.locale) === primary(lang) || e.code.toLowerCase() === primary(lang));
    hit = found ? found.code : { error: `no edition for language "${language}" (editions: ${editions.map((e) => `${e.code} ${e.locale}`).join(', ')})` };
    cache.set(language, hit);
    return hit;
  };
  return (a) => {
    if (a.edition && editions.some((e) => e.code === a.edition)) {
      const own = editions.find((e) => e.code === a.edition)!;
      if (!a.language || primary(a.language) === primary(own.locale) || primary(a.language) === own.code) return own.code;
    }
    return a.language ? byLanguage(a.language) : fallback;
  };
}

function parseLine(text: string): { item: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `not a ninjs item: a JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}, where an object was expected` };
  }
  return { item: value as Record<string, unknown> };
}

/**
 * ninjs says a rendition's href is a URI; an export with --media names its image files by relative path, beside the
 * file. For validation only, such hrefs of associations stand in as URIs; the item itself is mapped as it is.
 */
function withRelativeHrefsAsUris(item: Record<string, unknown>): Record<string, unknown> {
  const associations = item.associations;
  if (!Array.isArray(associations)) return item;
  const relative = (r: unknown) => !!r && typeof (r as { href?: unknown }).href === 'string' && (r as { href: string }).href.trim() !== '' && isRelativeHref((r as { href: string }).href);
  const hasRelative = (a: unknown) => !!a && Array.isArray((a as { renditions?: unknown }).renditions) && ((a as { renditions: unknown[] }).renditions).some(relative);
  if (!associations.some(hasRelative)) return item;
  return {
    ...item,
    associations: associations.map((a) => hasRelative(a)
      ? { ...a, renditions: (a.renditions as unknown[]).map((r) => (relative(r) ? { ...(r as object), href: `urn:relative:${encodeURIComponent((r as { href: string }).href)}` } : r)) }
      : a),
  };
}

/**
 * Parses, validates and maps one line; the pending item or the reason it is refused. Given the editions' languages, the
 * item's own text is analysed for the search index too (its tags are added once they are resolved, when writing).
 */
export function prepareLine(line: { number: number; text: string }, editionOf: ReturnType<typeof editionResolver>, search?: SearchAnalysis): { pending: PendingItem; warnings: string[] } | { error: string } {
  const parsed = parseLine(line.text);
  if ('error' in parsed) return parsed;
  const version = detectVersion(parsed.item);
  const invalid = validateItem(withRelativeHrefsAsUris(parsed.item), version);
  if (invalid) return { error: `not valid ninjs ${version}: ${invalid}` };
  const mapped = mapItem(parsed.item, version);
  if ('error' in mapped) return mapped;
  const edition = editionOf(mapped.article);
  if (typeof edition !== 'string') return edition;
  const pending: PendingItem = { line: line.number, edition, article: mapped.article };
  const language = search?.languages.get(edition);
  if (language !== undefined) {
    // An item that is not to be found lists its words for itself alone (and the writer drops them).
    const scope = isIndexedStatus(mapped.article.status) ? search!.scopes.get(edition) : undefined;
    pending.search = { language, fields: analyzeFields(mapped.article, language, sanitizedBodyText(mapped.article.body), scope) };
  }
  return { pending, warnings: mapped.warnings };
}

/** Prepares the lines of one input chunk; lines the reader refused (too long, not UTF-8) keep their place and reason. */
export function prepareLines(lines: readonly InputLine[], editionOf: ReturnType<typeof editionResolver>, search?: SearchAnalysis): PreparedLine[] {
  return lines.map((l): PreparedLine => {
    if ('error' in l) return { line: l.number, bytes: l.bytes, error: l.error };
    const prepared = prepareLine(l, editionOf, search);
    return 'error' in prepared ? { line: l.number, bytes: l.bytes, error: prepared.error } : { line: l.number, bytes: l.bytes, ...prepared };
  });
}
