// Reading the audit log for the newsroom: newest first, by page, filtered by user and action.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: number;
  at: number;
  userId: number | null;
  userName: string | null;
  userEmail: string | null;
  action: string;
  objectType: string;
  objectId: string;
  summary: string;
  ip: string;
}

export interface AuditFilter {
  userId?: number;
  /** An action ("rubric.create") or its group ("rubric" matches rubric.create, rubric.move…). */
  action?: string;
  page: number;
}

export async function listAuditEntries(db: Db, f: AuditFilter): Promise<{ rows: AuditRow[]; hasNext: boolean }> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.at', 'a.user_id as userId', 'u.name as userName', 'u.email as userEmail', 'a.action', 'a.object_type as objectType', 'a.object_id as objectId', 'a.summary', 'a.ip']);
  if (f.userId !== undefined) query = query.where('a.user_id', '=', f.userId);
  const action = (f.action ?? '').trim().slice(0, 100);
  if (action) {
    const group = `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`;
    query = query.where(sql<boolean>`(a.action = ${action} or a.action like ${group} escape '\\')`);
  }
  const rows = await query
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((Math.max(1, f.page) - 1) * AUDIT_PAGE_SIZE)
    .execute();
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasNext: rows.length > AUDIT_PAGE_SIZE };
}

/** The accounts an audit filter can pick from. */
export async function auditUsers(db: Db): Promise<{ id: number; name: string; email: string }[]> {
  return db.selectFrom('users').select(['id', 'name', 'email']).orderBy('name').orderBy('id').execute();
}
