// Opens the database named by DATABASE_URL (PostgreSQL or a SQLite file) as one Kysely instance.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely } from 'kysely';
import type { Database } from './tables.ts';
import { NodeSqliteDialect } from './dialects/node-sqlite.ts';
import { createPostgresDialect } from './dialects/postgres.ts';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function openDatabase(url: string): DatabaseHandle {
  if (isPostgresUrl(url)) {
    const { dialect } = createPostgresDialect(url);
    const db = new Kysely<Database>({ dialect });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const dialect = new NodeSqliteDialect(url);
  const db = new Kysely<Database>({ dialect });
  immediate.set(db, dialect);
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const immediate = new WeakMap<Db, NodeSqliteDialect>();

/** Reads that can run at once on this database (SQLite's idle connection: NodeSqliteDialect.readNow), if any. */
export function immediateReads(db: Db): Pick<NodeSqliteDialect, 'readNow'> | undefined {
  return immediate.get(db);
}
