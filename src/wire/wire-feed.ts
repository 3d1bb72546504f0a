// The wire feed as a change feed: the articles a client may see, ascending by the moment each last changed for it.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.ts';
import type { WireClient } from './wire-clients.ts';

/**
 * An item enters the feed this long after it changed: a save that committed a little after its timestamp (or on a
 * node whose clock is a little behind) still lands ahead of every cursor already handed out.
 */
export const SETTLE_MS = 3000;

/** A place in one client's feed: the change time and id of the last item it has seen. */
export interface FeedPosition {
  at: number;
  id: number;
}

const CURSOR_VERSION = 'w1';

/** Past every article id (the column is a 32-bit integer on PostgreSQL): a position after all items of its moment. */
export const AFTER_ALL_IDS = 2_147_483_647;

export function encodeFeedCursor(p: FeedPosition): string {
  return Buffer.from(`${CURSOR_VERSION}.${p.at}.${p.id}`).toString('base64url');
}

/** The position, or null for anything this server did not write. */
export function decodeFeedCursor(text: string): FeedPosition | null {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(text)) return null;
  const m = /^w1\.(\d{1,16})\.(\d{1,10})$/.exec(Buffer.from(text, 'base64url').toString('latin1'));
  if (!m) return null;
  const p = { at: Number(m[1]), id: Number(m[2]) };
  if (!Number.isSafeInteger(p.at) || p.id > AFTER_ALL_IDS) return null;
  return encodeFeedCursor(p) === text ? p : null;
}

export interface FeedQuery {
  client: WireClient;
  now: number;
  after: FeedPosition;
  /** Within the client's editions; undefined for all of them. */
  editions?: string[];
  rubricId?: number;
  /** Only items at least this urgent (1 flash … 9 routine). */
  maxUrgency?: number;
  limit: number;
}

export interface FeedPage {
  entries: { articleId: number; at: number; status: string }[];
  /** Where the next request continues: past the last entry, or past everything settled when the page is not full. */
  next: FeedPosition;
}

/**
 * When an article last changed for a client: its last save, or its publication, or (for a client without embargo
 * access) the end of its embargo, whichever came last. CASE rather than greatest()/max(): both dialects read it.
 */
function changedAt(embargoAccess: boolean): RawBuilder<number> {
  const saved = sql`(case when a.published_at > a.updated_at then a.published_at else a.updated_at end)`;
  if (embargoAccess) return sql<number>`${saved}`;
  return sql<number>`(case when a.embargo_until is not null and a.embargo_until > ${saved} then a.embargo_until else ${saved} end)`;
}

/**
 * Published articles once the client may see them, and withdrawn ones that it could see before they were
 * withdrawn (a story withdrawn while still under embargo never reaches a client without embargo access).
 */
function visibleToClient(embargoAccess: boolean): RawBuilder<boolean> {
  if (embargoAccess) {
    return sql<boolean>`(a.published_at is not null and (a.status = 'published' or (a.status = 'withdrawn' and a.withdrawn_at is not null and a.published_at <= a.withdrawn_at)))`;
  }
  return sql<boolean>`(a.published_at is not null and (a.status = 'published' or (a.status = 'withdrawn' and a.withdrawn_at is not null and a.published_at <= a.withdrawn_at and (a.embargo_until is null or a.embargo_until <= a.withdrawn_at))))`;
}

export async function readFeed(db: Db, q: FeedQuery): Promise<FeedPage> {
  const editions = q.editions ?? q.client.editions;
  const bound = q.now - SETTLE_MS;
  if (editions.length === 0 || (bound <= q.after.at && q.after.id === AFTER_ALL_IDS)) return { entries: [], next: q.after };
  const at = changedAt(q.client.embargoAccess);
  let query = db
    .selectFrom('articles as a')
    .select(['a.id', 'a.status', at.as('changed_at')])
    .where('a.status', 'in', ['published', 'withdrawn'])
    .where('a.edition', 'in', editions)
    .where(visibleToClient(q.client.embargoAccess))
    // The change time is at least each of these, so one of them passes the cursor: lets the planner use their indexes.
    .where((eb) => eb.or([eb('a.updated_at', '>=', q.after.at), eb('a.published_at', '>=', q.after.at), eb('a.embargo_until', '>=', q.after.at)]))
    .where(sql<boolean>`(${at} > ${q.after.at} or (${at} = ${q.after.at} and a.id > ${q.after.id}))`)
    .where(sql<boolean>`${at} <= ${bound}`);
  if (q.rubricId !== undefined) query = query.where('a.rubric_id', '=', q.rubricId);
  else if (q.client.rubricIds.length) query = query.where('a.rubric_id', 'in', q.client.rubricIds);
  if (q.maxUrgency !== undefined) query = query.where('a.urgency', '<=', q.maxUrgency);
  const rows = await query.orderBy(sql`changed_at`).orderBy('a.id').limit(q.limit).execute();
  const entries = rows.map((r) => ({ articleId: r.id, at: Number(r.changed_at), status: r.status }));
  const last = entries.at(-1);
  // A short page means nothing else has settled up to the bound: the next request may start there.
  const next = entries.length < q.limit ? { at: bound, id: AFTER_ALL_IDS } : { at: last!.at, id: last!.articleId };
  if (next.at < q.after.at || (next.at === q.after.at && next.id < q.after.id)) return { entries, next: q.after };
  return { entries, next };
}
