// Opens DATABASE_URL, brings its schema up to date, runs one command's work and closes it again.
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

export async function withDatabase<T>(config: Config, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
