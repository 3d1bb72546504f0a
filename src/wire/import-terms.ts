// Rubrics, tags and authors named by imported items: found by key (our URIs), else by name in the edition, else created.
import type { Db } from '../db/database.ts';
import { slugify } from '../domain/slug.ts';
import { TERM_TABLES } from '../db/repos/term-repo.ts';
import { RESERVED_RUBRIC_SLUGS } from '../services/manage-term-service.ts';
import type { ImportTerm } from './import-map.ts';

export type ImportTermKind = 'rubric' | 'tag' | 'author';

/** Enough for any real taxonomy; beyond it the caches start over, so that memory stays flat on any input. */
const CACHE_LIMIT = 100_000;

function lower(name: string): string {
  return name.toLowerCase();
}

export interface TermResolver {
  /** The term's id, created (or given a name in this edition) when needed; `created` counts new ones. */
  resolve(db: Db, kind: ImportTermKind, edition: string, term: ImportTerm): Promise<number>;
  /** The id of a rubric named so in the edition, without creating one. */
  findRubricByName(db: Db, edition: string, name: string): Promise<number | undefined>;
  created: Record<ImportTermKind, number>;
  /** Forget what a rolled-back transaction created. */
  reset(): void;
}

export function createTermResolver(): TermResolver {
  // kind → "edition\0lowercased name" / "key" → id; the key map also tells which editions have a text.
  // A name known to be absent maps to null, so that an item naming no rubric costs no query per subject.
  const byName = new Map<string, Map<string, number | null>>();
  const byKey = new Map<string, Map<string, { id: number; editions: Set<string> }>>();
  const created = { rubric: 0, tag: 0, author: 0 };
  const mapOf = <V>(maps: Map<string, Map<string, V>>, kind: string): Map<string, V> => {
    let m = maps.get(kind);
    if (!m) maps.set(kind, (m = new Map()));
    if (m.size > CACHE_LIMIT) m.clear();
    return m;
  };

  async function lookupName(db: Db, kind: ImportTermKind, edition: string, name: string): Promise<number | undefined> {
    const cache = mapOf(byName, kind);
    const cacheKey = `${edition}\0${lower(name)}`;
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit ?? undefined;
    // lower() in SQLite folds ASCII only: the exact name or an ASCII case variant is found here, and compared in full below.
    const rows = await db
      .selectFrom(TERM_TABLES[kind][1] as 'tag_texts')
      .select(['owner_id', 'name'])
      .where('edition', '=', edition)
      .where((eb) => eb.or([eb('name', '=', name), eb(eb.fn('lower', ['name']), '=', name.toLowerCase())]))
      .execute();
    const row = rows.find((r) => lower(r.name) === lower(name));
    cache.set(cacheKey, row?.owner_id ?? null);
    return row?.owner_id;
  }

  async function lookupKey(db: Db, kind: ImportTermKind, key: string): Promise<{ id: number; editions: Set<string> } | undefined> {
    const cache = mapOf(byKey, kind);
    const hit = cache.get(key);
    if (hit) return hit;
    const [owners, texts] = TERM_TABLES[kind];
    const row = await db.selectFrom(owners as 'tags').select('id').where('key', '=', key).executeTakeFirst();
    if (!row) return undefined;
    const editions = await db.selectFrom(texts as 'tag_texts').select('edition').where('owner_id', '=', row.id).execute();
    const entry = { id: row.id, editions: new Set(editions.map((e) => e.edition)) };
    cache.set(key, entry);
    return entry;
  }

  async function freeSlug(db: Db, kind: ImportTermKind, edition: string, name: string, wanted?: string): Promise<string> {
    let base = wanted || slugify(name, 60);
    if (base === 'article') base = kind;
    if (kind === 'rubric' && RESERVED_RUBRIC_SLUGS.has(base)) base = `${base}-${kind}`;
    const taken = new Set(
      (await db.selectFrom(TERM_TABLES[kind][1] as 'tag_texts').select('slug').where('edition', '=', edition).where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute()).map((r) => r.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  async function freeKey(db: Db, kind: ImportTermKind, base: string): Promise<string> {
    const stem = (base || kind).slice(0, 100);
    const taken = new Set(
      (await db.selectFrom(TERM_TABLES[kind][0] as 'tags').select('key').where((eb) => eb.or([eb('key', '=', stem), eb('key', 'like', `${stem}-%`)])).execute()).map((r) => r.key),
    );
    if (!taken.has(stem)) return stem;
    for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }

  async function addText(db: Db, kind: ImportTermKind, id: number, edition: string, name: string, wanted?: string): Promise<void> {
    const slug = await freeSlug(db, kind, edition, name, wanted);
    await db.insertInto(TERM_TABLES[kind][1] as 'tag_texts').values({ owner_id: id, edition, name, slug, description: '' }).execute();
    mapOf(byName, kind).set(`${edition}\0${lower(name)}`, id);
  }

  return {
    created,
    reset() {
      byName.clear();
      byKey.clear();
    },
    findRubricByName: (db, edition, name) => lookupName(db, 'rubric', edition, name),
    async resolve(db, kind, edition, term) {
      const name = term.name || term.key || kind;
      if (term.key) {
        const known = await lookupKey(db, kind, term.key);
        if (known) {
          if (!known.editions.has(edition)) {
            await addText(db, kind, known.id, edition, name, term.slug);
            known.editions.add(edition);
          }
          return known.id;
        }
      } else {
        const id = await lookupName(db, kind, edition, name);
        if (id !== undefined) return id;
      }
      // Tags of the newsroom are per edition (key "de-wahlen"); rubrics and authors share one identity across editions.
      const [owners] = TERM_TABLES[kind];
      const key = await freeKey(db, kind, term.key ?? (kind === 'tag' ? `${edition}-${slugify(name, 60)}` : slugify(name, 60)));
      const position = kind === 'tag' ? 1000 : Number((await db.selectFrom(owners as 'tags').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const { id } = await db.insertInto(owners as 'tags').values({ key, position }).returning('id').executeTakeFirstOrThrow();
      await addText(db, kind, id, edition, name, term.slug);
      mapOf(byKey, kind).set(key, { id, editions: new Set([edition]) });
      created[kind]++;
      return id;
    },
  };
}
