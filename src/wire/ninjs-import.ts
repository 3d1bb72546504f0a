// Imports ninjs JSON Lines: each line parsed, validated against its version's schema, mapped, and written in batches.
// Bad lines are reported by number and skipped; the good ones of the same input are kept.
import type { Buffer } from 'node:buffer';
import type { Db } from '../db/database.ts';
import { listEditions } from '../db/repos/edition-repo.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import type { Edition } from '../domain/model.ts';
import { reindexArticles } from '../search/search-index.ts';
import { audit } from '../services/audit-service.ts';
import { readLines, type InputLine } from './import-lines.ts';
import { mapItem, type ImportArticle } from './import-map.ts';
import { createTermResolver, type TermResolver } from './import-terms.ts';
import { detectVersion, validateItem } from './import-validate.ts';
import { writeBatch, type BatchOutcome, type PendingItem } from './import-write.ts';

export interface ImportOptions {
  /** Edition code for items without a language; the default edition when not given. */
  defaultEdition?: string;
  /** Items per transaction. */
  batchSize?: number;
  /** A pending batch is written after this long even if it is not full (a slow standard input). */
  flushMs?: number;
  maxLineBytes?: number;
  /** Update the search index in each batch's transaction (default); off for bulk loads followed by `search reindex`. */
  search?: boolean;
  now?: () => number;
  onBadLine?: (line: number, reason: string) => void;
  onWarning?: (line: number, message: string) => void;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  lines: number;
  bytes: number;
  created: number;
  updated: number;
  unchanged: number;
  bad: number;
}

export interface ImportSummary extends ImportProgress {
  warnings: number;
  /** Rubrics, tags and authors that did not exist before. */
  termsCreated: { rubric: number; tag: number; author: number };
  seconds: number;
}

export const MAX_LINE_BYTES = 2 * 1024 * 1024;

/** The edition an item belongs to: its `edition` altid when that edition speaks its language, else its language, else the fallback. */
export function editionResolver(editions: Edition[], fallback: string): (a: Pick<ImportArticle, 'language' | 'edition'>) => string | { error: string } {
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

/** Parses, validates and maps one line; the pending item or the reason it is refused. */
export function prepareLine(line: { number: number; text: string }, editionOf: ReturnType<typeof editionResolver>): { pending: PendingItem; warnings: string[] } | { error: string } {
  const parsed = parseLine(line.text);
  if ('error' in parsed) return parsed;
  const version = detectVersion(parsed.item);
  const invalid = validateItem(parsed.item, version);
  if (invalid) return { error: `not valid ninjs ${version}: ${invalid}` };
  const mapped = mapItem(parsed.item, version);
  if ('error' in mapped) return mapped;
  const edition = editionOf(mapped.article);
  if (typeof edition !== 'string') return edition;
  return { pending: { line: line.number, edition, article: mapped.article }, warnings: mapped.warnings };
}

export async function importNinjs(db: Db, input: AsyncIterable<Buffer | string>, opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const now = opts.now ?? Date.now;
  const batchSize = opts.batchSize ?? 500;
  const flushMs = opts.flushMs ?? 250;
  const editions = await listEditions(db);
  if (editions.length === 0) throw new Error('The database has no editions: run "depesche migrate" and create the editions (or "depesche seed") first.');
  const fallback = opts.defaultEdition ?? editions.find((e) => e.isDefault)?.code ?? editions[0].code;
  if (!editions.some((e) => e.code === fallback)) throw new Error(`Unknown edition "${fallback}" (editions: ${editions.map((e) => e.code).join(', ')})`);
  const editionOf = editionResolver(editions, fallback);
  const terms = createTermResolver();
  const progress: ImportProgress = { lines: 0, bytes: 0, created: 0, updated: 0, unchanged: 0, bad: 0 };
  let warnings = 0;
  const bad = (line: number, reason: string) => {
    progress.bad++;
    opts.onBadLine?.(line, reason);
  };

  let pending: PendingItem[] = [];
  let pendingSince = 0;
  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    const items = pending;
    pending = [];
    const outcomes = await writeItems(db, items, terms, now(), opts.search ?? true, bad);
    for (const o of outcomes) {
      progress.created += o.created;
      progress.updated += o.updated;
      progress.unchanged += o.unchanged;
      for (const r of o.refused) bad(r.line, r.reason);
    }
    opts.onProgress?.({ ...progress });
  };

  const lines = readLines(input, opts.maxLineBytes ?? MAX_LINE_BYTES)[Symbol.asyncIterator]();
  let next = lines.next();
  for (;;) {
    let result: IteratorResult<InputLine> | 'timeout';
    if (pending.length) {
      // Items waiting on a slow input are written after flushMs, so that a server shows them within a second.
      let timer: NodeJS.Timeout | undefined;
      const wait = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, Math.max(0, pendingSince + flushMs - performance.now()), 'timeout')));
      result = await Promise.race([next, wait]);
      clearTimeout(timer);
      if (result === 'timeout') {
        await flush();
        continue;
      }
    } else {
      result = await next;
    }
    if (result.done) break;
    next = lines.next();
    const line = result.value;
    progress.lines++;
    progress.bytes = line.bytes;
    if ('error' in line) {
      bad(line.number, line.error);
      continue;
    }
    const prepared = prepareLine(line, editionOf);
    if ('error' in prepared) {
      bad(line.number, prepared.error);
      continue;
    }
    for (const w of prepared.warnings) {
      warnings++;
      opts.onWarning?.(line.number, w);
    }
    if (!pending.length) pendingSince = performance.now();
    pending.push(prepared.pending);
    if (pending.length >= batchSize) await flush();
  }
  await flush();

  const summary: ImportSummary = { ...progress, warnings, termsCreated: { ...terms.created }, seconds: (performance.now() - started) / 1000 };
  if (summary.created || summary.updated) {
    await audit(db, {
      userId: null, action: 'wire.import', objectType: 'import',
      summary: `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.bad} bad lines`,
    }, now());
  }
  return summary;
}

/**
 * One transaction per batch: articles, search entries and the content version together. Should the batch fail as a
 * whole (a database error), each item is tried alone, so that one item cannot cost the others.
 */
async function writeItems(db: Db, items: PendingItem[], terms: TermResolver, now: number, search: boolean, bad: (line: number, reason: string) => void): Promise<BatchOutcome[]> {
  const write = (batch: PendingItem[]) =>
    db.transaction().execute(async (trx) => {
      const outcome = await writeBatch(trx, batch, terms, now);
      if (search && outcome.reindex.length) await reindexArticles(trx, outcome.reindex);
      if (outcome.created || outcome.updated) await bumpContentVersion(trx);
      return outcome;
    });
  const createdBefore = { ...terms.created };
  try {
    return [await write(items)];
  } catch (err) {
    // What the rolled-back transaction created exists no more.
    terms.reset();
    Object.assign(terms.created, createdBefore);
    if (items.length === 1) {
      bad(items[0].line, `not stored: ${(err as Error).message}`);
      return [];
    }
  }
  const outcomes: BatchOutcome[] = [];
  for (const item of items) outcomes.push(...(await writeItems(db, [item], terms, now, search, bad)));
  return outcomes;
}
