// The webhook outbox: wire events recorded in the transaction of the change and fanned out at once to one delivery
// per entitled client with a webhook, so the queue is durable from the moment the change commits.
import type { Db } from '../db/database.ts';
import { entitles, loadWireClients } from '../wire/wire-clients.ts';
import type { WebhookTables, WireEventKind } from './webhook-tables.ts';

export interface WireEventInput {
  articleId: number;
  kind: WireEventKind;
  /** The article's version after the change. */
  version: number;
  now: number;
}

export function webhookDb(db: Db) {
  return db.withTables<WebhookTables>();
}

/**
 * Call inside the transaction that makes the change. Clients without embargo access get nothing before the
 * embargo ends: their deliveries wait until then (and are checked again when due).
 */
export async function enqueueWireEvent(trx: Db, e: WireEventInput): Promise<number> {
  const db = webhookDb(trx);
  const article = await trx.selectFrom('articles').select(['edition', 'rubric_id', 'embargo_until']).where('id', '=', e.articleId).executeTakeFirstOrThrow();
  const { id: eventId } = await db
    .insertInto('wire_events')
    .values({ article_id: e.articleId, kind: e.kind, article_version: e.version, occurred_at: e.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const clients = (await loadWireClients(trx)).filter(
    (c) => !c.disabled && c.webhookUrl !== '' && entitles(c, { edition: article.edition, rubricId: article.rubric_id }),
  );
  const embargoEnds = article.embargo_until !== null && article.embargo_until > e.now ? article.embargo_until : null;
  if (clients.length) {
    await db
      .insertInto('webhook_deliveries')
      .values(clients.map((c) => ({
        event_id: eventId, client_id: c.id, article_id: e.articleId, status: 'pending' as const,
        next_attempt_at: c.embargoAccess || embargoEnds === null ? e.now : embargoEnds,
        first_attempt_at: null, lease_until: null, lease_token: null, last_status: null, created_at: e.now, updated_at: e.now, delivered_at: null,
      })))
      .execute();
  }
  return eventId;
}
