// Managing the directory of institutions: a hierarchy (never a cycle) with texts per edition.
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import {
  cleanId, cleanSlug, cleanText, cleanUrl, describeTextChanges, editionNames, nextPosition, Problems, recordChange, summaryOf, uniqueKey, type ChangeMeta,
} from './manage-service.ts';

export interface EntryText {
  name: string;
  slug: string;
  description: string;
  head: string;
  address: string;
}

export interface ManagedEntry {
  id: number;
  key: string;
  position: number;
  parentId: number | null;
  website: string;
  texts: Record<string, EntryText>;
}

export interface EntryInput {
  /** An entry id, '' for the top level. */
  parent: string;
  website: string;
  texts: Record<string, Partial<EntryText>>;
}

/** Every entry with its texts, in the site's order: the directory is small enough to hold whole. */
export async function listManagedEntries(db: Db): Promise<ManagedEntry[]> {
  const rows = await db.selectFrom('directory_entries').select(['id', 'key', 'position', 'parent_id', 'website']).orderBy('position').orderBy('id').execute();
  const texts = await db.selectFrom('directory_texts').selectAll().execute();
  const byEntry = new Map<number, Record<string, EntryText>>(rows.map((r) => [r.id, {}]));
  for (const t of texts) {
    const into = byEntry.get(t.entry_id);
    if (into) into[t.edition] = { name: t.name, slug: t.slug, description: t.description, head: t.head, address: t.address };
  }
  return rows.map((r) => ({ id: r.id, key: r.key, position: r.position, parentId: r.parent_id, website: r.website, texts: byEntry.get(r.id)! }));
}

export async function findManagedEntry(db: Db, id: number): Promise<ManagedEntry | undefined> {
  const row = await db.selectFrom('directory_entries').select(['id', 'key', 'position', 'parent_id', 'website']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const texts: Record<string, EntryText> = {};
  for (const t of await db.selectFrom('directory_texts').selectAll().where('entry_id', '=', id).execute()) {
    texts[t.edition] = { name: t.name, slug: t.slug, description: t.description, head: t.head, address: t.address };
  }
  return { id: row.id, key: row.key, position: row.position, parentId: row.parent_id, website: row.website, texts };
}

/** True when making `parentId` the parent of `id` would close a loop (including an entry being its own parent). */
export function wouldCycle(parents: Map<number, number | null>, id: number, parentId: number): boolean {
  const seen = new Set<number>();
  for (let at: number | null | undefined = parentId; at !== null && at !== undefined; at = parents.get(at)) {
    if (at === id) return true;
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

export async function saveEntry(db: Db, id: number | null, input: EntryInput, meta: ChangeMeta): Promise<number> {
  const editions = await editionNames(db);
  const problems = new Problems();
  const texts: Record<string, EntryText> = {};
  for (const { code } of editions) {
    const given = input.texts[code] ?? {};
    const name = cleanText(problems, `name.${code}`, given.name, { max: 200, required: true });
    texts[code] = {
      name,
      slug: cleanSlug(problems, `slug.${code}`, given.slug, name),
      description: cleanText(problems, `description.${code}`, given.description, { max: 4000, multiline: true }),
      head: cleanText(problems, `head.${code}`, given.head, { max: 200 }),
      address: cleanText(problems, `address.${code}`, given.address, { max: 500, multiline: true }),
    };
  }
  const website = cleanUrl(problems, 'website', input.website);
  const parentId = cleanId(problems, 'parent', input.parent);

  return db.transaction().execute(async (trx) => {
    const before = id === null ? undefined : await findManagedEntry(trx, id);
    if (id !== null && !before) throw new DomainError('NOT_FOUND', 'unknown institution');
    if (parentId !== null) {
      const all = await trx.selectFrom('directory_entries').select(['id', 'parent_id']).execute();
      const parents = new Map(all.map((r) => [r.id, r.parent_id]));
      if (!parents.has(parentId)) problems.add('parent', 'unknown');
      else if (id !== null && wouldCycle(parents, id, parentId)) problems.add('parent', 'cycle');
    }
    for (const { code } of editions) {
      if (problems.has(`slug.${code}`)) continue;
      const clash = await trx
        .selectFrom('directory_texts')
        .select('entry_id')
        .where('edition', '=', code)
        .where('slug', '=', texts[code].slug)
        .where('entry_id', '!=', id ?? -1)
        .executeTakeFirst();
      if (clash) problems.add(`slug.${code}`, 'slugTaken');
    }
    problems.throwIfAny();

    let entryId = id;
    if (entryId === null) {
      const key = await uniqueKey(trx, 'directory_entries', (texts.en ?? Object.values(texts)[0])?.slug ?? 'institution');
      entryId = (await trx
        .insertInto('directory_entries')
        .values({ key, position: await nextPosition(trx, 'directory_entries'), parent_id: parentId, website })
        .returning('id')
        .executeTakeFirstOrThrow()).id;
    } else {
      await trx.updateTable('directory_entries').set({ parent_id: parentId, website }).where('id', '=', entryId).execute();
    }
    await trx.deleteFrom('directory_texts').where('entry_id', '=', entryId).execute();
    await trx.insertInto('directory_texts').values(editions.map(({ code }) => ({ entry_id: entryId!, edition: code, ...texts[code] }))).execute();
    const moved = before && before.parentId !== parentId ? `parent: ${before.parentId ?? '–'} → ${parentId ?? '–'}` : '';
    const site = before && before.website !== website ? `website: ${website || '–'}` : '';
    await recordChange(trx, meta, {
      action: `directory.${id === null ? 'create' : 'update'}`, objectType: 'directory', objectId: entryId,
      summary: summaryOf(describeTextChanges(before?.texts, texts, ['name', 'slug']), moved, site), visible: true,
    });
    return entryId;
  });
}
