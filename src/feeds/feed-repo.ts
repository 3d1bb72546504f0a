// Articles with their full text for feeds: the page is chosen by listVisible (the one visibility rule), then completed.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { isVisibleNow, listVisible, type ListFilter } from '../db/repos/article-repo.ts';
import type { ArticleSummary, Term } from '../domain/model.ts';

export interface ImageFile {
  width: number;
  height: number;
  mime: string;
  bytes: number;
}

export interface FeedArticle extends ArticleSummary {
  place: string;
  body: string;
  correctionNote: string;
  authors: string[];
  tags: Term[];
  /** The stored variant a feed offers as its enclosure. */
  imageFile: ImageFile | null;
}

/** Feeds offer the widest variant up to this width: large enough for readers' cards, small enough to download. */
const ENCLOSURE_MAX_WIDTH = 1200;

type LinkTable = 'article_tags' | 'article_authors';

/** Names of the tags or authors of many articles at once, in their order, as named in the edition. */
async function findLinkedTerms(db: Db, table: LinkTable, edition: string, ids: number[]): Promise<Map<number, Term[]>> {
  const [owners, texts] = table === 'article_tags' ? ['tags', 'tag_texts'] as const : ['authors', 'author_texts'] as const;
  const rows = await db
    .selectFrom(`${table} as l` as 'article_tags as l')
    .innerJoin(`${owners} as o` as 'tags as o', 'o.id', 'l.target_id')
    .innerJoin(`${texts} as t` as 'tag_texts as t', (j) => j.onRef('t.owner_id', '=', 'l.target_id').on('t.edition', '=', edition))
    .select(['l.article_id as articleId', 'o.id as id', 'o.key as key', 't.name as name', 't.slug as slug', 't.description as description'])
    .where('l.article_id', 'in', ids)
    .orderBy('l.article_id')
    .orderBy('l.position')
    .execute();
  const byArticle = new Map<number, Term[]>();
  for (const { articleId, ...term } of rows) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), term]);
  return byArticle;
}

async function findImageFiles(db: Db, mediaIds: number[]): Promise<Map<number, ImageFile>> {
  if (mediaIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('media_files')
    .select(['media_id', 'width', 'height', 'mime', sql<number>`length(bytes)`.as('bytes')])
    .where('media_id', 'in', mediaIds)
    .orderBy('media_id')
    .orderBy('width')
    .execute();
  const chosen = new Map<number, ImageFile>();
  for (const r of rows) {
    const file = { width: r.width, height: r.height, mime: r.mime, bytes: Number(r.bytes) };
    // Ascending widths: keep the widest that fits, or the narrowest if none does.
    if (!chosen.has(r.media_id) || r.width <= ENCLOSURE_MAX_WIDTH) chosen.set(r.media_id, file);
  }
  return chosen;
}

/** The newest visible articles for a feed, newest first, each with body, byline, tags and its enclosure file. */
export async function listFeedArticles(db: Db, filter: ListFilter): Promise<FeedArticle[]> {
  const summaries = await listVisible(db, filter);
  if (summaries.length === 0) return [];
  const ids = summaries.map((s) => s.id);
  const mediaIds = [...new Set(summaries.flatMap((s) => (s.image ? [s.image.id] : [])))];
  const [texts, tags, authors, files] = await Promise.all([
    // Found by id alone and judged again here (an article withdrawn between the two queries must not reach a feed):
    // with the status in the query, the planner may take an index on status and read every published article.
    db.selectFrom('articles as a')
      .select(['a.id', 'a.status', 'a.published_at', 'a.embargo_until', 'a.place', 'a.body', 'a.correction_note'])
      .where('a.id', 'in', ids)
      .execute(),
    findLinkedTerms(db, 'article_tags', filter.edition, ids),
    findLinkedTerms(db, 'article_authors', filter.edition, ids),
    findImageFiles(db, mediaIds),
  ]);
  const textOf = new Map(texts.filter((t) => isVisibleNow(t, filter.now)).map((t) => [t.id, t]));
  return summaries.flatMap((s) => {
    const text = textOf.get(s.id);
    if (!text) return [];
    return [{
      ...s,
      place: text.place,
      body: text.body,
      correctionNote: text.correction_note,
      authors: (authors.get(s.id) ?? []).map((a) => a.name),
      tags: tags.get(s.id) ?? [],
      imageFile: s.image ? files.get(s.image.id) ?? null : null,
    }];
  });
}
