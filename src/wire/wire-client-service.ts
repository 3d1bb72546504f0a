// Managing wire subscriber clients: create, change, rotate key or webhook secret, disable, delete, and
// authenticate a key. Keys and secrets are returned once by the call that makes them; only a key's hash is kept.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { audit } from '../services/audit-service.ts';
import { loadWireClient, loadWireClients, wireDb, type WireClient } from './wire-clients.ts';

/** What is wrong with one field of a client; each edge words it. */
export type WireClientProblem = 'required' | 'tooLong' | 'edition' | 'rubric' | 'url' | 'credentials' | 'noWebhook';

export interface WireClientInput {
  name: string;
  editions: string[];
  /** Empty for every rubric of its editions. */
  rubricIds: number[];
  embargoAccess: boolean;
  /** '' for no webhook. */
  webhookUrl: string;
}

export interface WireClientDetails extends WireClient {
  keyPrefix: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface ChangeMeta {
  userId: number | null;
  ip?: string;
}

const KEY_PREFIX = 'dpk_';
const SECRET_PREFIX = 'whsec_';
/** The key's first characters, kept in the clear to find its row and name it in lists. */
const PREFIX_LENGTH = KEY_PREFIX.length + 8;
/** last_used_at is written at most this often per client, so polling does not turn every read into a write. */
const LAST_USED_EVERY_MS = 60_000;

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function newKey(): { key: string; prefix: string; hash: string } {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashKey(key) };
}

function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

function invalid(fields: Record<string, WireClientProblem>): DomainError {
  return new DomainError('INVALID', 'Invalid wire client', fields);
}

/** The problems of a wire client form, field → code, or null when the error is not about the input. */
export function wireClientProblemsOf(err: unknown): Record<string, WireClientProblem> | null {
  return err instanceof DomainError && err.code === 'INVALID' ? (err.fields as Record<string, WireClientProblem>) : null;
}

/** An http(s) address without user name or password in it (a secret would then show in lists and logs). */
export function webhookUrlProblem(value: string): WireClientProblem | null {
  if (value.length > 500) return 'tooLong';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'url';
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || /[\s<>"'`\\]/.test(value)) return 'url';
  if (url.username || url.password) return 'credentials';
  return null;
}

async function cleanInput(db: Db, input: WireClientInput): Promise<WireClientInput> {
  const problems: Record<string, WireClientProblem> = {};
  const name = input.name.replace(/[\u0000-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  if (!name) problems.name = 'required';
  else if ([...name].length > 120) problems.name = 'tooLong';
  const editions = [...new Set(input.editions)];
  const known = new Set((await db.selectFrom('editions').select('code').execute()).map((e) => e.code));
  if (editions.length === 0) problems.editions = 'required';
  else if (editions.some((e) => !known.has(e))) problems.editions = 'edition';
  const rubricIds = [...new Set(input.rubricIds)];
  if (rubricIds.length) {
    const found = await db.selectFrom('rubrics').select('id').where('id', 'in', rubricIds).execute();
    if (found.length !== rubricIds.length) problems.rubrics = 'rubric';
  }
  const webhookUrl = input.webhookUrl.trim();
  const urlProblem = webhookUrl ? webhookUrlProblem(webhookUrl) : null;
  if (urlProblem) problems.webhookUrl = urlProblem;
  if (Object.keys(problems).length) throw invalid(problems);
  return { name, editions: editions.sort(), rubricIds: rubricIds.sort((a, b) => a - b), embargoAccess: input.embargoAccess, webhookUrl };
}

async function writeEntitlements(db: Db, id: number, input: WireClientInput): Promise<void> {
  const wdb = wireDb(db);
  await wdb.deleteFrom('wire_client_editions').where('client_id', '=', id).execute();
  await wdb.deleteFrom('wire_client_rubrics').where('client_id', '=', id).execute();
  await wdb.insertInto('wire_client_editions').values(input.editions.map((edition) => ({ client_id: id, edition }))).execute();
  if (input.rubricIds.length) await wdb.insertInto('wire_client_rubrics').values(input.rubricIds.map((rubric_id) => ({ client_id: id, rubric_id }))).execute();
}

function summaryOf(input: WireClientInput): string {
  return `${input.name}: editions ${input.editions.join(', ')}; ${input.rubricIds.length ? `rubrics ${input.rubricIds.join(', ')}` : 'all rubrics'}; embargo ${input.embargoAccess ? 'yes' : 'no'}; webhook ${input.webhookUrl ? new URL(input.webhookUrl).host : 'none'}`;
}

/** A new client; its key, and the webhook secret when it has a webhook, are shown to the caller this once. */
export async function createWireClient(db: Db, raw: WireClientInput, meta: ChangeMeta, now = Date.now()): Promise<{ id: number; key: string; webhookSecret: string }> {
  const input = await cleanInput(db, raw);
  const { key, prefix, hash } = newKey();
  const webhookSecret = input.webhookUrl ? newWebhookSecret() : '';
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await wireDb(trx)
      .insertInto('wire_clients')
      .values({
        name: input.name, key_prefix: prefix, key_hash: hash, embargo_access: input.embargoAccess ? 1 : 0, webhook_url: input.webhookUrl,
        webhook_secret: webhookSecret, disabled: 0, created_at: now, created_by: meta.userId, last_used_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeEntitlements(trx, id, input);
    return id;
  });
  await audit(db, { userId: meta.userId, action: 'wire-client.create', objectType: 'wire_client', objectId: id, summary: summaryOf(input), ip: meta.ip }, now);
  return { id, key, webhookSecret };
}

async function requireClient(db: Db, id: number): Promise<WireClient> {
  const client = await loadWireClient(db, id);
  if (!client) throw new DomainError('NOT_FOUND', 'No such wire client');
  return client;
}

/**
 * Changes a client's name, entitlements, embargo access and webhook. A webhook set where there was none gets a new
 * secret, returned this once; a removed webhook loses its secret.
 */
export async function updateWireClient(db: Db, id: number, raw: WireClientInput, meta: ChangeMeta, now = Date.now()): Promise<{ webhookSecret: string }> {
  const current = await requireClient(db, id);
  const input = await cleanInput(db, raw);
  const webhookSecret = input.webhookUrl && !current.webhookSecret ? newWebhookSecret() : '';
  await db.transaction().execute(async (trx) => {
    await wireDb(trx)
      .updateTable('wire_clients')
      .set({
        name: input.name, embargo_access: input.embargoAccess ? 1 : 0, webhook_url: input.webhookUrl,
        webhook_secret: input.webhookUrl ? webhookSecret || current.webhookSecret : '',
      })
      .where('id', '=', id)
      .execute();
    await writeEntitlements(trx, id, input);
  });
  await audit(db, { userId: meta.userId, action: 'wire-client.update', objectType: 'wire_client', objectId: id, summary: summaryOf(input), ip: meta.ip }, now);
  return { webhookSecret };
}

/** A new key; the old one stops working at once. */
export async function rotateWireClientKey(db: Db, id: number, meta: ChangeMeta, now = Date.now()): Promise<string> {
  const client = await requireClient(db, id);
  const { key, prefix, hash } = newKey();
  await wireDb(db).updateTable('wire_clients').set({ key_prefix: prefix, key_hash: hash, last_used_at: null }).where('id', '=', id).execute();
  await audit(db, { userId: meta.userId, action: 'wire-client.rotate-key', objectType: 'wire_client', objectId: id, summary: client.name, ip: meta.ip }, now);
  return key;
}

export async function rotateWebhookSecret(db: Db, id: number, meta: ChangeMeta, now = Date.now()): Promise<string> {
  const client = await requireClient(db, id);
  if (!client.webhookUrl) throw invalid({ webhookUrl: 'noWebhook' });
  const secret = newWebhookSecret();
  await wireDb(db).updateTable('wire_clients').set({ webhook_secret: secret }).where('id', '=', id).execute();
  await audit(db, { userId: meta.userId, action: 'wire-client.rotate-secret', objectType: 'wire_client', objectId: id, summary: client.name, ip: meta.ip }, now);
  return secret;
}

export async function setWireClientDisabled(db: Db, id: number, disabled: boolean, meta: ChangeMeta, now = Date.now()): Promise<void> {
  const client = await requireClient(db, id);
  await wireDb(db).updateTable('wire_clients').set({ disabled: disabled ? 1 : 0 }).where('id', '=', id).execute();
  await audit(db, { userId: meta.userId, action: disabled ? 'wire-client.disable' : 'wire-client.enable', objectType: 'wire_client', objectId: id, summary: client.name, ip: meta.ip }, now);
}

export async function deleteWireClient(db: Db, id: number, meta: ChangeMeta, now = Date.now()): Promise<void> {
  const client = await requireClient(db, id);
  await wireDb(db).deleteFrom('wire_clients').where('id', '=', id).execute();
  await audit(db, { userId: meta.userId, action: 'wire-client.delete', objectType: 'wire_client', objectId: id, summary: client.name, ip: meta.ip }, now);
}

const DETAIL_COLUMNS = ['id', 'key_prefix', 'created_at', 'last_used_at'] as const;

async function withDetails(db: Db, clients: WireClient[]): Promise<WireClientDetails[]> {
  if (clients.length === 0) return [];
  const rows = await wireDb(db).selectFrom('wire_clients').select(DETAIL_COLUMNS).where('id', 'in', clients.map((c) => c.id)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return clients.map((c) => {
    const r = byId.get(c.id)!;
    return { ...c, keyPrefix: r.key_prefix, createdAt: r.created_at, lastUsedAt: r.last_used_at };
  });
}

export async function listWireClientDetails(db: Db): Promise<WireClientDetails[]> {
  return withDetails(db, await loadWireClients(db));
}

export async function findWireClientDetails(db: Db, id: number): Promise<WireClientDetails | undefined> {
  const client = await loadWireClient(db, id);
  return client ? (await withDetails(db, [client]))[0] : undefined;
}

export type Authentication = { client: WireClient } | { refused: 'unknown' | 'disabled'; clientId?: number };

/** The client a key belongs to; a disabled client is refused. The hashes are compared in constant time. */
export async function authenticateWireClient(db: Db, key: string, now = Date.now()): Promise<Authentication> {
  if (!key.startsWith(KEY_PREFIX) || key.length < PREFIX_LENGTH + 8 || key.length > 200) return { refused: 'unknown' };
  const row = await wireDb(db).selectFrom('wire_clients').select(['id', 'key_hash', 'disabled', 'last_used_at']).where('key_prefix', '=', key.slice(0, PREFIX_LENGTH)).executeTakeFirst();
  if (!row) return { refused: 'unknown' };
  const given = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(row.key_hash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return { refused: 'unknown' };
  if (row.disabled) return { refused: 'disabled', clientId: row.id };
  if (row.last_used_at === null || now - row.last_used_at >= LAST_USED_EVERY_MS) {
    await wireDb(db).updateTable('wire_clients').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  const client = await loadWireClient(db, row.id);
  return client ? { client } : { refused: 'unknown' };
}
