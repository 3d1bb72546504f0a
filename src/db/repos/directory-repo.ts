// The directory of institutions, a hierarchy with texts per edition.
import type { Db } from '../database.ts';

export interface DirectoryEntry {
  id: number;
  key: string;
  parentId: number | null;
  website: string;
  name: string;
  slug: string;
  description: string;
  head: string;
  address: string;
}

export async function listDirectory(db: Db, edition: string): Promise<DirectoryEntry[]> {
  return db
    .selectFrom('directory_entries as e')
    .innerJoin('directory_texts as t', 't.entry_id', 'e.id')
    .select(['e.id', 'e.key', 'e.parent_id as parentId', 'e.website', 't.name', 't.slug', 't.description', 't.head', 't.address'])
    .where('t.edition', '=', edition)
    .orderBy('e.position')
    .orderBy('t.name')
    .execute();
}

export async function directorySlugsByEdition(db: Db, id: number): Promise<Map<string, string>> {
  const rows = await db.selectFrom('directory_texts').select(['edition', 'slug']).where('entry_id', '=', id).execute();
  return new Map(rows.map((r) => [r.edition, r.slug]));
}

export interface NewDirectoryEntry {
  key: string;
  parentId: number | null;
  position: number;
  website: string;
  texts: { edition: string; name: string; slug: string; description: string; head: string; address: string }[];
}

export async function insertDirectoryEntry(db: Db, entry: NewDirectoryEntry): Promise<number> {
  const { id } = await db
    .insertInto('directory_entries')
    .values({ key: entry.key, parent_id: entry.parentId, position: entry.position, website: entry.website })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('directory_texts').values(entry.texts.map((t) => ({ entry_id: id, ...t }))).execute();
  return id;
}
