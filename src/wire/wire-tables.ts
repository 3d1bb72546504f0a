// Row types of the wire subscriber tables, for Kysely: db.withTables<WireTables>() adds them where wire code needs them.
import type { Generated } from 'kysely';

export type WireClientTable = {
  id: Generated<number>;
  name: string;
  /** The public start of the key ("dpk_" and 8 characters), unique: finds the row and names the key in lists. */
  key_prefix: string;
  /** SHA-256 hex of the whole key; keys carry 32 random bytes, so a fast hash is enough. */
  key_hash: string;
  embargo_access: number;
  /** '' when the client has no webhook. */
  webhook_url: string;
  /** HMAC secret of the webhook signature; '' when there is no webhook. */
  webhook_secret: string;
  disabled: number;
  created_at: number;
  created_by: number | null;
  last_used_at: number | null;
};

export type WireClientEditionTable = {
  client_id: number;
  edition: string;
};

export type WireClientRubricTable = {
  client_id: number;
  rubric_id: number;
};

// A type alias, not an interface: withTables<T>() needs T to fit Record<string, …>.
export type WireTables = {
  wire_clients: WireClientTable;
  wire_client_editions: WireClientEditionTable;
  wire_client_rubrics: WireClientRubricTable;
};
