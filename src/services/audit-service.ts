// The audit log: who did what, when, from where.
import type { Db } from '../db/database.ts';

export interface AuditEntry {
  userId: number | null;
  action: string;
  objectType?: string;
  objectId?: string | number;
  summary?: string;
  ip?: string;
}

export async function audit(db: Db, entry: AuditEntry, now = Date.now()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now, user_id: entry.userId, action: entry.action, object_type: entry.objectType ?? '', object_id: String(entry.objectId ?? ''),
      summary: (entry.summary ?? '').slice(0, 500), ip: entry.ip ?? '',
    })
    .execute();
}
