// Runs the dated migrations in order; safe to call at every start and from several processes.
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import type { DatabaseHandle } from './database.ts';
import * as initial from './migrations/2026-11-29-initial.ts';
import * as newsroom from './migrations/2026-11-29-newsroom.ts';
import * as search from './migrations/2026-11-29-search.ts';
import * as wire from './migrations/2026-11-29-wire.ts';
import * as wireImport from './migrations/2026-11-29-wire-import.ts';
import * as wireWebhooks from './migrations/2026-11-29-wire-webhooks.ts';
import * as searchLookup from './migrations/2026-11-30-search-lookup.ts';
import * as workflowIndexes from './migrations/2026-11-30-workflow-indexes.ts';
import * as projectOrder from './migrations/2026-12-01-project-order.ts';
import * as webhookAttempts from './migrations/2026-12-01-webhook-attempts.ts';
import * as storyListEdition from './migrations/2026-12-02-story-list-edition.ts';
import * as wireNamespace from './migrations/2026-12-02-wire-namespace.ts';

export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrationResultSet> {
  const migrations: Record<string, Migration> = {
    '2026-11-29-initial': { up: (db) => initial.up(db, handle.dialect) },
    '2026-11-29-newsroom': { up: (db) => newsroom.up(db, handle.dialect) },
    '2026-11-29-search': { up: (db) => search.up(db, handle.dialect) },
    '2026-11-29-wire': { up: (db) => wire.up(db, handle.dialect) },
    '2026-11-29-wire-import': { up: (db) => wireImport.up(db, handle.dialect) },
    '2026-11-29-wire-webhooks': { up: (db) => wireWebhooks.up(db, handle.dialect) },
    '2026-11-30-search-lookup': { up: (db) => searchLookup.up(db, handle.dialect) },
    '2026-11-30-workflow-indexes': { up: (db) => workflowIndexes.up(db, handle.dialect) },
    '2026-12-01-project-order': { up: (db) => projectOrder.up(db, handle.dialect) },
    '2026-12-01-webhook-attempts': { up: (db) => webhookAttempts.up(db, handle.dialect) },
    '2026-12-02-story-list-edition': { up: (db) => storyListEdition.up(db, handle.dialect) },
    '2026-12-02-wire-namespace': { up: (db) => wireNamespace.up(db, handle.dialect) },
  };
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'depesche_migration',
    migrationLockTableName: 'depesche_migration_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
