// Rubrics, tags, authors and projects: one identity, a name and slug per edition.
import type { Db } from '../database.ts';
import type { Term } from '../../domain/model.ts';
import { runShape } from './query-shapes.ts';

export type TermKind = 'rubric' | 'tag' | 'author' | 'project';

/** Each kind of term's identity table and its per-edition texts table. */
export const TERM_TABLES = {
  rubric: ['rubrics', 'rubric_texts'],
  tag: ['tags', 'tag_texts'],
  author: ['authors', 'author_texts'],
  project: ['projects', 'project_texts'],
} as const;

function query(db: Db, kind: TermKind, edition: string) {
  const [owners, texts] = TERM_TABLES[kind];
  return db
    .selectFrom(`${owners} as o` as 'rubrics as o')
    .innerJoin(`${texts} as t` as 'rubric_texts as t', 't.owner_id', 'o.id')
    .select(['o.id as id', 'o.key as key', 't.name as name', 't.slug as slug', 't.description as description'])
    .where('t.edition', '=', edition);
}

export async function listTerms(db: Db, kind: TermKind, edition: string): Promise<Term[]> {
  return query(db, kind, edition).orderBy('o.position').orderBy('t.name').execute();
}

export async function findTermBySlug(db: Db, kind: TermKind, edition: string, slug: string): Promise<Term | undefined> {
  const [term] = await runShape(db, `term-by-slug:${kind}`, [edition, slug], () => query(db, kind, edition).where('t.slug', '=', slug));
  return term;
}

export async function findTermsByIds(db: Db, kind: TermKind, edition: string, ids: number[]): Promise<Map<number, Term>> {
  if (ids.length === 0) return new Map();
  const rows = await query(db, kind, edition).where('o.id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The slug of one term in every edition it is named in, for language switchers. */
export async function termSlugsByEdition(db: Db, kind: TermKind, id: number): Promise<Map<string, string>> {
  const [, texts] = TERM_TABLES[kind];
  const rows = await runShape(db, `term-slugs:${kind}`, [id], () => db.selectFrom(texts as 'rubric_texts').select(['edition', 'slug']).where('owner_id', '=', id));
  return new Map(rows.map((r) => [r.edition, r.slug]));
}

export interface TermText {
  edition: string;
  name: string;
  slug: string;
  description?: string;
}

export async function insertTerm(db: Db, kind: TermKind, key: string, position: number, texts: TermText[]): Promise<number> {
  const [owners, textTable] = TERM_TABLES[kind];
  const row = await db
    .insertInto(owners as 'rubrics')
    .values({ key, position })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (texts.length > 0) {
    await db
      .insertInto(textTable as 'rubric_texts')
      .values(texts.map((t) => ({ owner_id: row.id, edition: t.edition, name: t.name, slug: t.slug, description: t.description ?? '' })))
      .execute();
  }
  return row.id;
}
