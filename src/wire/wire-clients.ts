// Wire subscriber clients as the feed and the webhooks see them: entitlements, embargo access, webhook.
import type { Db } from '../db/database.ts';
import type { WireClientTable, WireTables } from './wire-tables.ts';

export interface WireClient {
  id: number;
  name: string;
  editions: string[];
  /** empty = every rubric of its editions */
  rubricIds: number[];
  embargoAccess: boolean;
  webhookUrl: string;
  /** '' when no webhook */
  webhookSecret: string;
  disabled: boolean;
}

export function wireDb(db: Db) {
  return db.withTables<WireTables>();
}

type ClientRow = Pick<WireClientTable, 'name' | 'embargo_access' | 'webhook_url' | 'webhook_secret' | 'disabled'> & { id: number };

const COLUMNS = ['id', 'name', 'embargo_access', 'webhook_url', 'webhook_secret', 'disabled'] as const;

/** The rows with their entitlements: two more queries for any number of clients. */
async function withEntitlements(db: Db, rows: ClientRow[]): Promise<WireClient[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const wdb = wireDb(db);
  const [editions, rubrics] = await Promise.all([
    wdb.selectFrom('wire_client_editions').select(['client_id', 'edition']).where('client_id', 'in', ids).orderBy('edition').execute(),
    wdb.selectFrom('wire_client_rubrics').select(['client_id', 'rubric_id']).where('client_id', 'in', ids).orderBy('rubric_id').execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    editions: editions.filter((e) => e.client_id === r.id).map((e) => e.edition),
    rubricIds: rubrics.filter((e) => e.client_id === r.id).map((e) => e.rubric_id),
    embargoAccess: Boolean(r.embargo_access),
    webhookUrl: r.webhook_url,
    webhookSecret: r.webhook_secret,
    disabled: Boolean(r.disabled),
  }));
}

export async function loadWireClients(db: Db): Promise<WireClient[]> {
  const rows = await wireDb(db).selectFrom('wire_clients').select(COLUMNS).orderBy('name').orderBy('id').execute();
  return withEntitlements(db, rows);
}

export async function loadWireClient(db: Db, id: number): Promise<WireClient | undefined> {
  const row = await wireDb(db).selectFrom('wire_clients').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? (await withEntitlements(db, [row]))[0] : undefined;
}

/** May this client see this article at all (edition and rubric entitlements; not the embargo rule)? */
export function entitles(client: WireClient, a: { edition: string; rubricId: number | null }): boolean {
  if (!client.editions.includes(a.edition)) return false;
  if (client.rubricIds.length === 0) return true;
  return a.rubricId !== null && client.rubricIds.includes(a.rubricId);
}
