// Articles as IPTC ninjs items (2.2, or 3.1 with its camelCase names): for the wire feed, webhooks and export.
import type { Db } from '../db/database.ts';
import { wireNamespace } from './wire-namespace.ts';
import type { Selectable } from 'kysely';
import type { ArticleTable } from '../db/tables.ts';
import { isVisibleNow } from '../db/repos/article-repo.ts';
import { bodyText } from '../domain/body-html.ts';
import { urls } from '../site/urls.ts';

export type NinjsVersion = '2.2' | '3.1';

export const NINJS_VERSIONS: readonly NinjsVersion[] = ['2.2', '3.1'];

export interface NinjsOptions {
  version: NinjsVersion;
  publicUrl: string;
  now: number;
  /** The URNs' namespace; ninjsItems reads it from the database (wireNamespace). */
  namespace?: string;
  /**
   * Associate every other language version of the story, whatever its status (export); by default only those
   * readers can see at `now`, so an item never names an unpublished translation.
   */
  allTranslations?: boolean;
}

export const NINJS_SCHEMA_URI: Record<NinjsVersion, string> = {
  '2.2': 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#',
  '3.1': 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
};

/** Subjects and people carry these URIs, so an importer recognises our rubrics, tags and authors by key. */
export const TERM_URI_PREFIX = { rubric: 'urn:depesche:rubric:', tag: 'urn:depesche:tag:', author: 'urn:depesche:author:' } as const;

export function termUri(kind: keyof typeof TERM_URI_PREFIX, key: string): string {
  return TERM_URI_PREFIX[kind] + encodeURIComponent(key);
}

/** The key in a subject or person URI of ours, or undefined for anyone else's. */
export function termKeyOf(kind: keyof typeof TERM_URI_PREFIX, uri: string): string | undefined {
  if (!uri.startsWith(TERM_URI_PREFIX[kind])) return undefined;
  try {
    return decodeURIComponent(uri.slice(TERM_URI_PREFIX[kind].length)) || undefined;
  } catch {
    return undefined;
  }
}

/** The item URI of an article: articles.uri when it was imported with one, else one made from the host and the id. */
/** An article's URI: the one it was imported with, else ours in the site's namespace (see wire-namespace.ts). */
export function articleUri(namespace: string, a: { id: number; uri: string | null }): string {
  return a.uri ?? `urn:depesche:${namespace}:article:${a.id}`;
}

function storyUri(namespace: string, s: { id: number; uri: string | null }): string {
  return s.uri ?? `urn:depesche:${namespace}:story:${s.id}`;
}

export function mediaUri(namespace: string, id: number): string {
  return `urn:depesche:${namespace}:media:${id}`;
}

const PUBSTATUS: Record<string, string> = { published: 'usable', withdrawn: 'canceled' };

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

type ArticleRow = Selectable<ArticleTable>;
type Named = { key: string; name: string };
type Item = Record<string, unknown>;

interface Batch {
  editions: Map<string, { code: string; locale: string; agency_name: string }>;
  rubrics: Map<number, { key: string; names: Map<string, { name: string; slug: string }> }>;
  tags: Map<number, Named[]>;
  authors: Map<number, Named[]>;
  images: Map<number, { width: number; height: number; credit: string; texts: Map<string, { caption: string; alt: string }>; files: { width: number; height: number; mime: string }[] }>;
  siblings: Map<number, ArticleRow[]>;
  stories: Map<number, string | null>;
}

/** Tags or authors of the batch, named in each article's edition, in their order. */
async function linkedTerms(db: Db, kind: 'tag' | 'author', rows: ArticleRow[]): Promise<Map<number, Named[]>> {
  const out = new Map<number, Named[]>(rows.map((r) => [r.id, []]));
  const editionOf = new Map(rows.map((r) => [r.id, r.edition]));
  const [links, owners, texts] = kind === 'tag'
    ? ['article_tags', 'tags', 'tag_texts'] as const
    : ['article_authors', 'authors', 'author_texts'] as const;
  const found = await db
    .selectFrom(`${links} as l` as 'article_tags as l')
    .innerJoin(`${owners} as o` as 'tags as o', 'o.id', 'l.target_id')
    .innerJoin(`${texts} as t` as 'tag_texts as t', 't.owner_id', 'l.target_id')
    .select(['l.article_id', 'l.position', 'o.key', 't.name', 't.edition'])
    .where('l.article_id', 'in', rows.map((r) => r.id))
    .orderBy('l.article_id')
    .orderBy('l.position')
    .execute();
  for (const f of found) if (editionOf.get(f.article_id) === f.edition) out.get(f.article_id)!.push({ key: f.key, name: f.name });
  return out;
}

async function loadBatch(db: Db, rows: ArticleRow[], o: NinjsOptions): Promise<Batch> {
  const rubricIds = [...new Set(rows.flatMap((r) => (r.rubric_id === null ? [] : [r.rubric_id])))];
  const mediaIds = [...new Set(rows.flatMap((r) => (r.lead_media_id === null ? [] : [r.lead_media_id])))];
  const storyIds = [...new Set(rows.map((r) => r.story_id))];
  const [editions, rubricRows, tags, authors, mediaRows, mediaTexts, mediaFiles, siblingRows, storyRows] = await Promise.all([
    db.selectFrom('editions').select(['code', 'locale', 'agency_name']).execute(),
    rubricIds.length
      ? db.selectFrom('rubrics as r').innerJoin('rubric_texts as t', 't.owner_id', 'r.id').select(['r.id', 'r.key', 't.edition', 't.name', 't.slug']).where('r.id', 'in', rubricIds).execute()
      : [],
    linkedTerms(db, 'tag', rows),
    linkedTerms(db, 'author', rows),
    mediaIds.length ? db.selectFrom('media').select(['id', 'width', 'height', 'credit']).where('id', 'in', mediaIds).execute() : [],
    mediaIds.length ? db.selectFrom('media_texts').select(['media_id', 'edition', 'caption', 'alt']).where('media_id', 'in', mediaIds).execute() : [],
    mediaIds.length ? db.selectFrom('media_files').select(['media_id', 'width', 'height', 'mime']).where('media_id', 'in', mediaIds).orderBy('width', 'desc').execute() : [],
    db.selectFrom('articles').selectAll().where('story_id', 'in', storyIds).orderBy('id').execute(),
    db.selectFrom('stories').select(['id', 'uri']).where('id', 'in', storyIds).execute(),
  ]);
  const batch: Batch = {
    editions: new Map(editions.map((e) => [e.code, e])),
    rubrics: new Map(),
    tags,
    authors,
    images: new Map(),
    siblings: new Map(storyIds.map((id) => [id, []])),
    stories: new Map(storyRows.map((s) => [s.id, s.uri])),
  };
  for (const r of rubricRows) {
    if (!batch.rubrics.has(r.id)) batch.rubrics.set(r.id, { key: r.key, names: new Map() });
    batch.rubrics.get(r.id)!.names.set(r.edition, { name: r.name, slug: r.slug });
  }
  for (const m of mediaRows) batch.images.set(m.id, { width: m.width, height: m.height, credit: m.credit, texts: new Map(), files: [] });
  for (const t of mediaTexts) batch.images.get(t.media_id)?.texts.set(t.edition, { caption: t.caption, alt: t.alt });
  for (const f of mediaFiles) batch.images.get(f.media_id)?.files.push({ width: f.width, height: f.height, mime: f.mime });
  for (const s of siblingRows) {
    if (o.allTranslations || isVisibleNow(s, o.now)) batch.siblings.get(s.story_id)!.push(s);
  }
  return batch;
}

/** The edition's code when it is the locale's language ("de" for de-DE), else the whole locale. */
function languageOf(edition: { code: string; locale: string } | undefined, code: string): string {
  if (!edition) return code;
  const primary = edition.locale.split('-')[0].toLowerCase();
  return primary === code.toLowerCase() ? code : edition.locale;
}

function readerUrl(o: NinjsOptions, a: ArticleRow, b: Batch): string {
  const rubricSlug = a.rubric_id === null ? null : b.rubrics.get(a.rubric_id)?.names.get(a.edition)?.slug;
  return o.publicUrl + urls.article(a.edition, rubricSlug, a.id, a.slug);
}

function pictureOf(o: NinjsOptions, a: ArticleRow, b: Batch): Item | undefined {
  if (a.lead_media_id === null) return undefined;
  const image = b.images.get(a.lead_media_id);
  if (!image || image.files.length === 0) return undefined;
  const text = image.texts.get(a.edition);
  const picture: Item = {
    name: 'featureimage',
    uri: mediaUri(o.namespace!, a.lead_media_id),
    type: 'picture',
    renditions: image.files.map((f, i) => ({
      name: i === 0 ? 'original' : `w${f.width}`,
      href: o.publicUrl + urls.media(a.lead_media_id!, f.width),
      contenttype: f.mime,
      width: f.width,
      height: f.height,
    })),
  };
  if (image.credit) picture.copyrightholder = image.credit;
  const descriptions = [];
  if (text?.caption) descriptions.push({ role: 'caption', contenttype: 'text/plain', value: text.caption });
  if (text?.alt) descriptions.push({ role: 'alternative-text', contenttype: 'text/plain', value: text.alt });
  if (descriptions.length) picture.descriptions = descriptions;
  return picture;
}

function translationOf(o: NinjsOptions, s: ArticleRow, b: Batch): Item {
  return {
    name: `translation-${s.edition}`,
    uri: articleUri(o.namespace!, s),
    type: 'text',
    language: languageOf(b.editions.get(s.edition), s.edition),
    headlines: [{ role: 'main', value: s.headline }],
    renditions: [{ name: 'web', href: readerUrl(o, s, b), contenttype: 'text/html' }],
  };
}

/** The item in ninjs 2.2 names; 3.1 differs in the case of names and in the association's `rel`. */
function itemOf(a: ArticleRow, b: Batch, o: NinjsOptions): Item {
  const edition = b.editions.get(a.edition);
  const firstCreated = a.published_at ?? a.created_at;
  const item: Item = {
    uri: articleUri(o.namespace!, a),
    type: 'text',
    representationtype: 'full',
    version: String(a.version),
    firstcreated: iso(firstCreated),
    versioncreated: iso(Math.max(a.updated_at, firstCreated)),
    contentcreated: iso(a.created_at),
  };
  if (a.embargo_until !== null) item.embargoed = iso(a.embargo_until);
  item.pubstatus = PUBSTATUS[a.status] ?? 'withheld';
  item.urgency = Math.min(9, Math.max(1, Math.round(a.urgency)));
  item.language = languageOf(edition, a.edition);
  if (edition?.agency_name) item.copyrightholder = edition.agency_name;
  if (a.place) item.located = a.place;
  const authors = b.authors.get(a.id) ?? [];
  if (authors.length) item.by = authors.map((p) => p.name).join(', ');
  item.slugline = a.slug;
  item.headlines = [{ role: 'main', value: a.headline }];
  const descriptions = [];
  if (a.lead) descriptions.push({ role: 'summary', contenttype: 'text/plain', value: a.lead });
  if (a.correction_note) descriptions.push({ role: 'correction', contenttype: 'text/plain', value: a.correction_note });
  if (descriptions.length) item.descriptions = descriptions;
  const text = bodyText(a.body);
  item.bodies = [{ role: 'main', contenttype: 'text/html', charcount: [...text].length, wordcount: text ? text.split(' ').length : 0, value: a.body }];
  const subjects = [];
  const rubric = a.rubric_id === null ? undefined : b.rubrics.get(a.rubric_id);
  if (rubric) subjects.push({ name: rubric.names.get(a.edition)?.name ?? rubric.key, rel: 'rubric', uri: termUri('rubric', rubric.key), literal: rubric.key });
  for (const t of b.tags.get(a.id) ?? []) subjects.push({ name: t.name, rel: 'tag', uri: termUri('tag', t.key), literal: t.key });
  if (subjects.length) item.subjects = subjects;
  if (authors.length) item.people = authors.map((p) => ({ name: p.name, rel: 'author', uri: termUri('author', p.key), literal: p.key }));
  if (a.place) item.places = [{ name: a.place, rel: 'located' }];
  item.altids = [
    { role: 'internal-id', value: String(a.id) },
    { role: 'edition', value: a.edition },
    { role: 'translation-group', value: storyUri(o.namespace!, { id: a.story_id, uri: b.stories.get(a.story_id) ?? null }) },
  ];
  item.renditions = [{ name: 'web', href: readerUrl(o, a, b), contenttype: 'text/html' }];
  const associations: Item[] = (b.siblings.get(a.story_id) ?? []).filter((s) => s.id !== a.id).map((s) => translationOf(o, s, b));
  const picture = pictureOf(o, a, b);
  if (picture) associations.push(picture);
  if (associations.length) item.associations = associations;
  item.standard = { name: 'ninjs', version: o.version, schema: NINJS_SCHEMA_URI[o.version] };
  return item;
}

/** ninjs 2.2 names whose 3.1 spelling differs. */
const NAMES_3_1: Record<string, string> = {
  representationtype: 'representationType', firstcreated: 'firstCreated', versioncreated: 'versionCreated', contentcreated: 'contentCreated',
  embargoed: 'embargoedUntil', pubstatus: 'pubStatus', copyrightholder: 'copyrightHolder', copyrightnotice: 'copyrightNotice',
  usageterms: 'usageTerms', ednote: 'edNote', contenttype: 'contentType', charcount: 'charCount', wordcount: 'wordCount',
  altids: 'altIds', contactinfo: 'contactInfo', infosources: 'infoSources', trustindicators: 'trustIndicators',
};

function to31(value: unknown, association = false): unknown {
  if (Array.isArray(value)) return value.map((v) => to31(v));
  if (value === null || typeof value !== 'object') return value;
  const out: Item = {};
  for (const [key, v] of Object.entries(value)) {
    out[NAMES_3_1[key] ?? key] = key === 'associations' ? (v as unknown[]).map((x) => to31(x, true)) : to31(v);
  }
  // 3.1 says how an association relates to the item; its name is ours ("translation-en", "featureimage").
  if (association) out.rel = String(out.name).startsWith('translation-') ? 'translation' : String(out.name);
  return out;
}

/**
 * ninjs items for these article ids, in the given order (ids not found are skipped); a few queries for the whole batch.
 * Items are built for any status: the caller decides who may see what. Withdrawn → pubstatus canceled.
 */
export async function ninjsItems(db: Db, articleIds: number[], options: NinjsOptions): Promise<Array<{ articleId: number; item: Record<string, unknown> }>> {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return [];
  const o = { ...options, namespace: await wireNamespace(db, options.publicUrl) };
  const rows = await db.selectFrom('articles').selectAll().where('id', 'in', ids).execute();
  if (rows.length === 0) return [];
  const batch = await loadBatch(db, rows, o);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return articleIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const item = itemOf(row, batch, o);
    return [{ articleId: id, item: o.version === '3.1' ? (to31(item) as Item) : item }];
  });
}
