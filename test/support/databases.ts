// Fresh databases for tests on every dialect: migrate and seed once into a template, then copy it per suite.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DialectName } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/services/seed-service.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** PostgreSQL runs when TEST_DATABASE_URL names a server where we may create databases. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL;

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export function skipReason(dialect: DialectName): string | false {
  return dialect === 'postgres' && !POSTGRES_URL ? 'TEST_DATABASE_URL is not set' : false;
}

/** Changes to the schema or the demo content make a new template. */
function templateFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of ['src/db/migrations', 'src/demo', 'src/services']) {
    for (const file of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(ROOT, dir, file);
      if (statSync(path).isFile()) hash.update(file).update(readFileSync(path));
    }
  }
  // Seeded times are relative to the day the template was made.
  hash.update(new Date().toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 12);
}

async function sqliteTemplate(seeded: boolean): Promise<string> {
  const path = join(tmpdir(), `depesche-template-${templateFingerprint()}-${seeded ? 'demo' : 'empty'}.sqlite`);
  if (existsSync(path)) return path;
  const building = `${path}.${process.pid}.tmp`;
  const handle = openDatabase(building);
  await migrateToLatest(handle);
  if (seeded) await seedDemo(handle.db);
  await handle.close();
  renameSync(building, path);
  return path;
}

function pgUrl(database: string): string {
  const url = new URL(POSTGRES_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function postgresTemplate(seeded: boolean): Promise<string> {
  const name = `depesche_tpl_${templateFingerprint()}_${seeded ? 'demo' : 'empty'}`;
  const exists = await withAdmin(async (c) => (await c.query('select 1 from pg_database where datname = $1 and datistemplate', [name])).rowCount);
  if (exists) return name;
  const building = `${name}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`create database ${building}`));
  const handle = openDatabase(pgUrl(building));
  await migrateToLatest(handle);
  if (seeded) await seedDemo(handle.db);
  await handle.close();
  await withAdmin(async (c) => {
    try {
      await c.query(`alter database ${building} rename to ${name}`);
      await c.query(`alter database ${name} is_template true`);
    } catch {
      // Another test process built the same template first.
      await c.query(`drop database if exists ${building}`);
    }
  });
  return name;
}

export interface TestDatabase {
  dialect: DialectName;
  url: string;
  handle: DatabaseHandle;
  /** Another connection to the same database, as a second process would have. */
  openAnother(): DatabaseHandle;
  drop(): Promise<void>;
}

export async function freshDatabase(dialect: DialectName, opts: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const seeded = opts.seeded ?? true;
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  let url: string;
  let drop: () => Promise<void>;
  if (dialect === 'sqlite') {
    url = join(tmpdir(), `depesche-test-${id}.sqlite`);
    copyFileSync(await sqliteTemplate(seeded), url);
    drop = async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${url}${suffix}`, { force: true });
    };
  } else {
    const template = await postgresTemplate(seeded);
    const name = `depesche_test_${id}`;
    await withAdmin((c) => c.query(`create database ${name} template ${template}`));
    url = pgUrl(name);
    drop = () => withAdmin(async (c) => void (await c.query(`drop database if exists ${name} with (force)`)));
  }
  const handle = openDatabase(url);
  return {
    dialect,
    url,
    handle,
    openAnother: () => openDatabase(url),
    drop: async () => {
      await handle.close();
      await drop();
    },
  };
}
