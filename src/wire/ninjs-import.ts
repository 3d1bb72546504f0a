// Imports ninjs JSON Lines: each line parsed, validated against its version's schema and mapped (on worker threads for
// big inputs), then written in batches on this thread. Bad lines are reported by number, in input order, and skipped;
// the good ones of the same input are kept.
import type { Buffer } from 'node:buffer';
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { listEditions } from '../db/repos/edition-repo.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import { dialectOf } from '../search/search-entries.ts';
import { audit } from '../services/audit-service.ts';
import { readLineBatches } from './import-lines.ts';
import type { PreparedLine } from './import-prepare.ts';
import { createMediaImporter } from './import-media.ts';
import { createTermResolver, type TermResolver } from './import-terms.ts';
import { createImportSearchState, listedVocabulary, writeImportedEntries, type ImportSearchState } from './import-search.ts';
import { prepareInOrder } from './import-workers.ts';
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
  /**
   * Worker threads that parse, validate and map lines while this thread writes (default: one per core but one, at
   * least one, at most two); 0 does everything here. They start only once an input has more than `workersAfter`
   * lines (default 1000), so that small imports do not wait for them.
   */
  workers?: number;
  workersAfter?: number;
  now?: () => number;
  /**
   * The input file's directory: picture renditions at a relative path (as `depesche export --media` writes them) are
   * read from there and become lead images. Null or absent (standard input): such pictures are warned about and skipped.
   */
  baseDir?: string | null;
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

// SQLite copies its write-ahead log into the database file once the log holds this many pages (SQLite's own default
// is 1,000, 4 MB). An import writes about 4 MB per batch: at the default nearly every commit copied the pages back
// and synced the file, rewriting the pages that every batch touches (the index's segments, the tables' last leaves)
// once per batch: measured, commits took 87 instead of about 50 ms per batch of 500. 64 MB keeps the log bounded.
const IMPORT_CHECKPOINT_PAGES = 16384;

/** Runs `fn` with the connection's checkpoints spaced for an import (SQLite), and restores the setting after. */
async function withImportCheckpoints<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== 'sqlite') return fn();
  const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
  const before = rows[0]?.wal_autocheckpoint ?? 1000;
  await sql.raw(`pragma wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`).execute(db);
  try {
    return await fn();
  } finally {
    await sql.raw(`pragma wal_autocheckpoint = ${Number(before)}`).execute(db);
  }
}

export async function importNinjs(db: Db, input: AsyncIterable<Buffer | string>, opts: ImportOptions = {}): Promise<ImportSummary> {
  return withImportCheckpoints(db, () => importLines(db, input, opts));
}

async function importLines(db: Db, input: AsyncIterable<Buffer | string>, opts: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const now = opts.now ?? Date.now;
  const batchSize = opts.batchSize ?? 500;
  const flushMs = opts.flushMs ?? 250;
  const editions = await listEditions(db);
  if (editions.length === 0) throw new Error('The database has no editions: run "depesche migrate" and create the editions (or "depesche seed") first.');
  const fallback = opts.defaultEdition ?? editions.find((e) => e.isDefault)?.code ?? editions[0].code;
  if (!editions.some((e) => e.code === fallback)) throw new Error(`Unknown edition "${fallback}" (editions: ${editions.map((e) => e.code).join(', ')})`);
  const search = opts.search ?? true;
  const setup = { editions: editions.map(({ code, locale, isDefault, position }) => ({ code, locale, isDefault, position })), fallback, search };
  const searchState = search ? createImportSearchState() : null;
  const workers = opts.workers ?? Math.min(2, Math.max(1, availableParallelism() - 1));
  const terms = createTermResolver();
  const progress: ImportProgress = { lines: 0, bytes: 0, created: 0, updated: 0, unchanged: 0, bad: 0 };
  let warnings = 0;
  const media = createMediaImporter(opts.baseDir ?? null, (line, message) => {
    warnings++;
    opts.onWarning?.(line, message);
  });
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
    // Images are stored before the batch's transaction: re-encoding takes a while, and ingestImage commits its own.
    await media.attach(db, items);
    const outcomes = await writeItems(db, items, terms, now(), searchState, bad);
    for (const o of outcomes) {
      progress.created += o.created;
      progress.updated += o.updated;
      progress.unchanged += o.unchanged;
      for (const r of o.refused) bad(r.line, r.reason);
    }
    opts.onProgress?.({ ...progress });
  };

  const prepared = prepareInOrder(readLineBatches(input, opts.maxLineBytes ?? MAX_LINE_BYTES), setup, { workers, workersAfter: opts.workersAfter ?? 1000 })[Symbol.asyncIterator]();
  const take = async (line: PreparedLine): Promise<void> => {
    progress.lines++;
    progress.bytes = line.bytes;
    if ('error' in line) {
      bad(line.line, line.error);
      return;
    }
    for (const w of line.warnings) {
      warnings++;
      opts.onWarning?.(line.line, w);
    }
    if (!pending.length) pendingSince = performance.now();
    pending.push(line.pending);
    if (pending.length >= batchSize) await flush();
  };
  try {
    // The next chunk is asked for before this one is written, so that preparing it overlaps the writing.
    let next = prepared.next();
    for (;;) {
      let result: IteratorResult<PreparedLine[]> | 'timeout';
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
      next = prepared.next();
      next.catch(() => {}); // taken up at the next turn, unless writing fails first
      for (const line of result.value) await take(line);
      // Writing a batch holds this thread for a while: a turn of the event loop lets the pump read input and hand it
      // to the workers, and their results arrive, before the next chunk is taken.
      await setImmediate();
    }
    await flush();
  } finally {
    // Stops the workers should writing have failed midway.
    await prepared.return(undefined);
  }

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
async function writeItems(db: Db, items: PendingItem[], terms: TermResolver, now: number, search: ImportSearchState | null, bad: (line: number, reason: string) => void): Promise<BatchOutcome[]> {
  const listed = search ? listedVocabulary(items) : [];
  const write = () =>
    db.transaction().execute(async (trx) => {
      const outcome = await writeBatch(trx, items, terms, now);
      if (search && (outcome.index.size || listed.length || search.unwritten.length)) await writeImportedEntries(trx, outcome.index, search, listed);
      if (outcome.created || outcome.updated) await bumpContentVersion(trx);
      return outcome;
    });
  const createdBefore = { ...terms.created };
  try {
    const outcome = await write();
    if (search) search.unwritten = [];
    return [outcome];
  } catch (err) {
    // What the rolled-back transaction created exists no more.
    terms.reset();
    Object.assign(terms.created, createdBefore);
    search?.knownWords.clear();
    if (items.length === 1) {
      bad(items[0].line, `not stored: ${(err as Error).message}`);
      search?.unwritten.push(...listed);
      return [];
    }
  }
  const outcomes: BatchOutcome[] = [];
  for (const item of items) outcomes.push(...(await writeItems(db, [item], terms, now, search, bad)));
  return outcomes;
}
