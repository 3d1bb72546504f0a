// Newsroom sessions: random tokens in an HttpOnly cookie, stored hashed, expiring, revocable; login throttling.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { verifyPassword } from './password-service.ts';

export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: string;
  locale: string;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Db, userId: number, meta: { ip: string; userAgent: string }, now = Date.now()): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token), user_id: userId, csrf_token: csrfToken, created_at: now, last_seen_at: now,
      expires_at: now + SESSION_MAX_MS, ip: meta.ip.slice(0, 64), user_agent: meta.userAgent.slice(0, 300),
    })
    .execute();
  return { token, csrfToken };
}

/** The session a token stands for, if it is neither expired nor idle too long; touches it. */
export async function findSession(db: Db, token: string | undefined, now = Date.now()): Promise<Session | undefined> {
  if (!token || token.length > 100) return undefined;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.csrf_token', 's.last_seen_at', 's.expires_at', 'u.id', 'u.email', 'u.name', 'u.role', 'u.locale', 'u.disabled'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at <= now || row.last_seen_at + SESSION_IDLE_MS <= now) return undefined;
  // Touch at most once a minute: reads stay cheap.
  if (now - row.last_seen_at > 60_000) await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  return { user: { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale }, csrfToken: row.csrf_token, tokenHash };
}

export async function revokeSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function revokeAllSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export type LoginResult = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'throttled' };

async function recentFailures(db: Db, key: string, now: number): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>', now - THROTTLE_WINDOW_MS)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Checks a password, refusing after too many recent failures for the account or the address. */
export async function attemptLogin(db: Db, email: string, password: string, ip: string, now = Date.now()): Promise<LoginResult> {
  const account = `account:${email.trim().toLowerCase()}`;
  const address = `address:${ip}`;
  if ((await recentFailures(db, account, now)) >= MAX_FAILURES_PER_ACCOUNT || (await recentFailures(db, address, now)) >= MAX_FAILURES_PER_ADDRESS) {
    return { ok: false, reason: 'throttled' };
  }
  const user = await db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  // An unknown account costs the same hashing time as a wrong password.
  const valid = user && !user.disabled
    ? await verifyPassword(password, user.password_hash)
    : (await verifyPassword(password, 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), false);
  if (!valid || !user) {
    await db.insertInto('login_failures').values([{ key: account, at: now }, { key: address, at: now }]).execute();
    return { ok: false, reason: 'invalid' };
  }
  await db.deleteFrom('login_failures').where('key', '=', account).execute();
  await db.deleteFrom('sessions').where('user_id', '=', user.id).where('expires_at', '<=', now).execute();
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale } };
}
