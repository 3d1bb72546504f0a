// Static pages (about, contacts, imprint) per edition.
import type { Db } from '../database.ts';
import { runShape } from './query-shapes.ts';

export interface StaticPage {
  id: number;
  key: string;
  title: string;
  slug: string;
  body: string;
}

export async function listPages(db: Db, edition: string): Promise<StaticPage[]> {
  return db
    .selectFrom('pages as p')
    .innerJoin('page_texts as t', 't.page_id', 'p.id')
    .select(['p.id', 'p.key', 't.title', 't.slug', 't.body'])
    .where('t.edition', '=', edition)
    .orderBy('p.position')
    .execute();
}

export async function pageSlugsByEdition(db: Db, id: number): Promise<Map<string, string>> {
  const rows = await runShape(db, 'page-slugs', [id], () => db.selectFrom('page_texts').select(['edition', 'slug']).where('page_id', '=', id));
  return new Map(rows.map((r) => [r.edition, r.slug]));
}

export async function insertPage(db: Db, key: string, position: number, texts: { edition: string; title: string; slug: string; body: string }[]): Promise<number> {
  const { id } = await db.insertInto('pages').values({ key, position }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('page_texts').values(texts.map((t) => ({ page_id: id, ...t }))).execute();
  return id;
}
