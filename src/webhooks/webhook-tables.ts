// Row types of the webhook tables, for Kysely: db.withTables<WebhookTables>() adds them where webhook code needs them.
import type { Generated } from 'kysely';

export type WireEventKind = 'publish' | 'update' | 'withdraw';
/** 'dropped': not sent because it no longer applied when due (client disabled or no longer entitled, article withdrawn…). */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dropped';

/** The outbox: one row per change subscribers hear about, written in the transaction of the change. */
export type WireEventTable = {
  id: Generated<number>;
  article_id: number;
  kind: WireEventKind;
  article_version: number;
  occurred_at: number;
}

export type WebhookDeliveryTable = {
  id: Generated<number>;
  event_id: number;
  client_id: number;
  article_id: number;
  status: DeliveryStatus;
  attempts: Generated<number>;
  /** Not sent before this moment: the retry schedule, or the end of an embargo for clients without embargo access. */
  next_attempt_at: number;
  first_attempt_at: number | null;
  /** A worker holding the lease sends the delivery; another waits for it to expire (a crashed worker's lease runs out). */
  lease_until: number | null;
  lease_token: string | null;
  /** HTTP status of the last attempt; null when it got no answer. */
  last_status: number | null;
  /** Short reason of the last failure or drop; never a URL, header or secret. */
  last_error: Generated<string>;
  created_at: number;
  updated_at: number;
  delivered_at: number | null;
}

/** One row per request sent for a delivery (or tried and found impossible), kept as long as the delivery is. */
export type WebhookAttemptTable = {
  id: Generated<number>;
  delivery_id: number;
  attempted_at: number;
  duration_ms: number;
  /** The receiver's HTTP status; null when it gave none (connection failed, timeout). */
  http_status: number | null;
  /** Short reason of a failure, null on success; never a URL, header, secret or response body. */
  error: string | null;
}

// A type alias, not an interface: withTables<T>() needs T to fit Record<string, …>.
export type WebhookTables = {
  wire_events: WireEventTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
};
