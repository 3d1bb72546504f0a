// Set-wise statements for the importer: multi-row inserts compiled once per shape, lookups of many keys at a time.
import { CompiledQuery } from 'kysely';
import type { Db } from '../db/database.ts';

/** Host parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
/** Keys per `in (…)` list. */
const MAX_KEYS = 1000;

// The SQL of `insert into TABLE (COLUMNS) values (…) × rows returning …`, per dialect (its adapter) and shape.
const shapes = new WeakMap<object, Map<string, string>>();

function insertSql(db: Db, table: string, columns: readonly string[], rows: number, returning: readonly string[]): string {
  const adapter = db.getExecutor().adapter;
  let cache = shapes.get(adapter);
  if (!cache) shapes.set(adapter, (cache = new Map()));
  const key = `${table}|${columns.join(',')}|${rows}|${returning.join(',')}`;
  let sql = cache.get(key);
  if (sql !== undefined) return sql;
  const row = Object.fromEntries(columns.map((c) => [c, 0]));
  const query = (db as unknown as Db & { insertInto(t: string): any }).insertInto(table).values(Array.from({ length: rows }, () => row));
  const compiled = (returning.length ? query.returning(returning) : query).compile() as CompiledQuery;
  // Every value must be a parameter, in row-major order, for the parameters given later to line up.
  if (compiled.parameters.length !== rows * columns.length) throw new Error(`insert into ${table}: ${compiled.parameters.length} parameters compiled for ${rows * columns.length} values`);
  sql = compiled.sql;
  // Chunks of a few sizes recur; a slow input's odd-sized batches must not grow this without bound.
  if (cache.size > 500) cache.clear();
  cache.set(key, sql);
  return sql;
}

/**
 * Inserts rows (each an array of values in the order of `columns`) with as few statements as the parameter limits
 * allow, and returns the `returning` columns of every row. Rows come back per statement as the database returns them:
 * match them by a unique column, not by position.
 */
export async function insertRows<R = Record<string, unknown>>(db: Db, table: string, columns: readonly string[], rows: readonly unknown[][], returning: readonly string[] = []): Promise<R[]> {
  const out: R[] = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const result = await db.executeQuery<R>(CompiledQuery.raw(insertSql(db, table, columns, chunk.length, returning), chunk.flat()));
    for (const r of result.rows) out.push(r);
  }
  return out;
}

/** Runs `query` over the keys in lists of at most MAX_KEYS and concatenates the rows. */
export async function selectIn<K, R>(keys: readonly K[], query: (chunk: K[]) => Promise<R[]>): Promise<R[]> {
  if (keys.length <= MAX_KEYS) return keys.length ? query([...keys]) : [];
  const out: R[] = [];
  for (let i = 0; i < keys.length; i += MAX_KEYS) for (const r of await query(keys.slice(i, i + MAX_KEYS))) out.push(r);
  return out;
}
