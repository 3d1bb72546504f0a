// One format-neutral view of a feed and its entries; rss.ts, atom.ts and json-feed.ts only write it out.
import { bodyText } from '../domain/body-html.ts';
import { formatDateline } from '../domain/dates.ts';
import type { Edition } from '../domain/model.ts';
import { messagesFor } from '../i18n/messages.ts';
import { html } from '../site/html.ts';
import { articleUrl, urls } from '../site/urls.ts';
import { bodyWithDateline } from '../site/views/article-page.ts';
import type { FeedArticle } from './feed-repo.ts';
import { feedUrls, type FeedFormat } from './feed-urls.ts';

export interface FeedOptions {
  /** Full text in content:encoded / Atom content / content_html besides the summary; false sends the summary only. */
  fullContent: boolean;
  /** Entries per feed. */
  size: number;
}

export const DEFAULT_FEED_OPTIONS: FeedOptions = { fullContent: true, size: 50 };

export interface FeedChannel {
  edition: Edition;
  title: string;
  description: string;
  /** The HTML page the feed follows, absolute. */
  homeUrl: string;
  /** This feed's own address in each format, absolute. */
  selfUrl: Record<FeedFormat, string>;
  iconUrl: string;
  /** Latest change of any entry; null for an empty feed. */
  updated: number | null;
  /** When this copy was built: Atom's required <updated> of an empty feed. */
  builtAt: number;
  generator: string;
}

export interface FeedImage {
  url: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  caption: string;
  alt: string;
  credit: string;
}

export interface FeedEntry {
  /** Stable for the article's life: its short address, which redirects to the current one. */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** Sanitized HTML with absolute links, or null when the feed carries summaries only. */
  contentHtml: string | null;
  published: number;
  updated: number;
  authors: string[];
  /** The rubric first, then the tags: slug as term, name as label. */
  categories: { term: string; label: string }[];
  image: FeedImage | null;
}

const SUMMARY_LENGTH = 300;

function summaryOf(a: FeedArticle): string {
  const text = a.lead.trim() || bodyText(a.body);
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH - 40)).trimEnd()} …`;
}

/** Root-relative links and sources in a body are made absolute: a feed reader has no base address. */
function absoluteLinks(body: string, publicUrl: string): string {
  return body.replace(/\b(href|src)="\/(?!\/)/g, `$1="${publicUrl}/`);
}

function contentOf(a: FeedArticle, edition: Edition, publicUrl: string, image: FeedImage | null): string {
  const t = messagesFor(edition.code, edition.labels);
  const figure = image
    ? html`<figure><img src="${image.url}" alt="${image.alt}" width="${image.width}" height="${image.height}"><figcaption>${image.caption}${image.credit ? ` (${t.photo}: ${image.credit})` : ''}</figcaption></figure>`.value
    : '';
  const body = bodyWithDateline(absoluteLinks(a.body, publicUrl), formatDateline(a.place, a.publishedAt, edition)).value;
  const correction = a.correctionNote ? html`<p><strong>${t.correction}:</strong> ${a.correctionNote}</p>`.value : '';
  return figure + body + correction;
}

export function feedEntry(a: FeedArticle, edition: Edition, publicUrl: string, opts: FeedOptions): FeedEntry {
  const image: FeedImage | null = a.image && a.imageFile
    ? {
      url: publicUrl + urls.media(a.image.id, a.imageFile.width), mime: a.imageFile.mime, bytes: a.imageFile.bytes,
      width: a.imageFile.width, height: a.imageFile.height, caption: a.image.caption, alt: a.image.alt, credit: a.image.credit,
    }
    : null;
  return {
    id: publicUrl + feedUrls.permalink(edition.code, a.id),
    url: publicUrl + articleUrl(a),
    title: a.headline,
    summary: summaryOf(a),
    contentHtml: opts.fullContent ? contentOf(a, edition, publicUrl, image) : null,
    published: a.publishedAt,
    updated: Math.max(a.updatedAt, a.publishedAt),
    authors: a.authors,
    categories: [
      ...(a.rubric ? [{ term: a.rubric.slug, label: a.rubric.name }] : []),
      ...a.tags.map((tag) => ({ term: tag.slug, label: tag.name })),
    ],
    image,
  };
}

export function latestChange(entries: FeedEntry[]): number | null {
  return entries.length ? Math.max(...entries.map((e) => e.updated)) : null;
}
