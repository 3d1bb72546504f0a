// Atom 1.0 (RFC 4287): text titles and summaries, the full text as escaped HTML content, images as enclosure links.
import { rfc3339 } from './feed-dates.ts';
import type { FeedChannel, FeedEntry } from './feed-content.ts';
import { xml, xmlDocument, type XmlMarkup } from './xml.ts';

function entry(e: FeedEntry, timeZone: string): XmlMarkup {
  return xml`<entry>
<id>${e.id}</id>
<title type="text">${e.title}</title>
<link rel="alternate" type="text/html" href="${e.url}"/>
<published>${rfc3339(e.published, timeZone)}</published>
<updated>${rfc3339(e.updated, timeZone)}</updated>
${e.authors.map((name) => xml`<author><name>${name}</name></author>\n`)}${e.categories.map((c) => xml`<category term="${c.term}" label="${c.label}"/>\n`)}<summary type="text">${e.summary}</summary>
${e.contentHtml === null ? '' : xml`<content type="html">${e.contentHtml}</content>\n`}${e.image ? xml`<link rel="enclosure" type="${e.image.mime}" length="${e.image.bytes}" href="${e.image.url}"${e.image.caption ? xml` title="${e.image.caption}"` : ''}/>\n` : ''}</entry>
`;
}

export function renderAtom(channel: FeedChannel, entries: FeedEntry[]): string {
  const { edition } = channel;
  return xmlDocument(xml`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${edition.locale}">
<id>${channel.selfUrl.atom}</id>
<title type="text">${channel.title}</title>
<subtitle type="text">${channel.description}</subtitle>
<updated>${rfc3339(channel.updated ?? channel.builtAt, edition.timeZone)}</updated>
<link rel="self" type="application/atom+xml" href="${channel.selfUrl.atom}"/>
<link rel="alternate" type="text/html" href="${channel.homeUrl}"/>
<author><name>${edition.agencyName}</name><uri>${channel.homeUrl}</uri></author>
<generator>${channel.generator}</generator>
<icon>${channel.iconUrl}</icon>
${entries.map((e) => entry(e, edition.timeZone))}</feed>`);
}
