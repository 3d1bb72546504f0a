// Sitemap index, URL sets with xhtml:link hreflang alternates, and Google News sitemaps, as sitemaps.org and Google define them.
import { XML_DECLARATION, xml, xmlDocument } from './xml.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The sitemaps protocol's limit of URLs (and of sitemaps in an index) per file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

/**
 * Articles per month sitemap file. The protocol's other limit, 50 MB uncompressed, binds first: an article with
 * a long slug and four translations takes ~2.5 KB with its xhtml:link alternates, so 50,000 of them could exceed
 * it. 10,000 keeps every file far below (and builds one in about a second on a million-article archive).
 */
export const ARTICLES_PER_SITEMAP = 10_000;

export interface SitemapRef {
  loc: string;
  /** W3C datetime with offset. */
  lastmod?: string;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** Every language version of the page, this one included; none when it has no translation. */
  alternates?: Alternate[];
}

export interface NewsUrl {
  loc: string;
  lastmod: string;
  publicationName: string;
  /** ISO 639 code as Google News wants it: de, en, zh-cn. */
  language: string;
  publicationDate: string;
  title: string;
}

export function renderSitemapIndex(sitemaps: SitemapRef[]): string {
  return xmlDocument(xml`<sitemapindex xmlns="${SITEMAP_NS}">
${sitemaps.map((s) => xml`<sitemap><loc>${s.loc}</loc>${s.lastmod ? xml`<lastmod>${s.lastmod}</lastmod>` : ''}</sitemap>\n`)}</sitemapindex>`);
}

export function renderUrlSet(urls: SitemapUrl[]): string {
  return `${URLSET_START}${renderUrlEntries(urls)}${URLSET_END}`;
}

/** A urlset in parts, for files built a slice of entries at a time: URLSET_START, entries, URLSET_END. */
export const URLSET_START = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n`;
export const URLSET_END = '</urlset>\n';

export function renderUrlEntries(urls: SitemapUrl[]): string {
  return xml`${urls.map((u) => xml`<url><loc>${u.loc}</loc>${u.lastmod ? xml`<lastmod>${u.lastmod}</lastmod>` : ''}${(u.alternates ?? []).map(
    (a) => xml`<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${a.href}"/>`,
  )}</url>\n`)}`.value;
}

export function renderNewsSitemap(urls: NewsUrl[]): string {
  return xmlDocument(xml`<urlset xmlns="${SITEMAP_NS}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.map((u) => xml`<url><loc>${u.loc}</loc><lastmod>${u.lastmod}</lastmod><news:news><news:publication><news:name>${u.publicationName}</news:name><news:language>${u.language}</news:language></news:publication><news:publication_date>${u.publicationDate}</news:publication_date><news:title>${u.title}</news:title></news:news></url>\n`)}</urlset>`);
}

/** Google News names languages by ISO 639 code, except Chinese, which it splits by script (zh-cn, zh-tw). */
export function newsLanguage(locale: string): string {
  const [language, region = ''] = locale.toLowerCase().split('-');
  if (language !== 'zh') return language;
  return ['tw', 'hk', 'mo', 'hant'].includes(region) ? 'zh-tw' : 'zh-cn';
}
