// The newsroom's story list: its filters, its pages (a cursor seeking into the timeline of changes), and the search
// for words in headlines and leads.
import { setImmediate } from 'node:timers/promises';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../db/database.ts';

export interface StoryListFilter {
  edition?: string;
  rubricId?: number;
  status?: string;
  authorId?: number;
  /** Last changed at or after (ms). */
  from?: number;
  /** Last changed before (ms). */
  to?: number;
}

/** A story's place in the list, newest change first: its last change (ms), then its id for the ties. */
export interface StoryPosition {
  updatedAt: number;
  id: number;
}

/** Where a page starts: the stories just older than a position, or those just newer. */
export interface StoryCursor {
  toward: 'older' | 'newer';
  at: StoryPosition;
}

/** Rows read per slice of a text search: 5–10 ms of SQLite's time (more where the rows are not in memory yet). */
const SLICE = 1000;

/** `<updated_at>.<id>`, as the list's links carry a position. */
export function formatStoryPosition(p: StoryPosition): string {
  return `${p.updatedAt}.${p.id}`;
}

/** A position from a link, or null for anything but two plain whole numbers that fit the columns. */
export function parseStoryPosition(value: string): StoryPosition | null {
  const m = /^(\d{1,15})\.([1-9]\d{0,9})$/.exec(value);
  if (!m) return null;
  const id = Number(m[2]);
  return id <= 2_147_483_647 ? { updatedAt: Number(m[1]), id } : null;
}

function isBefore(a: StoryPosition, b: StoryPosition): boolean {
  return a.updatedAt < b.updatedAt || (a.updatedAt === b.updatedAt && a.id < b.id);
}

/** The filter's conditions on a query that reads articles as "a" (the end of `to` is for the caller to bound). */
export function whereStoryFilter<QB extends SelectQueryBuilder<any, any, any>>(qb: QB, f: StoryListFilter): QB {
  let out: SelectQueryBuilder<any, any, any> = qb;
  if (f.edition !== undefined) out = out.where('a.edition', '=', f.edition);
  if (f.rubricId !== undefined) out = out.where('a.rubric_id', '=', f.rubricId);
  if (f.status !== undefined) out = out.where('a.status', '=', f.status);
  if (f.authorId !== undefined) out = out.where('a.created_by', '=', f.authorId);
  if (f.from !== undefined) out = out.where('a.updated_at', '>=', f.from);
  return out as QB;
}

/**
 * The filter, the page's start and its order on a query that reads articles as "a": towards older stories newest
 * first, towards newer ones oldest first (the caller turns those round), without a cursor the list's top. The seek
 * is a row value on (updated_at, id), which SQLite and PostgreSQL read as a range of the timeline indexes
 * (articles_updated, articles_status_updated, articles_author_status_updated), so a page deep in the archive costs
 * what the first does, where OFFSET counted every row above it.
 */
export function seekStories<QB extends SelectQueryBuilder<any, any, any>>(qb: QB, f: StoryListFilter, cursor: StoryCursor | null): QB {
  // One bound on the side the page starts from, the nearer of the cursor and the filter's date on that side: given
  // two, SQLite may start at the other one and read every row up to the cursor, all the cost OFFSET had.
  if (cursor?.toward === 'newer') {
    let out: SelectQueryBuilder<any, any, any> = whereStoryFilter(qb, { ...f, from: undefined });
    const { updatedAt, id } = cursor.at;
    out = f.from !== undefined && updatedAt < f.from
      ? out.where('a.updated_at', '>=', f.from)
      : out.where((eb) => eb(eb.refTuple('a.updated_at', 'a.id'), '>', eb.tuple(updatedAt, id)));
    if (f.to !== undefined) out = out.where('a.updated_at', '<', f.to);
    return out.orderBy('a.updated_at', 'asc').orderBy('a.id', 'asc') as QB;
  }
  let out: SelectQueryBuilder<any, any, any> = whereStoryFilter(qb, f);
  const end = f.to === undefined ? null : { updatedAt: f.to, id: 0 };
  const bound = cursor && (!end || isBefore(cursor.at, end)) ? cursor.at : end;
  if (bound) {
    const { updatedAt, id } = bound;
    out = out.where((eb) => eb(eb.refTuple('a.updated_at', 'a.id'), '<', eb.tuple(updatedAt, id)));
  }
  return out.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc') as QB;
}

/**
 * The ids of the stories the filter admits whose headline or lead contains `text` (case folded), from the cursor on
 * in its direction (newest first without one), `skip` of them passed over and at most `take` returned. A substring
 * cannot be looked up in an index, so the stories are read in slices, each seeking past the last, and other requests
 * are served between slices: on SQLite a query holds the whole process, and one search for a word no story has,
 * over a million stories, stopped the reader site for seconds.
 */
export async function findStoriesByText(
  db: Db, f: StoryListFilter, text: string, page: { cursor?: StoryCursor | null; skip?: number; take: number }, slice = SLICE,
): Promise<number[]> {
  const like = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const hit = sql<number>`case when lower(a.headline) like ${like} escape '\\' or lower(a.lead) like ${like} escape '\\' then 1 else 0 end`;
  const skip = page.skip ?? 0;
  const toward = page.cursor?.toward ?? 'older';
  const found: number[] = [];
  let cursor = page.cursor ?? null;
  for (;;) {
    const rows = await seekStories(db.selectFrom('articles as a'), f, cursor)
      .select(['a.id', 'a.updated_at', hit.as('hit')])
      .limit(slice)
      .execute();
    for (const r of rows) if (Number(r.hit) === 1) found.push(r.id);
    if (found.length >= skip + page.take || rows.length < slice) break;
    const last = rows[rows.length - 1];
    cursor = { toward, at: { updatedAt: Number(last.updated_at), id: last.id } };
    await setImmediate();
  }
  return found.slice(skip, skip + page.take);
}
