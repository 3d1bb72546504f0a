// JSON Feed 1.1 (https://jsonfeed.org/version/1.1): content_html or, for summary feeds, content_text; the lead image as image.
import { rfc3339 } from './feed-dates.ts';
import type { FeedChannel, FeedEntry } from './feed-content.ts';

// Valid JSON either way; escaped, no markup appears even to a client that sniffs the body as HTML.
const SCRIPT_SAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

export function renderJsonFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  const { edition } = channel;
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrl.json,
    description: channel.description,
    icon: channel.iconUrl,
    favicon: channel.iconUrl,
    language: edition.locale,
    authors: [{ name: edition.agencyName, url: channel.homeUrl }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      ...(e.contentHtml === null ? { content_text: e.summary } : { content_html: e.contentHtml }),
      summary: e.summary,
      image: e.image?.url,
      date_published: rfc3339(e.published, edition.timeZone),
      date_modified: rfc3339(e.updated, edition.timeZone),
      authors: e.authors.length ? e.authors.map((name) => ({ name })) : undefined,
      tags: e.categories.length ? e.categories.map((c) => c.label) : undefined,
      language: edition.locale,
    })),
  }).replace(/[<>&]/g, (c) => SCRIPT_SAFE[c]);
}
