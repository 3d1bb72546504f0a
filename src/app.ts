// buildApp(deps): the one place that wires configuration, database, caches and routes together.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { isPostgresUrl, type Db } from './db/database.ts';
import { loadSiteCatalog } from './site/site-catalog.ts';
import { ResponseCache, send } from './site/cache/response-cache.ts';
import { watchContent, type ContentWatcher } from './site/cache/content-watcher.ts';
import { buildAssets } from './site/assets.ts';
import type { SiteState } from './site/routes/render.ts';
import { frameworkErrorHandler, registerSystemRoutes } from './site/routes/system-routes.ts';
import { registerArticleRoutes } from './site/routes/article-routes.ts';
import { registerCatalogRoutes } from './site/routes/catalog-routes.ts';
import { registerFeedRoutes } from './feeds/feed-routes.ts';
import { registerNewsroom } from './newsroom/newsroom.ts';
import { registerApiRoutes } from './api/api-routes.ts';
import { registerSearchRoutes } from './site/routes/search-routes.ts';
import { registerSearchApiRoutes } from './search/search-api-routes.ts';
import type { DeclaredRoute } from './newsroom/guard.ts';
import { registerWireRoutes } from './wire/wire-routes.ts';
import { startWebhookDelivery } from './webhooks/webhooks.ts';
import { searchInProcess, startSearchThreads, type SearchRunner } from './search/search-threads.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  /** The clock readers' visibility is judged by; tests move it. */
  now?: () => number;
  /** How often to look for content written by other processes; 0 turns polling off. */
  pollMs?: number;
  logger?: boolean;
  /** How often to publish due scheduled articles; default every second, 0 for none. */
  schedulerMs?: number;
  /** How often to deliver due webhooks; default every second, 0 for none (tests drive delivery directly). */
  webhookMs?: number;
}

export interface DepescheRuntime {
  state: SiteState;
  cache: ResponseCache | null;
  /** Looks for content changes now (as the poller does) and reloads if there were any. */
  checkContent(): Promise<boolean>;
  /** Every newsroom route and the permission it declared. */
  newsroomRoutes: DeclaredRoute[];
}

declare module 'fastify' {
  interface FastifyInstance {
    depesche: DepescheRuntime;
  }
}

/** Search threads over a SQLite file (its own connections read it too), else searches in the process. */
function searchRunner(config: Config, db: Db, onFailure: (err: Error) => void): SearchRunner {
  const inProcess = searchInProcess(db);
  const file = config.databaseUrl;
  if (config.searchThreads === 0 || isPostgresUrl(file) || file === ':memory:') return inProcess;
  return startSearchThreads({ file, threads: config.searchThreads, fallback: inProcess, onFailure });
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const cache = config.pageCache ? new ResponseCache(config.pageCacheMb * 1024 * 1024) : null;
  const catalog = await loadSiteCatalog(db);
  const assets = await buildAssets(catalog.defaultEdition?.agencyShort ?? 'D');
  const state: SiteState = {
    db, catalog, cache, publicUrl: config.publicUrl, now: deps.now ?? Date.now, assets: { css: assets.css, logo: assets.logo },
    search: searchRunner(config, db, (err) => app.log.error({ err }, 'a search thread failed; its searches ran on the main thread')),
  };

  const app = Fastify({
    logger: deps.logger === false ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    // Longer addresses are answered 414 by our own check, in the reader's language.
    routerOptions: { maxParamLength: 4096 },
    frameworkErrors: (error, request, reply) => frameworkErrorHandler(state)(error, request, reply),
    // Cached responses are answered before Fastify sees the request: the fast path of the reader site.
    serverFactory: (handler) =>
      createServer((req: IncomingMessage, res: ServerResponse) => {
        if (cache?.tryServe(req, res)) return;
        handler(req, res);
      }),
    // An edition with its own host name is served at that host's root.
    rewriteUrl: (req) => {
      const url = req.url ?? '/';
      const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
      const edition = state.catalog.byHost.get(host);
      if (!edition || url.startsWith('/media/') || url.startsWith('/assets/') || url.startsWith('/api/') || url.startsWith('/wire/') || url.startsWith('/newsroom') || url === '/robots.txt' || url === '/sitemap.xml' || url.startsWith('/sitemaps/') || url === `/${edition.code}` || url.startsWith(`/${edition.code}/`) || url.startsWith(`/${edition.code}?`)) return url;
      return `/${edition.code}${url === '/' ? '' : url}`;
    },
  });

  const watcher: ContentWatcher = watchContent(
    db,
    deps.pollMs ?? 500,
    async () => {
      cache?.clear();
      state.catalog = await loadSiteCatalog(db);
    },
    (at) => {
      if (cache) cache.notAfter = at;
    },
    (err) => app.log.warn({ err }, 'content version check failed'),
  );
  await watcher.check();
  app.addHook('onClose', async () => watcher.stop());
  app.addHook('onClose', async () => state.search.close());

  // inject() and requests that raced past the server's fast path still get cached answers. Without a cache there is
  // no hook: an async hook costs every request a few microseconds for nothing.
  if (cache) app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const entry = cache.lookup(ResponseCache.keyOf(request.raw), Date.now());
    if (!entry) return;
    reply.hijack();
    send(request.raw, reply.raw, entry);
  });

  const runtime: DepescheRuntime = { state, cache, checkContent: () => watcher.check(), newsroomRoutes: [] };
  app.decorate('depesche', runtime);
  registerSystemRoutes(app, state, assets.list);
  registerArticleRoutes(app, state);
  registerCatalogRoutes(app, state);
  registerApiRoutes(app, state, { corsOrigins: config.corsOrigins, rateLimit: config.apiRateLimit > 0 ? { max: config.apiRateLimit, windowMs: 60_000 } : false });
  registerFeedRoutes(app, state);
  registerSearchRoutes(app, state);
  registerSearchApiRoutes(app, state, { corsOrigins: config.corsOrigins, rateLimit: config.apiRateLimit > 0 ? { max: config.apiRateLimit, windowMs: 60_000 } : false });
  registerWireRoutes(app, state);
  const newsroom = await registerNewsroom(app, { db, site: state, secureCookies: config.publicUrl.startsWith('https:'), schedulerMs: deps.schedulerMs ?? 1000 });
  runtime.newsroomRoutes = newsroom.routes;
  startWebhookDelivery(app, { db, publicUrl: config.publicUrl, intervalMs: deps.webhookMs ?? 1000 });
  return app;
}
