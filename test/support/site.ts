// A reader site over a fresh database, built with buildApp and exercised through inject().
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { DialectName } from '../../src/db/database.ts';
import { freshDatabase, type TestDatabase } from './databases.ts';

export interface TestSite {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export async function startSite(dialect: DialectName, opts: { pageCache?: boolean; pollMs?: number; seeded?: boolean; searchThreads?: number } = {}): Promise<TestSite> {
  const database = await freshDatabase(dialect, { seeded: opts.seeded });
  const config = loadConfig({
    DATABASE_URL: database.url,
    PUBLIC_URL: 'https://news.example.org',
    PAGE_CACHE: String(opts.pageCache ?? true),
    LOG_LEVEL: 'silent',
    ...(opts.searchThreads === undefined ? {} : { SEARCH_THREADS: String(opts.searchThreads) }),
  });
  const app = await buildApp({ config, db: database.handle.db, pollMs: opts.pollMs ?? 0, logger: false, schedulerMs: 0, webhookMs: 0 });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Hrefs in a page matching a pattern, in document order. */
export function linksIn(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((href) => pattern.test(href));
}

export function textOf(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
}

export function jsonLdOf(html: string): any[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}
