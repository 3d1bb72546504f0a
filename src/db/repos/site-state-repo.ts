// The content version every process polls to know when its page cache is stale.
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export async function readContentVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('site_state').select('value').where('name', '=', 'content_version').executeTakeFirst();
  return row?.value ?? 0;
}

/** Call in the same transaction as the content change, so other nodes see both or neither. */
export async function bumpContentVersion(db: Db): Promise<void> {
  await db.updateTable('site_state').set({ value: sql`value + 1` }).where('name', '=', 'content_version').execute();
}
