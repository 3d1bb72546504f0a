// RSS, Atom and JSON Feed per edition, rubric and tag, plus robots.txt and the sitemaps: registerFeedRoutes(app, state).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import type { Edition } from '../domain/model.ts';
import type { ListFilter } from '../db/repos/article-repo.ts';
import { findTermBySlug } from '../db/repos/term-repo.ts';
import { messagesFor } from '../i18n/messages.ts';
import { editionOf, type SiteState } from '../site/routes/render.ts';
import { linkFilter } from '../site/routes/front-lists.ts';
import { urls } from '../site/urls.ts';
import { DEFAULT_FEED_OPTIONS, feedEntry, latestChange, type FeedChannel, type FeedOptions } from './feed-content.ts';
import { sendDated } from './feed-http.ts';
import { listFeedArticles } from './feed-repo.ts';
import { FEED_FORMATS, FEED_FORMAT_NAMES, feedUrls, type FeedFormat } from './feed-urls.ts';
import { renderAtom } from './atom.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';
import { registerSitemapRoutes } from './sitemap-routes.ts';

type Params = Record<string, string>;

const RENDERERS = { rss: renderRss, atom: renderAtom, json: renderJsonFeed } satisfies Record<FeedFormat, unknown>;

interface FeedScope {
  edition: Edition;
  title: string;
  description: string;
  /** The reader page the feed follows. */
  homePath: string;
  selfPath: (f: FeedFormat) => string;
  filter: Pick<ListFilter, 'rubricId' | 'tagId' | 'denseLinks'>;
}

/**
 * Static file names after the parameters (feed.rss, feed.atom, feed.json) make these routes win over the reader
 * site's '/:ed/:rubric/:item' and '/:ed/:rubric': the router prefers a static segment to a parameter.
 */
export function registerFeedRoutes(app: FastifyInstance, state: SiteState, options: Partial<FeedOptions> = {}): void {
  const opts: FeedOptions = { ...DEFAULT_FEED_OPTIONS, ...options };

  async function sendFeed(request: FastifyRequest, reply: FastifyReply, format: FeedFormat, scope: FeedScope): Promise<void> {
    const { edition } = scope;
    const now = state.now();
    const articles = await listFeedArticles(state.db, { edition: edition.code, now, limit: opts.size, ...scope.filter });
    const entries = articles.map((a) => feedEntry(a, edition, state.publicUrl, opts));
    const updated = latestChange(entries);
    const channel: FeedChannel = {
      edition,
      title: scope.title,
      description: scope.description,
      homeUrl: state.publicUrl + scope.homePath,
      selfUrl: Object.fromEntries(FEED_FORMAT_NAMES.map((f) => [f, state.publicUrl + scope.selfPath(f)])) as Record<FeedFormat, string>,
      iconUrl: state.publicUrl + state.assets.logo,
      updated,
      builtAt: now,
      generator: 'Depesche',
    };
    sendDated(state, request, reply, RENDERERS[format](channel, entries), { contentType: FEED_FORMATS[format].contentType, lastModified: updated });
  }

  for (const format of FEED_FORMAT_NAMES) {
    const file = FEED_FORMATS[format].file;

    app.get(`/:ed/${file}`, async (request, reply) => {
      const edition = editionOf(state, (request.params as Params).ed);
      const t = messagesFor(edition.code, edition.labels);
      return sendFeed(request, reply, format, {
        edition,
        title: edition.agencyName,
        description: `${t.latestNews} – ${edition.agencyName}`,
        homePath: urls.home(edition.code),
        selfPath: (f) => feedUrls.edition(edition.code, f),
        filter: {},
      });
    });

    app.get(`/:ed/:rubric/${file}`, async (request, reply) => {
      const params = request.params as Params;
      const edition = editionOf(state, params.ed);
      const rubric = await findTermBySlug(state.db, 'rubric', edition.code, params.rubric);
      if (!rubric) throw new DomainError('NOT_FOUND', 'unknown rubric');
      const t = messagesFor(edition.code, edition.labels);
      return sendFeed(request, reply, format, {
        edition,
        title: `${rubric.name} – ${edition.agencyName}`,
        description: rubric.description || t.latestNewsFrom.replace('{rubric}', rubric.name),
        homePath: urls.rubric(edition.code, rubric.slug),
        selfPath: (f) => feedUrls.rubric(edition.code, rubric.slug, f),
        filter: { rubricId: rubric.id },
      });
    });

    app.get(`/:ed/tag/:slug/${file}`, async (request, reply) => {
      const params = request.params as Params;
      const edition = editionOf(state, params.ed);
      const tag = await findTermBySlug(state.db, 'tag', edition.code, params.slug);
      if (!tag) throw new DomainError('NOT_FOUND', 'unknown tag');
      return sendFeed(request, reply, format, {
        edition,
        title: `${tag.name} – ${edition.agencyName}`,
        description: tag.description || `${tag.name} – ${edition.agencyName}`,
        homePath: urls.tag(edition.code, tag.slug),
        selfPath: (f) => feedUrls.tag(edition.code, tag.slug, f),
        filter: await linkFilter(state, state.now(), 'tag', tag.id),
      });
    });
  }

  registerSitemapRoutes(app, state);
}
