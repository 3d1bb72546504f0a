// RSS 2.0 with content:encoded for the full text, dc:creator for bylines, and images as enclosure and media:content.
import { escapeHtml } from '../site/html.ts';
import { rfc822 } from './feed-dates.ts';
import type { FeedChannel, FeedEntry } from './feed-content.ts';
import { xml, xmlDocument, type XmlMarkup } from './xml.ts';

function item(e: FeedEntry, timeZone: string): XmlMarkup {
  return xml`<item>
<title>${e.title}</title>
<link>${e.url}</link>
<guid isPermaLink="true">${e.id}</guid>
<pubDate>${rfc822(e.published, timeZone)}</pubDate>
<description>${escapeHtml(e.summary)}</description>
${e.contentHtml === null ? '' : xml`<content:encoded>${e.contentHtml}</content:encoded>\n`}${e.authors.map((name) => xml`<dc:creator>${name}</dc:creator>\n`)}${e.categories.map((c) => xml`<category>${c.label}</category>\n`)}${e.image ? xml`<enclosure url="${e.image.url}" length="${e.image.bytes}" type="${e.image.mime}"/>
<media:content url="${e.image.url}" type="${e.image.mime}" medium="image" width="${e.image.width}" height="${e.image.height}" fileSize="${e.image.bytes}">${e.image.caption ? xml`<media:description type="plain">${e.image.caption}</media:description>` : ''}${e.image.credit ? xml`<media:credit>${e.image.credit}</media:credit>` : ''}</media:content>
` : ''}</item>
`;
}

export function renderRss(channel: FeedChannel, entries: FeedEntry[]): string {
  const { edition } = channel;
  return xmlDocument(xml`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>${channel.title}</title>
<link>${channel.homeUrl}</link>
<description>${channel.description}</description>
<language>${edition.locale.toLowerCase()}</language>
${channel.updated === null ? '' : xml`<lastBuildDate>${rfc822(channel.updated, edition.timeZone)}</lastBuildDate>\n`}<generator>${channel.generator}</generator>
<atom:link href="${channel.selfUrl.rss}" rel="self" type="application/rss+xml"/>
<image>
<url>${channel.iconUrl}</url>
<title>${channel.title}</title>
<link>${channel.homeUrl}</link>
</image>
${entries.map((e) => item(e, edition.timeZone))}</channel>
</rss>`);
}
