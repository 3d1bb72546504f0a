// One pass of webhook delivery: lease the due deliveries, check each still applies, build its ninjs item, POST it
// signed, and record the answer: delivered on 2xx, otherwise retried later with backoff until it is given up.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { articleUri, ninjsItems } from '../wire/ninjs.ts';
import { wireNamespace } from '../wire/wire-namespace.ts';
import { entitles, loadWireClients, type WireClient } from '../wire/wire-clients.ts';
import { signWebhook } from './webhook-signature.ts';
import { recordAttempt, type Attempt } from './webhook-attempts.ts';
import { webhookDb } from './webhook-queue.ts';
import type { WireEventKind } from './webhook-tables.ts';

/** Waits after the 1st, 2nd… failed attempt (±20 % jitter, so receivers coming back are not hit all at once). */
export const BACKOFF_MS = [30_000, 120_000, 600_000, 3_600_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000];
export const MAX_ATTEMPTS = 10;
/** Given up this long after the first attempt, whatever the count. */
export const MAX_AGE_MS = 48 * 3_600_000;
/** Added to the time a pass may take: a lease still held after it belongs to a worker that died, and runs out. */
export const LEASE_MARGIN_MS = 30_000;

export interface WebhookLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface DeliverOptions {
  publicUrl: string;
  now?: number;
  fetch?: typeof fetch;
  /** Most deliveries leased in one pass. */
  limit?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
  logger?: WebhookLogger;
  /** 0…1, for the jitter; tests pass a constant. */
  random?: () => number;
}

export type DeliveryResult = 'delivered' | 'retry' | 'failed' | 'dropped' | 'deferred';

export interface DeliveryOutcome {
  id: number;
  clientId: number;
  articleId: number;
  event: WireEventKind;
  result: DeliveryResult;
  status?: number;
  reason?: string;
}

interface Leased {
  id: number;
  clientId: number;
  articleId: number;
  event: WireEventKind;
  occurredAt: number;
  attempts: number;
  firstAttemptAt: number | null;
}

interface ArticleState {
  id: number;
  uri: string | null;
  edition: string;
  rubric_id: number | null;
  status: string;
  embargo_until: number | null;
  withdrawn_at: number | null;
  version: number;
}

/**
 * The pass decides (schedule, give-up age) at its start, `now`; an attempt's own time is `now` plus the time the pass
 * has run, so it is exact with the wall clock and still follows a clock a test sets.
 */
interface PassClock {
  now: number;
  current(): number;
}

function passClock(now: number): PassClock {
  const started = performance.now();
  return { now, current: () => now + Math.round(performance.now() - started) };
}

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1];
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Delivers what is due now; safe to run in several processes at once (each delivery is leased by one). */
export async function deliverDueWebhooks(db: Db, o: DeliverOptions): Promise<DeliveryOutcome[]> {
  const now = o.now ?? Date.now();
  const pass = passClock(now);
  const limit = o.limit ?? 20;
  const concurrency = Math.max(1, o.concurrency ?? 4);
  // The last of the batch may wait for every round before it: its lease must outlast them all, or another worker sends it too.
  const leaseMs = Math.ceil(limit / concurrency) * (o.timeoutMs ?? 10_000) + LEASE_MARGIN_MS;
  const leased = await leaseDue(db, now, limit, leaseMs);
  if (!leased.rows.length) return [];
  const token = leased.token;
  const clients = new Map((await loadWireClients(db)).map((c) => [c.id, c]));
  const articleIds = [...new Set(leased.rows.map((d) => d.articleId))];
  const articles = new Map((await db.selectFrom('articles').select(['id', 'uri', 'edition', 'rubric_id', 'status', 'embargo_until', 'withdrawn_at', 'version']).where('id', 'in', articleIds).execute()).map((a) => [a.id, a as ArticleState]));
  const outcomes: DeliveryOutcome[] = [];
  const toSend: { d: Leased; client: WireClient; article: ArticleState }[] = [];

  for (const d of leased.rows) {
    const client = clients.get(d.clientId);
    const article = articles.get(d.articleId);
    const base = { id: d.id, clientId: d.clientId, articleId: d.articleId, event: d.event };
    const verdict = client && article ? await stillApplies(db, d, client, article, now) : { drop: client ? 'article deleted' : 'client deleted' };
    if (verdict === 'send') {
      toSend.push({ d, client: client!, article: article! });
    } else if ('drop' in verdict) {
      await finish(db, d, token, now, { status: 'dropped', last_error: verdict.drop });
      o.logger?.info({ delivery: d.id, client: d.clientId, article: d.articleId, reason: verdict.drop }, 'webhook delivery dropped');
      outcomes.push({ ...base, result: 'dropped', reason: verdict.drop });
    } else {
      await finish(db, d, token, now, { next_attempt_at: verdict.deferUntil });
      outcomes.push({ ...base, result: 'deferred' });
    }
  }

  const namespace = await wireNamespace(db, o.publicUrl);
  const items = new Map<number, Record<string, unknown>>();
  const wanted = [...new Set(toSend.map((s) => s.article.id))];
  if (wanted.length) {
    for (const { articleId, item } of await ninjsItems(db, wanted, { version: '2.2', publicUrl: o.publicUrl, now })) items.set(articleId, item as Record<string, unknown>);
  }

  const queue = [...toSend];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { d, client, article } = next;
      try {
        outcomes.push(await sendOne(db, o, pass, token, d, client, itemFor(d.event, article, items.get(article.id), namespace, now)));
      } catch (err) {
        // A database error while recording: the lease runs out and the delivery is tried again.
        o.logger?.warn({ err, delivery: d.id }, 'webhook delivery could not be recorded');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return outcomes;
}

/** Checked when a delivery is due, not only when it was queued: the client or the article may have changed since. */
async function stillApplies(db: Db, d: Leased, client: WireClient, article: ArticleState, now: number): Promise<'send' | { drop: string } | { deferUntil: number }> {
  if (client.disabled) return { drop: 'client disabled' };
  if (!client.webhookUrl) return { drop: 'client has no webhook' };
  if (!entitles(client, { edition: article.edition, rubricId: article.rubric_id })) return { drop: 'client not entitled to the edition or rubric' };
  if (d.event === 'withdraw') return (await receivedBefore(db, d)) ? 'send' : { drop: 'client never received the item' };
  if (article.status !== 'published') return { drop: `article is ${article.status}` };
  // Not before the embargo ends (it may have moved since the event); waiting does not count as an attempt.
  if (!client.embargoAccess && article.embargo_until !== null && article.embargo_until > now) return { deferUntil: article.embargo_until };
  return 'send';
}

async function leaseDue(db: Db, now: number, limit: number, leaseMs: number): Promise<{ token: string; rows: Leased[] }> {
  const w = webhookDb(db);
  const due = await w
    .selectFrom('webhook_deliveries as d')
    .select('d.id')
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('d.lease_until', 'is', null), eb('d.lease_until', '<=', now)]))
    // An update never overtakes the publish before it: only the oldest open delivery of an article to a client is due.
    .where(({ not, exists, selectFrom }) => not(exists(
      selectFrom('webhook_deliveries as e').select('e.id')
        .whereRef('e.client_id', '=', 'd.client_id').whereRef('e.article_id', '=', 'd.article_id').whereRef('e.id', '<', 'd.id')
        .where('e.status', '=', 'pending'),
    )))
    .orderBy('d.next_attempt_at').orderBy('d.id')
    .limit(limit)
    .execute();
  const token = randomBytes(12).toString('hex');
  if (!due.length) return { token, rows: [] };
  // The condition is checked again under the row lock: of two workers leasing the same row, one gets it.
  const claimed = await w
    .updateTable('webhook_deliveries')
    .set({ lease_until: now + leaseMs, lease_token: token })
    .where('id', 'in', due.map((r) => r.id))
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .returning('id')
    .execute();
  if (!claimed.length) return { token, rows: [] };
  const rows = await w
    .selectFrom('webhook_deliveries as d')
    .innerJoin('wire_events as e', 'e.id', 'd.event_id')
    .select(['d.id', 'd.client_id', 'd.article_id', 'd.attempts', 'd.first_attempt_at', 'e.kind', 'e.occurred_at'])
    .where('d.id', 'in', claimed.map((r) => r.id))
    .where('d.lease_token', '=', token)
    .orderBy('d.id')
    .execute();
  return {
    token,
    rows: rows.map((r) => ({
      id: r.id, clientId: r.client_id, articleId: r.article_id, event: r.kind, occurredAt: r.occurred_at, attempts: r.attempts, firstAttemptAt: r.first_attempt_at,
    })),
  };
}

async function finish(db: Db, d: Leased, token: string, now: number, set: Record<string, string | number | null>, attempt?: Attempt): Promise<void> {
  const update = (trx: Db) => webhookDb(trx)
    .updateTable('webhook_deliveries')
    .set({ ...set, lease_until: null, lease_token: null, updated_at: now })
    .where('id', '=', d.id)
    .where('lease_token', '=', token)
    .executeTakeFirst();
  if (!attempt) {
    await update(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    // Recorded only while the lease is ours, as the new status and count are: the log never shows an attempt they lack.
    if (Number((await update(trx)).numUpdatedRows) === 1) await recordAttempt(trx, d.id, attempt);
  });
}

/** A withdrawal is news only to a client that got the item. */
async function receivedBefore(db: Db, d: Leased): Promise<boolean> {
  const row = await webhookDb(db)
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('client_id', '=', d.clientId).where('article_id', '=', d.articleId).where('id', '<', d.id).where('status', '=', 'delivered')
    .executeTakeFirst();
  return row !== undefined;
}

/** A withdrawal carries the item's identity and pubstatus "canceled", not its text again. */
function itemFor(event: WireEventKind, article: ArticleState, built: Record<string, unknown> | undefined, namespace: string, now: number): Record<string, unknown> | undefined {
  // Built for any status; an embargoed article's item carries `embargoed`.
  if (event !== 'withdraw') return built;
  const item: Record<string, unknown> = { uri: articleUri(namespace, { id: article.id, uri: article.uri }) };
  for (const key of ['type', 'version', 'language', 'firstcreated', 'headlines', 'slugline']) if (built?.[key] !== undefined) item[key] = built[key];
  item.pubstatus = 'canceled';
  item.versioncreated = new Date(article.withdrawn_at ?? now).toISOString();
  return item;
}

async function sendOne(db: Db, o: DeliverOptions, pass: PassClock, token: string, d: Leased, client: WireClient, item: Record<string, unknown> | undefined): Promise<DeliveryOutcome> {
  const base = { id: d.id, clientId: d.clientId, articleId: d.articleId, event: d.event };
  const now = pass.now;
  const attemptedAt = pass.current();
  let status: number | null = null;
  let error: string;
  let durationMs = 0;
  if (!item) {
    error = 'the item could not be built';
  } else {
    const body = JSON.stringify({ event: d.event, deliveryId: d.id, occurredAt: new Date(d.occurredAt).toISOString(), item });
    const started = performance.now();
    const answer = await postSigned(client, { event: d.event, deliveryId: String(d.id), body }, o);
    durationMs = performance.now() - started;
    status = answer.status;
    error = answer.error;
    if (answer.ok) {
      await finish(db, d, token, now, { status: 'delivered', attempts: d.attempts + 1, first_attempt_at: d.firstAttemptAt ?? now, last_status: status, last_error: '', delivered_at: now },
        { attemptedAt, durationMs, httpStatus: status, error: null });
      return { ...base, result: 'delivered', status: status ?? undefined };
    }
  }
  const attempts = d.attempts + 1;
  const first = d.firstAttemptAt ?? now;
  const giveUp = attempts >= MAX_ATTEMPTS || now - first >= MAX_AGE_MS;
  await finish(db, d, token, now, {
    status: giveUp ? 'failed' : 'pending', attempts, first_attempt_at: first, last_status: status, last_error: error,
    next_attempt_at: giveUp ? now : now + backoffMs(attempts, o.random),
  }, { attemptedAt, durationMs, httpStatus: status, error });
  o.logger?.warn({ delivery: d.id, client: d.clientId, attempts, status, error }, giveUp ? 'webhook delivery failed for good' : 'webhook delivery failed; will retry');
  return { ...base, result: giveUp ? 'failed' : 'retry', status: status ?? undefined, reason: error };
}

export interface PostResult {
  ok: boolean;
  status: number | null;
  /** Short and safe to show: never the URL (it may carry credentials) or the response body. */
  error: string;
}

/** POSTs a signed body to the client's webhook; also used by the newsroom's test ping. */
export async function postSigned(client: Pick<WireClient, 'webhookUrl' | 'webhookSecret'>, m: { event: string; deliveryId: string; body: string }, o: Pick<DeliverOptions, 'fetch' | 'timeoutMs'>): Promise<PostResult> {
  // The wall clock, not the queue's: receivers compare it with theirs.
  const timestamp = Math.floor(Date.now() / 1000);
  const timeoutMs = o.timeoutMs ?? 10_000;
  try {
    const res = await (o.fetch ?? fetch)(client.webhookUrl, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Depesche-Webhooks/1',
        'x-depesche-event': m.event,
        'x-depesche-delivery': m.deliveryId,
        'x-depesche-timestamp': String(timestamp),
        'x-depesche-signature': signWebhook(client.webhookSecret, timestamp, m.body),
      },
      body: m.body,
    });
    await res.body?.cancel().catch(() => {});
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, error: '' };
    return { ok: false, status: res.status, error: `answered HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, status: null, error: describeFailure(err, timeoutMs) };
  }
}

function describeFailure(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; cause?: { code?: unknown; name?: string } };
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const code = typeof e.cause?.code === 'string' && /^[A-Z_]{2,40}$/.test(e.cause.code) ? e.cause.code : '';
  return code ? `connection failed (${code})` : 'connection failed';
}
