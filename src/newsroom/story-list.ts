// The newsroom's story list: its filters, and the search for words in headlines and leads.
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

/** Rows read per slice of a text search: 5–10 ms of SQLite's time (more where the rows are not in memory yet). */
const SLICE = 1000;

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
 * The ids of the stories the filter admits whose headline or lead contains `text` (case folded), newest change
 * first, `skip` of them passed over and at most `take` returned. A substring cannot be looked up in an index, so the
 * stories are read newest first in slices, and other requests are served between slices: on SQLite a query holds
 * the whole process, and one search for a word no story has, over a million stories, stopped the reader site for
 * seconds.
 */
export async function findStoriesByText(db: Db, f: StoryListFilter, text: string, skip: number, take: number, slice = SLICE): Promise<number[]> {
  const like = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const hit = sql<number>`case when lower(a.headline) like ${like} escape '\\' or lower(a.lead) like ${like} escape '\\' then 1 else 0 end`;
  const found: number[] = [];
  // One upper bound, the slice's start, also standing for the filter's end: given two, SQLite may read from the
  // other one down to where the slice starts, every slice again.
  let before = { updatedAt: f.to ?? Number.MAX_SAFE_INTEGER, id: 0 };
  for (;;) {
    const { updatedAt, id } = before;
    const rows = await whereStoryFilter(db.selectFrom('articles as a'), f)
      .select(['a.id', 'a.updated_at', hit.as('hit')])
      .where((eb) => eb(eb.refTuple('a.updated_at', 'a.id'), '<', eb.tuple(updatedAt, id)))
      .orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc')
      .limit(slice)
      .execute();
    for (const r of rows) if (Number(r.hit) === 1) found.push(r.id);
    if (found.length >= skip + take || rows.length < slice) break;
    const last = rows[rows.length - 1];
    before = { updatedAt: last.updated_at, id: last.id };
    await setImmediate();
  }
  return found.slice(skip, skip + take);
}
