// Writes one batch of mapped items in the caller's transaction: insert new articles, update changed ones, skip the same.
import type { Db } from '../db/database.ts';
import type { ArticleTable } from '../db/tables.ts';
import { isIndexedStatus as isIndexed, type AnalyzedFields } from '../search/search-document.ts';
import type { ArticleSnapshot } from '../services/article-service.ts';
import type { ImportArticle } from './import-map.ts';
import { insertRows, selectIn } from './import-sql.ts';
import { createStoryPlacer } from './import-stories.ts';
import type { TermResolver } from './import-terms.ts';

export interface PendingItem {
  line: number;
  edition: string;
  article: ImportArticle;
  /** The item's own text analysed for the search index in its edition's language (when the import updates the index). */
  search?: { language: string; fields: AnalyzedFields };
  /** The lead image stored from the item's picture file (set on the writing thread, before the batch is written). */
  leadMediaId?: number;
}

/** An article whose search entry the batch changes: written anew when `indexed`, the old one removed when `replace`. */
export interface IndexChange {
  id: number;
  edition: string;
  indexed: boolean;
  replace: boolean;
  tags: number[];
  search?: PendingItem['search'];
}

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Lines refused while writing (an item moved to another edition…), with the reason. */
  refused: { line: number; reason: string }[];
  /** Articles whose search entry must be brought up to date, by id: the last change of an article in the batch. */
  index: Map<number, IndexChange>;
}

type Row = Pick<ArticleTable, 'story_id' | 'edition' | 'status' | 'headline' | 'slug' | 'lead' | 'place' | 'body' | 'rubric_id' | 'urgency' | 'created_at' | 'updated_at' | 'published_at' | 'embargo_until' | 'withdrawn_at' | 'correction_note' | 'version'> & { id: number; uri: string | null; lead_media_id: number | null; scheduled_at: number | null };

const COMPARED = ['status', 'headline', 'lead', 'place', 'body', 'rubric_id', 'urgency', 'created_at', 'updated_at', 'published_at', 'embargo_until', 'withdrawn_at', 'correction_note'] as const;

async function linkIds(db: Db, table: 'article_tags' | 'article_authors', ids: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await selectIn(ids, (chunk) => db.selectFrom(table).select(['article_id', 'target_id']).where('article_id', 'in', chunk).orderBy('article_id').orderBy('position').execute());
  for (const r of rows) out.get(r.article_id)!.push(r.target_id);
  return out;
}

async function setLinks(db: Db, table: 'article_tags' | 'article_authors', articleId: number, targets: number[], replace: boolean): Promise<void> {
  if (replace) await db.deleteFrom(table).where('article_id', '=', articleId).execute();
  if (targets.length) await db.insertInto(table).values(targets.map((target_id, position) => ({ article_id: articleId, target_id, position }))).execute();
}

async function tagNames(db: Db, edition: string, ids: number[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('tag_texts').select(['owner_id', 'name']).where('edition', '=', edition).where('owner_id', 'in', ids).execute();
  const names = new Map(rows.map((r) => [r.owner_id, r.name]));
  return ids.map((id) => names.get(id) ?? '');
}

async function writeRevision(db: Db, row: Row, tags: string[], now: number): Promise<void> {
  const snapshot: ArticleSnapshot = {
    headline: row.headline, lead: row.lead, place: row.place, body: row.body, rubricId: row.rubric_id, tags, urgency: row.urgency,
    leadMediaId: row.lead_media_id, status: row.status, scheduledAt: row.scheduled_at, embargoUntil: row.embargo_until, correctionNote: row.correction_note,
  };
  await db.insertInto('revisions').values({ article_id: row.id, version: row.version, user_id: null, created_at: now, kind: 'import', snapshot: JSON.stringify(snapshot) }).execute();
}

/** Rubric, tags and authors of an item as ids; subjects naming a rubric of the edition count as the rubric when no subject is marked so. */
async function resolveTerms(db: Db, terms: TermResolver, edition: string, a: ImportArticle): Promise<{ rubricId: number | null; tags: number[]; authors: number[] }> {
  let rubricId: number | null = null;
  let subjects = a.subjects;
  const marked = a.rubricCandidates.find((r) => r.key || r.name);
  if (marked) {
    rubricId = marked.key ? await terms.resolve(db, 'rubric', edition, marked) : (await terms.findRubricByName(db, edition, marked.name)) ?? (await terms.resolve(db, 'rubric', edition, marked));
  } else {
    for (const [i, s] of subjects.entries()) {
      if (s.key) continue;
      const found = await terms.findRubricByName(db, edition, s.name);
      if (found !== undefined) {
        rubricId = found;
        subjects = subjects.filter((_, j) => j !== i);
        break;
      }
    }
  }
  const tags: number[] = [];
  for (const s of subjects.slice(0, 30)) {
    const id = await terms.resolve(db, 'tag', edition, s);
    if (!tags.includes(id)) tags.push(id);
  }
  const authors: number[] = [];
  for (const p of a.authors) {
    const id = await terms.resolve(db, 'author', edition, p);
    if (!authors.includes(id)) authors.push(id);
  }
  return { rubricId, tags, authors };
}

function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const ARTICLE_COLUMNS = ['story_id', 'edition', 'status', 'headline', 'slug', 'lead', 'place', 'body', 'rubric_id', 'lead_media_id', 'urgency', 'created_at', 'updated_at', 'published_at', 'scheduled_at', 'embargo_until', 'withdrawn_at', 'correction_note', 'version', 'created_by', 'uri'] as const;
const LINK_COLUMNS = ['article_id', 'target_id', 'position'] as const;

interface NewArticle {
  row: Omit<Row, 'id'> & { uri: string; created_by: null };
  tags: number[];
  authors: number[];
  search?: PendingItem['search'];
}

/**
 * Writes a batch: what exists is read in a few set-wise queries, changed articles are updated one by one (each with
 * its revisions), and new ones are inserted together with their links in multi-row statements.
 */
export async function writeBatch(db: Db, items: PendingItem[], terms: TermResolver, now: number): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, refused: [], index: new Map() };
  const uris = [...new Set(items.map((i) => i.article.uri))];
  const existingRows = (await selectIn(uris, (chunk) => db.selectFrom('articles').selectAll().where('uri', 'in', chunk).execute())) as Row[];
  const byUri = new Map<string, Row | NewArticle>(existingRows.map((r) => [r.uri!, r]));
  const ids = existingRows.map((r) => r.id);
  const [tagLinks, authorLinks] = await Promise.all([linkIds(db, 'article_tags', ids), linkIds(db, 'article_authors', ids)]);
  const withHistory = new Set((await selectIn(ids, (chunk) => db.selectFrom('revisions').select('article_id').distinct().where('article_id', 'in', chunk).execute())).map((r) => r.article_id));
  const stories = await createStoryPlacer(db, items);
  let created: NewArticle[] = [];

  const insertCreated = async (): Promise<void> => {
    if (!created.length) return;
    const rows = created;
    created = [];
    const storyIds = await stories.insertStories();
    for (const n of rows) if (n.row.story_id < 0) n.row.story_id = storyIds.get(n.row.story_id)!;
    const returned = await insertRows<{ id: number; uri: string }>(db, 'articles', ARTICLE_COLUMNS, rows.map((n) => ARTICLE_COLUMNS.map((c) => n.row[c])), ['id', 'uri']);
    const idOf = new Map(returned.map((r) => [r.uri, r.id]));
    const tagRows: number[][] = [];
    const authorRows: number[][] = [];
    for (const n of rows) {
      const id = idOf.get(n.row.uri)!;
      n.tags.forEach((target, position) => tagRows.push([id, target, position]));
      n.authors.forEach((target, position) => authorRows.push([id, target, position]));
      byUri.set(n.row.uri, { ...n.row, id });
      tagLinks.set(id, n.tags);
      authorLinks.set(id, n.authors);
      if (isIndexed(n.row.status)) outcome.index.set(id, { id, edition: n.row.edition, indexed: true, replace: false, tags: n.tags, search: n.search });
    }
    await insertRows(db, 'article_tags', LINK_COLUMNS, tagRows);
    await insertRows(db, 'article_authors', LINK_COLUMNS, authorRows);
  };

  for (const item of items) {
    const { article: a, edition } = item;
    const known = byUri.get(a.uri);
    // The same uri twice in one batch: the first must be written before the second can update it.
    if (known && !('id' in known)) await insertCreated();
    const existing = byUri.get(a.uri) as Row | undefined;
    if (existing && existing.edition !== edition) {
      outcome.refused.push({ line: item.line, reason: `item ${a.uri} is in edition ${existing.edition} already, not ${edition}` });
      continue;
    }
    const { rubricId, tags, authors } = await resolveTerms(db, terms, edition, a);
    const publishedAt = a.status === 'draft' ? existing?.published_at ?? null : a.firstCreated ?? existing?.published_at ?? now;
    const values = {
      status: a.status,
      headline: a.headline,
      lead: a.lead,
      place: a.place,
      body: a.body,
      rubric_id: rubricId,
      urgency: a.urgency,
      created_at: a.contentCreated ?? a.firstCreated ?? existing?.created_at ?? now,
      updated_at: a.versionCreated ?? existing?.updated_at ?? a.firstCreated ?? now,
      published_at: publishedAt,
      embargo_until: a.embargoUntil,
      withdrawn_at: a.status === 'withdrawn' ? existing?.withdrawn_at ?? a.versionCreated ?? now : null,
      correction_note: a.correctionNote,
    };
    if (existing) {
      // A new lead image is set; an article without a picture in the item keeps the one it has.
      const leadMediaId = item.leadMediaId ?? existing.lead_media_id;
      const same = leadMediaId === existing.lead_media_id && COMPARED.every((k) => existing[k] === values[k]) && sameIds(tagLinks.get(existing.id) ?? [], tags) && sameIds(authorLinks.get(existing.id) ?? [], authors);
      if (same) {
        outcome.unchanged++;
        continue;
      }
      // The state before the first import that changes an article is kept, so the history can show and restore it.
      if (!withHistory.has(existing.id)) await writeRevision(db, existing, await tagNames(db, edition, tagLinks.get(existing.id) ?? []), now);
      withHistory.add(existing.id);
      const next: Row = { ...existing, ...values, lead_media_id: leadMediaId, slug: a.slug, version: existing.version + 1 };
      await db.updateTable('articles').set({ ...values, lead_media_id: leadMediaId, slug: next.slug, version: next.version }).where('id', '=', existing.id).execute();
      await setLinks(db, 'article_tags', existing.id, tags, true);
      await setLinks(db, 'article_authors', existing.id, authors, true);
      await writeRevision(db, next, await tagNames(db, edition, tags), now);
      byUri.set(a.uri, next);
      tagLinks.set(existing.id, tags);
      authorLinks.set(existing.id, authors);
      outcome.updated++;
      outcome.index.set(existing.id, { id: existing.id, edition, indexed: isIndexed(next.status), replace: true, tags, search: item.search });
      continue;
    }
    const storyId = stories.place(item, now);
    const row = { ...values, story_id: storyId, edition, slug: a.slug, lead_media_id: item.leadMediaId ?? null, scheduled_at: null, version: 1, created_by: null, uri: a.uri };
    const pending: NewArticle = { row, tags, authors, search: item.search };
    created.push(pending);
    byUri.set(a.uri, pending);
    outcome.created++;
  }
  await insertCreated();
  return outcome;
}
