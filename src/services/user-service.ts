// Newsroom accounts: creation with validated e-mail, role and password.
import type { Db } from '../db/database.ts';
import { hashPassword, passwordProblem } from './password-service.ts';

import { ROLES, type Role } from '../domain/roles.ts';

export { ROLES, type Role };

export class UserInputError extends Error {}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  password: string;
  locale?: string;
}

export async function createUser(db: Db, input: NewUser, now = Date.now()): Promise<{ id: number; email: string; role: Role }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/.test(email)) throw new UserInputError(`"${input.email}" is not an e-mail address`);
  if (!ROLES.includes(input.role as Role)) throw new UserInputError(`role must be one of ${ROLES.join(', ')}`);
  const problem = passwordProblem(input.password);
  if (problem) throw new UserInputError(`the password ${problem}`);
  const name = input.name.trim() || email;
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new UserInputError(`a user with the e-mail ${email} exists already`);
  const { id } = await db
    .insertInto('users')
    .values({ email, name, role: input.role, password_hash: await hashPassword(input.password), locale: input.locale ?? 'en', disabled: 0, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, email, role: input.role as Role };
}
