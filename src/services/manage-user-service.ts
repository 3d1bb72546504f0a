// Managing newsroom accounts: create, change role, disable or enable, reset a password. An administrator
// can neither disable nor demote themselves, so the installation always keeps the admin who acts.
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { isRole } from '../domain/roles.ts';
import { hashPassword, passwordProblem } from './password-service.ts';
import { revokeAllSessions } from './session-service.ts';
import { createUser, UserInputError } from './user-service.ts';
import { cleanText, invalid, Problems, recordChange, type ChangeMeta } from './manage-service.ts';

export const USER_LOCALES = ['en', 'de', 'ru'] as const;

export interface ManagedUser {
  id: number;
  email: string;
  name: string;
  role: string;
  locale: string;
  disabled: boolean;
  createdAt: number;
}

export interface NewUserInput {
  email: string;
  name: string;
  role: string;
  locale: string;
  password: string;
}

const COLUMNS = ['id', 'email', 'name', 'role', 'locale', 'disabled', 'created_at'] as const;

function rowToUser(r: { id: number; email: string; name: string; role: string; locale: string; disabled: number; created_at: number }): ManagedUser {
  return { id: r.id, email: r.email, name: r.name, role: r.role, locale: r.locale, disabled: Boolean(r.disabled), createdAt: r.created_at };
}

export async function listManagedUsers(db: Db): Promise<ManagedUser[]> {
  return (await db.selectFrom('users').select(COLUMNS).orderBy('disabled').orderBy('name').orderBy('id').execute()).map(rowToUser);
}

export async function findManagedUser(db: Db, id: number): Promise<ManagedUser | undefined> {
  const row = await db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && rowToUser(row);
}

async function requireUser(db: Db, id: number): Promise<ManagedUser> {
  const user = await findManagedUser(db, id);
  if (!user) throw new DomainError('NOT_FOUND', 'unknown user');
  return user;
}

export async function createManagedUser(db: Db, input: NewUserInput, meta: ChangeMeta): Promise<number> {
  const problems = new Problems();
  const email = input.email.trim().toLowerCase();
  if (!email) problems.add('email', 'required');
  else if (email.length > 320 || !/^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/.test(email)) problems.add('email', 'email');
  else if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) problems.add('email', 'emailTaken');
  const name = cleanText(problems, 'name', input.name, { max: 120, required: true });
  if (!isRole(input.role)) problems.add('role', 'role');
  if (!(USER_LOCALES as readonly string[]).includes(input.locale)) problems.add('locale', 'locale');
  if (passwordProblem(input.password)) problems.add('password', 'password');
  problems.throwIfAny();
  let id: number;
  try {
    ({ id } = await createUser(db, { email, name, role: input.role, password: input.password, locale: input.locale }, meta.now));
  } catch (err) {
    // Another request created the same address between our check and the insert.
    if (err instanceof UserInputError) throw invalid('email', 'emailTaken');
    throw err;
  }
  await recordChange(db, meta, { action: 'user.create', objectType: 'user', objectId: id, summary: `${email} (${input.role})`, visible: false });
  return id;
}

export async function changeUserRole(db: Db, id: number, role: string, meta: ChangeMeta): Promise<void> {
  if (!isRole(role)) throw invalid('role', 'role');
  await db.transaction().execute(async (trx) => {
    const user = await requireUser(trx, id);
    if (user.role === role) return;
    if (id === meta.userId) throw invalid('role', 'selfLockout');
    await trx.updateTable('users').set({ role }).where('id', '=', id).execute();
    await recordChange(trx, meta, { action: 'user.role', objectType: 'user', objectId: id, summary: `${user.email}: ${user.role} → ${role}`, visible: false });
  });
}

/** Disabling also ends every session of the account at once. */
export async function setUserDisabled(db: Db, id: number, disabled: boolean, meta: ChangeMeta): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await requireUser(trx, id);
    if (disabled && id === meta.userId) throw invalid('disabled', 'selfLockout');
    if (user.disabled === disabled) return;
    await trx.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', id).execute();
    if (disabled) await revokeAllSessions(trx, id);
    await recordChange(trx, meta, { action: disabled ? 'user.disable' : 'user.enable', objectType: 'user', objectId: id, summary: user.email, visible: false });
  });
}

/** Sets a new password chosen by the administrator; the account's sessions end. */
export async function resetUserPassword(db: Db, id: number, password: string, meta: ChangeMeta): Promise<void> {
  if (passwordProblem(password)) throw invalid('password', 'password');
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const user = await requireUser(trx, id);
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
    await revokeAllSessions(trx, id);
    await recordChange(trx, meta, { action: 'user.password.reset', objectType: 'user', objectId: id, summary: user.email, visible: false });
  });
}
