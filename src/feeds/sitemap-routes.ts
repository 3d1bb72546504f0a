// robots.txt, the sitemap index and the sitemaps under /sitemaps/, sent with Last-Modified through the page cache.
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import { editionOf, sendBody, type SiteState } from '../site/routes/render.ts';
import { FEED_CACHE_CONTROL, sendDated } from './feed-http.ts';
import { feedUrls, parseSitemapFile } from './feed-urls.ts';
import { renderRobots } from './robots.ts';
import { buildMonthSitemap, buildNewsSitemap, buildPagesSitemap, buildSitemapIndex, type BuiltSitemap } from './sitemap-content.ts';

const XML = 'application/xml';

export function registerSitemapRoutes(app: FastifyInstance, state: SiteState): void {
  app.get(feedUrls.robots(), async (request, reply) => {
    sendBody(state, request, reply, renderRobots(state.publicUrl), { contentType: 'text/plain; charset=utf-8', cacheControl: FEED_CACHE_CONTROL, ttl: 3600 });
  });

  app.get(feedUrls.sitemapIndex(), async (request, reply) => {
    const built = await buildSitemapIndex(state);
    if (!built) throw new DomainError('NOT_FOUND', 'no editions');
    sendDated(state, request, reply, built.body, { contentType: XML, lastModified: built.lastModified });
  });

  app.get('/sitemaps/:file', async (request, reply) => {
    const file = parseSitemapFile((request.params as Record<string, string>).file);
    if (!file) throw new DomainError('NOT_FOUND', 'not a sitemap');
    const edition = editionOf(state, file.edition);
    let built: BuiltSitemap | undefined;
    if (file.kind === 'pages') built = await buildPagesSitemap(state, edition);
    else if (file.kind === 'news') built = await buildNewsSitemap(state, edition);
    else built = await buildMonthSitemap(state, edition, file.month, file.page);
    // An empty urlset is not a valid sitemap: a month without articles, or two days without news, is not there.
    if (!built) throw new DomainError('NOT_FOUND', 'empty sitemap');
    sendDated(state, request, reply, built.body, { contentType: XML, lastModified: built.lastModified });
  });
}
