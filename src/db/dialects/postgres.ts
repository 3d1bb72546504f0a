// PostgreSQL through pg: int8 (counts, epoch-millisecond times) read as numbers, like SQLite's integers.
import pg from 'pg';
import { PostgresDialect } from 'kysely';

pg.types.setTypeParser(20, (value: string) => Number(value));

export function createPostgresDialect(url: string, poolSize = 10): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return { dialect: new PostgresDialect({ pool }), pool };
}
