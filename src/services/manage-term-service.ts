// Managing rubrics, tags and projects: one identity with a name, slug and description per edition.
import { sql } from 'kysely';
import { TERM_TABLES } from '../db/repos/term-repo.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { articleIdsWithTag, reindexArticles } from '../search/search-index.ts';
import {
  cleanId, cleanSlug, cleanText, describeTextChanges, editionNames, nextPosition, Problems, recordChange, reorder, summaryOf, uniqueKey, type ChangeMeta,
} from './manage-service.ts';

export type ManagedKind = 'rubric' | 'tag' | 'project';

/** First path segments the reader site uses itself: a rubric named so would be unreachable. */
export const RESERVED_RUBRIC_SLUGS = new Set(['news', 'tag', 'author', 'projects', 'directory', 'page', 'search', 'feed', 'feeds', 'rss', 'atom', 'sitemap', 'api', 'media', 'assets', 'newsroom']);

export interface TermText {
  name: string;
  slug: string;
  description: string;
}

export interface ManagedTerm {
  id: number;
  key: string;
  position: number;
  /** Cover image of a project; null for rubrics and tags. */
  coverMediaId: number | null;
  texts: Record<string, TermText>;
}

export type TermInput = {
  texts: Record<string, Partial<TermText>>;
  /** Projects only: a media id, '' for none. */
  cover?: string;
};

async function textsOf(db: Db, kind: ManagedKind, ids: number[]): Promise<Map<number, Record<string, TermText>>> {
  const out = new Map<number, Record<string, TermText>>(ids.map((id) => [id, {}]));
  if (!ids.length) return out;
  const rows = await db
    .selectFrom(TERM_TABLES[kind][1] as 'rubric_texts')
    .select(['owner_id', 'edition', 'name', 'slug', 'description'])
    .where('owner_id', 'in', ids)
    .execute();
  for (const r of rows) out.get(r.owner_id)![r.edition] = { name: r.name, slug: r.slug, description: r.description };
  return out;
}

/** A page of terms, optionally matching a search in any edition's name or slug; tags sort by name, others by position. */
export async function listManagedTerms(db: Db, kind: ManagedKind, o: { q?: string; limit?: number; offset?: number; sortEdition?: string } = {}): Promise<{ items: ManagedTerm[]; hasNext: boolean }> {
  const [owners, texts] = TERM_TABLES[kind];
  const limit = o.limit ?? 1000;
  let query = db
    .selectFrom(`${owners} as o` as 'projects as o')
    .select(['o.id', 'o.key', 'o.position', kind === 'project' ? 'o.cover_media_id' : sql<null>`null`.as('cover_media_id')]);
  const q = (o.q ?? '').trim().toLowerCase().slice(0, 100);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where('o.id', 'in', (eb) =>
      eb.selectFrom(texts as 'rubric_texts').select('owner_id').where(sql<boolean>`lower(name) like ${pattern} escape '\\' or slug like ${pattern} escape '\\'`));
  }
  if (kind === 'tag' && o.sortEdition) {
    query = query
      .leftJoin(`${texts} as s` as 'rubric_texts as s', (join) => join.onRef('s.owner_id', '=', 'o.id').on('s.edition', '=', o.sortEdition!))
      .orderBy('s.name')
      .orderBy('o.id');
  } else {
    query = query.orderBy('o.position').orderBy('o.id');
  }
  const rows = await query.limit(limit + 1).offset(o.offset ?? 0).execute();
  const page = rows.slice(0, limit);
  const textMap = await textsOf(db, kind, page.map((r) => r.id));
  return {
    items: page.map((r) => ({ id: r.id, key: r.key, position: r.position, coverMediaId: r.cover_media_id ?? null, texts: textMap.get(r.id)! })),
    hasNext: rows.length > limit,
  };
}

export async function findManagedTerm(db: Db, kind: ManagedKind, id: number): Promise<ManagedTerm | undefined> {
  const row = await db
    .selectFrom(TERM_TABLES[kind][0] as 'projects')
    .select(['id', 'key', 'position', kind === 'project' ? 'cover_media_id' : sql<null>`null`.as('cover_media_id')])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, key: row.key, position: row.position, coverMediaId: row.cover_media_id ?? null, texts: (await textsOf(db, kind, [id])).get(id)! };
}

/** Creates (id null) or updates a term; every edition needs a name and a slug unique in that edition. Returns the id. */
export async function saveTerm(db: Db, kind: ManagedKind, id: number | null, input: TermInput, meta: ChangeMeta): Promise<number> {
  const [owners, textTable] = TERM_TABLES[kind];
  const editions = await editionNames(db);
  const problems = new Problems();
  const texts: Record<string, TermText> = {};
  for (const { code } of editions) {
    const given = input.texts[code] ?? {};
    const name = cleanText(problems, `name.${code}`, given.name, { max: 120, required: true });
    const slug = cleanSlug(problems, `slug.${code}`, given.slug, name);
    if (kind === 'rubric' && RESERVED_RUBRIC_SLUGS.has(slug)) problems.add(`slug.${code}`, 'slugReserved');
    const description = cleanText(problems, `description.${code}`, given.description, { max: kind === 'project' ? 4000 : 1000, multiline: true });
    texts[code] = { name, slug, description };
  }
  const cover = kind === 'project' ? cleanId(problems, 'cover', input.cover) : null;

  return db.transaction().execute(async (trx) => {
    const before = id === null ? undefined : await findManagedTerm(trx, kind, id);
    if (id !== null && !before) throw new DomainError('NOT_FOUND', `unknown ${kind}`);
    for (const { code } of editions) {
      if (problems.has(`slug.${code}`)) continue;
      const clash = await trx
        .selectFrom(textTable as 'rubric_texts')
        .select('owner_id')
        .where('edition', '=', code)
        .where('slug', '=', texts[code].slug)
        .where('owner_id', '!=', id ?? -1)
        .executeTakeFirst();
      if (clash) problems.add(`slug.${code}`, 'slugTaken');
    }
    if (cover !== null && !(await trx.selectFrom('media').select('id').where('id', '=', cover).executeTakeFirst())) problems.add('cover', 'unknown');
    problems.throwIfAny();

    let termId = id;
    if (termId === null) {
      const first = texts.en ?? Object.values(texts)[0];
      const key = await uniqueKey(trx, owners, first?.slug ?? kind);
      const values = { key, position: await nextPosition(trx, owners), ...(kind === 'project' ? { cover_media_id: cover } : {}) };
      termId = (await trx.insertInto(owners as 'projects').values(values).returning('id').executeTakeFirstOrThrow()).id;
    } else if (kind === 'project') {
      await trx.updateTable('projects').set({ cover_media_id: cover }).where('id', '=', termId).execute();
    }
    await trx.deleteFrom(textTable as 'rubric_texts').where('owner_id', '=', termId).execute();
    await trx
      .insertInto(textTable as 'rubric_texts')
      .values(editions.map(({ code }) => ({ owner_id: termId!, edition: code, ...texts[code] })))
      .execute();
    // Tag names are indexed with each article: the new name must find them, the old one no longer.
    if (kind === 'tag' && before && editions.some(({ code }) => before.texts[code]?.name !== texts[code].name)) {
      await reindexArticles(trx, await articleIdsWithTag(trx, termId));
    }
    const summary = summaryOf(
      describeTextChanges(before?.texts, texts, ['name', 'slug']),
      kind === 'project' && before && before.coverMediaId !== cover ? `cover: ${before.coverMediaId ?? '–'} → ${cover ?? '–'}` : '',
    );
    await recordChange(trx, meta, { action: `${kind}.${id === null ? 'create' : 'update'}`, objectType: kind, objectId: termId, summary, visible: true });
    return termId;
  });
}

/** Moves a rubric or project one step in the site's order. */
export async function moveTerm(db: Db, kind: 'rubric' | 'project', id: number, direction: 'up' | 'down', meta: ChangeMeta): Promise<void> {
  const owners = TERM_TABLES[kind][0];
  await db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom(owners as 'rubrics').select(['id', 'key']).orderBy('position').orderBy('id').execute();
    const index = rows.findIndex((r) => r.id === id);
    if (index < 0) throw new DomainError('NOT_FOUND', `unknown ${kind}`);
    const next = reorder(rows, index, direction);
    if (!next) return;
    for (const [position, row] of next.entries()) await trx.updateTable(owners as 'rubrics').set({ position }).where('id', '=', row.id).execute();
    await recordChange(trx, meta, { action: `${kind}.move`, objectType: kind, objectId: id, summary: `${rows[index].key} ${direction}: ${index + 1} → ${next.findIndex((r) => r.id === id) + 1}`, visible: true });
  });
}

/** Deletes a tag; its articles simply lose it, and are no longer found by its name. */
export async function deleteTag(db: Db, id: number, meta: ChangeMeta): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const tag = await findManagedTerm(trx, 'tag', id);
    if (!tag) throw new DomainError('NOT_FOUND', 'unknown tag');
    const tagged = await articleIdsWithTag(trx, id);
    await trx.deleteFrom('article_tags').where('target_id', '=', id).execute();
    await trx.deleteFrom('tag_texts').where('owner_id', '=', id).execute();
    await trx.deleteFrom('tags').where('id', '=', id).execute();
    await reindexArticles(trx, tagged);
    const names = Object.entries(tag.texts).map(([code, t]) => `${code}: ${t.name}`).join('; ');
    await recordChange(trx, meta, { action: 'tag.delete', objectType: 'tag', objectId: id, summary: `${tag.key} (${names})`, visible: true });
  });
}
