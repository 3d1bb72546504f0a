// Mounts the newsroom: its assets, the form parser, every route group, and the scheduled-publishing loop.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { sendBody, type SiteState } from '../site/routes/render.ts';
import { publishDueArticles } from '../services/article-service.ts';
import { enforceDeclaredPermissions, type DeclaredRoute, type NewsroomState } from './guard.ts';
import { newsroomStylesheet, type NewsroomAsset } from './assets.ts';
import { registerFormParser } from './form-body.ts';
import { buildEditorAssets } from './client-bundle.ts';
import { registerAuthRoutes } from './routes/auth-routes.ts';
import { registerArticleRoutes } from './routes/article-routes.ts';
import { registerArticleListRoutes } from './routes/article-list-routes.ts';
import { registerMediaRoutes } from './routes/media-routes.ts';
import { registerManageRoutes } from './routes/manage-routes.ts';
import { registerWireClientRoutes } from './routes/wire-client-routes.ts';
import { registerWebhookLogRoutes } from './routes/webhook-log-routes.ts';

export interface NewsroomOptions {
  db: Db;
  site: SiteState;
  secureCookies: boolean;
  /** How often to publish due scheduled articles; 0 turns the loop off (tests call it directly). */
  schedulerMs: number;
}

export async function registerNewsroom(app: FastifyInstance, o: NewsroomOptions): Promise<NewsroomState> {
  const routes: DeclaredRoute[] = [];
  enforceDeclaredPermissions(app, routes);
  registerFormParser(app);
  const css = newsroomStylesheet();
  const assets: NewsroomAsset[] = [css];
  let editorJs: string | null = null;
  let editorCss: string | null = null;
  try {
    const { script, styles } = await buildEditorAssets();
    assets.push(script, styles);
    editorJs = script.path;
    editorCss = styles.path;
  } catch (err) {
    // The editor still works as a plain form without its script.
    app.log.warn({ err }, 'editor bundle unavailable');
  }
  const nr: NewsroomState = {
    db: o.db, site: o.site, secureCookies: o.secureCookies,
    assets: new Map(assets.map((a) => [a.path, a])),
    assetPaths: { css: css.path, editorJs, editorCss },
    routes,
  };
  for (const asset of assets) {
    // Through the page cache, so the 400 KB editor goes out brotli- or gzip-compressed.
    app.get(asset.path, { config: { permission: 'public' } }, async (request, reply) =>
      sendBody(o.site, request, reply, asset.body, { contentType: asset.contentType, cacheControl: 'public, max-age=31536000, immutable', ttl: 86400 }));
  }
  registerAuthRoutes(app, nr);
  registerArticleListRoutes(app, nr);
  registerArticleRoutes(app, nr);
  await registerMediaRoutes(app, nr);
  await registerManageRoutes(app, nr);
  registerWireClientRoutes(app, nr);
  registerWebhookLogRoutes(app, nr);
  if (o.schedulerMs > 0) {
    const timer = setInterval(() => {
      publishDueArticles(o.db).catch((err) => app.log.warn({ err }, 'scheduled publishing failed'));
    }, o.schedulerMs);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
  return nr;
}
