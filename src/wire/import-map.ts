// One validated ninjs item (2.x or 3.x spelling) → the article it describes, in Depesche's terms; or why it cannot be one.
import { bodyText } from '../domain/body-html.ts';
import { slugify } from '../domain/slug.ts';
import { cleanBody } from './import-clean-body.ts';
import { termKeyOf } from './ninjs.ts';
import type { NinjsVersion } from './import-validate.ts';

export interface ImportTerm {
  name: string;
  /** The Depesche key, when the URI is one of ours (urn:depesche:rubric:KEY…). */
  key: string | null;
  /** The slug it had where the item comes from, when that is known. */
  slug?: string;
}

export interface ImportArticle {
  uri: string;
  version: NinjsVersion;
  /** BCP 47 language, or an edition code from the `edition` altid (preferred); null when the item has neither. */
  language: string | null;
  edition: string | null;
  storyUri: string | null;
  status: 'published' | 'withdrawn' | 'draft';
  headline: string;
  /** The headline's slug, made here so that worker threads do it rather than the writing thread. */
  slug: string;
  lead: string;
  place: string;
  body: string;
  correctionNote: string;
  urgency: number;
  firstCreated: number | null;
  versionCreated: number | null;
  contentCreated: number | null;
  embargoUntil: number | null;
  /** Subjects marked as a rubric (rel "rubric" or our rubric URI). */
  rubricCandidates: ImportTerm[];
  /** Every other subject with a name, in order: one naming a rubric of the edition becomes the rubric, the rest tags. */
  subjects: ImportTerm[];
  authors: ImportTerm[];
  translationUris: string[];
  /** The lead image: a picture association with a rendition at a relative path (a file beside the input); null when none. */
  picture: ImportPicture | null;
}

export interface ImportPicture {
  /** The rendition's href as written: a relative path, no scheme. */
  href: string;
  caption: string;
  alt: string;
  credit: string;
}

/** An href with a scheme (https:, urn:…) or a network path (//host) is no file beside the input. */
export function isRelativeHref(href: string): boolean {
  // `file:` with a relative path is how `depesche export --media` names its files while staying a valid URI.
  if (/^file:(?!\/)/i.test(href)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
}

export const LIMITS = { headline: 300, lead: 1000, place: 100, body: 200_000, tag: 80, tags: 30, author: 120, authors: 20 };

export type MapResult = { article: ImportArticle; warnings: string[] } | { error: string };

type Item = Record<string, any>;

const ACTIVE_CONTENT = /<\s*(script|style|iframe|object|embed|form|svg|math|link|meta|base)\b|\son[a-z]+\s*=|javascript\s*:/i;
const TEXT_TYPES = new Set(['text', 'composite']);

/** The names of the two spellings: [2.x, 3.x]. */
const N = {
  firstCreated: ['firstcreated', 'firstCreated'],
  versionCreated: ['versioncreated', 'versionCreated'],
  contentCreated: ['contentcreated', 'contentCreated'],
  embargoed: ['embargoed', 'embargoedUntil'],
  pubStatus: ['pubstatus', 'pubStatus'],
  altIds: ['altids', 'altIds'],
  contentType: ['contenttype', 'contentType'],
} as const;

function field(item: Item, version: NinjsVersion, name: keyof typeof N): any {
  return item[N[name][version === '2.2' ? 0 : 1]];
}

function time(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

function plain(text: string, contentType: unknown): string {
  const value = typeof contentType === 'string' && /html/i.test(contentType) ? bodyText(text) : text;
  return value.replace(/\s+/g, ' ').trim();
}

function pick<T extends { role?: string }>(list: T[] | undefined, roles: string[]): T | undefined {
  if (!list?.length) return undefined;
  for (const role of roles) {
    const found = list.find((x) => x.role === role);
    if (found) return found;
  }
  return list.find((x) => x.role === undefined) ?? list[0];
}

function paragraphs(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('\n');
}

/** The HTML body if there is one (text/html, any role), else a plain-text body as paragraphs; NITF and others are not read. */
function bodyOf(item: Item, version: NinjsVersion): { html: string; fromHtml: boolean } {
  const bodies: Item[] = item.bodies ?? [];
  const typeOf = (b: Item) => String(b[N.contentType[version === '2.2' ? 0 : 1]] ?? '');
  const html = bodies.find((b) => /^text\/html/i.test(typeOf(b)) && (b.role === 'main' || b.role === undefined)) ?? bodies.find((b) => /^text\/html/i.test(typeOf(b)));
  if (html) return { html: String(html.value), fromHtml: true };
  const text = bodies.find((b) => /^text\/plain/i.test(typeOf(b)) || (typeOf(b) === '' && !/</.test(String(b.value))));
  return { html: text ? paragraphs(String(text.value)) : '', fromHtml: false };
}

function altId(item: Item, version: NinjsVersion, role: string): string | null {
  const found = (field(item, version, 'altIds') as Item[] | undefined)?.find((a) => a.role === role);
  return typeof found?.value === 'string' && found.value.trim() ? found.value.trim() : null;
}

function authorsOf(item: Item): ImportTerm[] {
  const people = ((item.people ?? []) as Item[]).filter((p) => (p.rel === 'author' || p.rel === 'creator') && typeof p.name === 'string' && p.name.trim());
  if (people.length) return people.map((p) => ({ name: p.name.trim(), key: typeof p.uri === 'string' ? termKeyOf('author', p.uri) ?? null : null }));
  if (typeof item.by !== 'string') return [];
  return item.by.split(/[,;]/).map((name: string) => name.trim()).filter(Boolean).map((name: string) => ({ name, key: null }));
}

/**
 * Depesche's reader URL (the "web" rendition) is /EDITION/RUBRIC-SLUG/ID-SLUG: the rubric's slug at the source, which
 * ninjs has no field for; a rubric created by the import takes it, so that its pages keep their addresses.
 */
function rubricSlugOf(item: Item, version: NinjsVersion): string | undefined {
  const web = ((item.renditions ?? []) as Item[]).find((r) => r.name === 'web' && typeof r.href === 'string');
  const edition = altId(item, version, 'edition');
  if (!web || !edition) return undefined;
  let path: string;
  try {
    path = new URL(web.href).pathname;
  } catch {
    return undefined;
  }
  const m = /^(?:\/[a-z]{2,3}(?:-[a-z0-9]+)?)?\/([a-z0-9][a-z0-9-]{0,79})\/\d+-[^/]*$/.exec(path);
  return m && m[1] !== 'news' ? m[1] : undefined;
}

/**
 * The lead image (association "featureimage", else the first picture) when one of its renditions is a relative path:
 * caption from its caption description (else its headline or description), alt from its alternative-text description,
 * credit from copyrightholder (else copyrightnotice, else by). Absolute hrefs are not fetched.
 */
function pictureOf(item: Item, version: NinjsVersion): ImportPicture | null {
  const pictures = ((item.associations ?? []) as Item[]).filter((a) => a && a.type === 'picture');
  const picture = pictures.find((a) => a.name === 'featureimage' || a.rel === 'featureimage') ?? pictures[0];
  if (!picture) return null;
  const rendition = ((picture.renditions ?? []) as Item[]).find((r) => typeof r.href === 'string' && r.href.trim() && isRelativeHref(r.href.trim()));
  if (!rendition) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');
  const descriptions = (picture.descriptions ?? []) as Item[];
  const description = (role: string) => {
    const d = descriptions.find((x) => x.role === role);
    return d ? plain(String(d.value), d[N.contentType[version === '2.2' ? 0 : 1]]) : '';
  };
  const headline = pick<Item>(picture.headlines, ['main', 'headline']);
  const caption = description('caption') || (headline ? text(headline.value) : '') || description('description');
  const credit = text(picture[version === '2.2' ? 'copyrightholder' : 'copyrightHolder']) || text(picture[version === '2.2' ? 'copyrightnotice' : 'copyrightNotice']) || text(picture.by);
  return { href: rendition.href.trim().replace(/^file:/i, ''), caption, alt: description('alternative-text'), credit };
}

/** Checks what the schema leaves open and the article needs; maps the rest. */
export function mapItem(item: Item, version: NinjsVersion): MapResult {
  const warnings: string[] = [];
  if (typeof item.uri !== 'string' || !item.uri.trim()) return { error: 'no uri: the item URI is what makes importing again an update' };
  if (item.type !== undefined && !TEXT_TYPES.has(item.type)) return { error: `type "${item.type}" is not imported: only text items become articles` };
  const headlineObj = pick<Item>(item.headlines, ['main', 'headline']);
  const headline = headlineObj ? plain(String(headlineObj.value), headlineObj[N.contentType[version === '2.2' ? 0 : 1]]) : '';
  if (!headline) return { error: 'no headline (headlines[].value)' };
  if (headline.length > LIMITS.headline) return { error: `headline longer than ${LIMITS.headline} characters` };

  const descriptions: Item[] = item.descriptions ?? [];
  const summary = descriptions.find((d) => d.role === 'summary') ?? descriptions.find((d) => d.role === undefined || d.role === 'description');
  const lead = summary ? plain(String(summary.value), summary[N.contentType[version === '2.2' ? 0 : 1]]) : '';
  if (lead.length > LIMITS.lead) return { error: `summary (lead) longer than ${LIMITS.lead} characters` };
  const correction = descriptions.find((d) => d.role === 'correction');
  const place = (typeof item.located === 'string' ? item.located : ((item.places ?? []) as Item[]).find((p) => p.rel === 'located')?.name ?? '').trim();
  if (place.length > LIMITS.place) return { error: `located longer than ${LIMITS.place} characters` };

  const { html, fromHtml } = bodyOf(item, version);
  if (html.length > LIMITS.body) return { error: `body longer than ${LIMITS.body} characters` };
  if (fromHtml && ACTIVE_CONTENT.test(html)) warnings.push('body: scripts, styles, frames or event handlers removed');
  const body = fromHtml ? cleanBody(html) : html;

  const urgency = item.urgency ?? 5;
  if (!Number.isInteger(urgency) || urgency < 1 || urgency > 9) return { error: `urgency must be a whole number from 1 to 9, got ${JSON.stringify(urgency)}` };

  const pubStatus = field(item, version, 'pubStatus') ?? 'usable';
  const status = pubStatus === 'canceled' ? 'withdrawn' : pubStatus === 'withheld' ? 'draft' : 'published';

  const rubricCandidates: ImportTerm[] = [];
  const subjects: ImportTerm[] = [];
  for (const s of (item.subjects ?? []) as Item[]) {
    const uri = typeof s.uri === 'string' ? s.uri : '';
    const rubricKey = termKeyOf('rubric', uri) ?? null;
    const name = String(s.name ?? (rubricKey ? '' : s.literal ?? '')).replace(/\s+/g, ' ').trim();
    if (rubricKey || s.rel === 'rubric') rubricCandidates.push({ name, key: rubricKey, slug: rubricKey ? rubricSlugOf(item, version) : undefined });
    else if (name) subjects.push({ name, key: termKeyOf('tag', uri) ?? null });
  }
  const tooLong = subjects.filter((s) => s.name.length > LIMITS.tag);
  if (tooLong.length) return { error: `subject name longer than ${LIMITS.tag} characters: "${tooLong[0].name.slice(0, 40)}…"` };

  const authors = authorsOf(item);
  if (authors.some((a) => a.name.length > LIMITS.author)) return { error: `author name longer than ${LIMITS.author} characters` };
  if (authors.length > LIMITS.authors) return { error: `more than ${LIMITS.authors} authors` };

  const translationUris: string[] = [];
  for (const a of (item.associations ?? []) as Item[]) {
    const isTranslation = a.rel === 'translation' || /^translation/i.test(String(a.name)) || (typeof a.language === 'string' && (a.type === undefined || a.type === 'text') && a.language !== item.language);
    if (isTranslation && typeof a.uri === 'string' && a.uri !== item.uri) translationUris.push(a.uri);
  }

  return {
    article: {
      picture: pictureOf(item, version),
      uri: item.uri.trim(),
      version,
      language: typeof item.language === 'string' && item.language.trim() ? item.language.trim() : null,
      edition: altId(item, version, 'edition'),
      storyUri: altId(item, version, 'translation-group'),
      status,
      headline,
      slug: slugify(headline),
      lead,
      place,
      body,
      correctionNote: correction ? plain(String(correction.value), undefined) : '',
      urgency,
      firstCreated: time(field(item, version, 'firstCreated')),
      versionCreated: time(field(item, version, 'versionCreated')),
      contentCreated: time(field(item, version, 'contentCreated')),
      embargoUntil: time(field(item, version, 'embargoed')),
      rubricCandidates,
      subjects,
      authors,
      translationUris,
    },
    warnings,
  };
}
