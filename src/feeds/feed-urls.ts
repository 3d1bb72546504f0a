// Every feed, sitemap and robots URL is built here, so routes, sitemaps and autodiscovery links never disagree.
export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: Record<FeedFormat, { file: string; contentType: string }> = {
  rss: { file: 'feed.rss', contentType: 'application/rss+xml' },
  atom: { file: 'feed.atom', contentType: 'application/atom+xml' },
  json: { file: 'feed.json', contentType: 'application/feed+json' },
};

export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];

export const feedUrls = {
  /** An article's address that outlives headline changes: the reader site redirects it to the current one. */
  permalink: (ed: string, id: number) => `/${ed}/news/${id}`,
  edition: (ed: string, f: FeedFormat) => `/${ed}/${FEED_FORMATS[f].file}`,
  rubric: (ed: string, slug: string, f: FeedFormat) => `/${ed}/${slug}/${FEED_FORMATS[f].file}`,
  tag: (ed: string, slug: string, f: FeedFormat) => `/${ed}/tag/${slug}/${FEED_FORMATS[f].file}`,
  robots: () => '/robots.txt',
  sitemapIndex: () => '/sitemap.xml',
  /** The edition's section and static pages: home, all news, rubrics, tags, authors, projects, directory, pages. */
  sitemapPages: (ed: string) => `/sitemaps/${ed}-pages.xml`,
  /** Articles first published in one UTC month (yyyy-mm); a month past ARTICLES_PER_SITEMAP goes on in -p2, -p3… */
  sitemapMonth: (ed: string, month: string, page = 1) => `/sitemaps/${ed}-${month}${page > 1 ? `-p${page}` : ''}.xml`,
  sitemapNews: (ed: string) => `/sitemaps/news-${ed}.xml`,
};

export type SitemapFile =
  | { kind: 'pages'; edition: string }
  | { kind: 'month'; edition: string; month: string; page: number }
  | { kind: 'news'; edition: string };

/** The sitemap a file name under /sitemaps/ names, or undefined. */
export function parseSitemapFile(file: string): SitemapFile | undefined {
  let m = /^news-([a-z]{2,3})\.xml$/.exec(file);
  if (m) return { kind: 'news', edition: m[1] };
  m = /^([a-z]{2,3})-pages\.xml$/.exec(file);
  if (m) return { kind: 'pages', edition: m[1] };
  m = /^([a-z]{2,3})-(\d{4})-(0[1-9]|1[0-2])(?:-p([2-9]|[1-9]\d{1,3}))?\.xml$/.exec(file);
  if (m) return { kind: 'month', edition: m[1], month: `${m[2]}-${m[3]}`, page: m[4] ? Number(m[4]) : 1 };
  return undefined;
}

export interface FeedLink {
  type: string;
  title: string;
  href: string;
}

/** Autodiscovery links (<link rel="alternate" type=… title=… href=…>) for a page's head: the edition's feeds, then its rubric's or tag's. */
export function feedLinksFor(
  publicUrl: string,
  edition: { code: string; agencyName: string },
  scope?: { kind: 'rubric' | 'tag'; slug: string; name: string },
): FeedLink[] {
  const names: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };
  const links = FEED_FORMAT_NAMES.map((f) => ({ type: FEED_FORMATS[f].contentType, title: `${edition.agencyName} (${names[f]})`, href: publicUrl + feedUrls.edition(edition.code, f) }));
  if (!scope) return links;
  const build = scope.kind === 'rubric' ? feedUrls.rubric : feedUrls.tag;
  return [
    ...FEED_FORMAT_NAMES.map((f) => ({ type: FEED_FORMATS[f].contentType, title: `${edition.agencyName}: ${scope.name} (${names[f]})`, href: publicUrl + build(edition.code, scope.slug, f) })),
    ...links,
  ];
}
