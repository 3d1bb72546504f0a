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
import * as searchTerms from './migrations/2026-12-03-search-terms.ts';

/** Each migration's module by its name; names sort in the order they run, and a new one must sort last. */
const MIGRATIONS = {
  '2026-11-29-initial': initial,
  '2026-11-29-newsroom': newsroom,
  '2026-11-29-search': search,
  '2026-11-29-wire': wire,
  '2026-11-29-wire-import': wireImport,
  '2026-11-29-wire-webhooks': wireWebhooks,
  '2026-11-30-search-lookup': searchLookup,
  '2026-11-30-workflow-indexes': workflowIndexes,
  '2026-12-01-project-order': projectOrder,
  '2026-12-01-webhook-attempts': webhookAttempts,
  '2026-12-02-story-list-edition': storyListEdition,
  '2026-12-02-wire-namespace': wireNamespace,
  '2026-12-03-search-terms': searchTerms,
};

export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrationResultSet> {
  const migrations: Record<string, Migration> = Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db) => m.up(db, handle.dialect) }]),
  );
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
