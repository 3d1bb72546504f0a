// Search entries of an imported batch, in its transaction: the workers analysed each item's text; here its tags are
// added by their names in the edition, and the entries written set-wise.
import type { Db } from '../db/database.ts';
import { analyzeTag, isIndexedStatus, withTags, type AnalyzedTag } from '../search/search-document.ts';
import { reindexArticles, writeIndexEntries, type IndexEntry, type KnownWords } from '../search/search-index.ts';
import type { ListedVocabulary } from '../search/search-entries.ts';
import type { IndexChange, PendingItem } from './import-write.ts';
import { selectIn } from './import-sql.ts';

/** What an import remembers between batches: analysed tag names and vocabulary words already stored. */
export interface ImportSearchState {
  /** "language\0name" → the name analysed; names recur across thousands of items. */
  tags: Map<string, AnalyzedTag>;
  /** See writeIndexEntries: forget them when a batch rolls back. */
  knownWords: KnownWords;
  /**
   * Words the workers listed that no committed transaction has stored: those of items refused after their batch
   * rolled back. The workers list a word once per edition, so it is stored with the next transaction that commits.
   */
  unwritten: ListedVocabulary[];
}

const MAX_TAGS = 50_000;

export function createImportSearchState(): ImportSearchState {
  return { tags: new Map(), knownWords: new Map(), unwritten: [] };
}

/** The tags' names in their editions, read now: a name given in another edition or renamed meanwhile must not be used. */
async function tagNames(db: Db, changes: IndexChange[]): Promise<Map<string, string>> {
  const ids = [...new Set(changes.flatMap((c) => c.tags))];
  const rows = await selectIn(ids, (chunk) => db.selectFrom('tag_texts').select(['owner_id', 'edition', 'name']).where('owner_id', 'in', chunk).execute());
  return new Map(rows.map((r) => [`${r.edition}\0${r.owner_id}`, r.name]));
}

/**
 * The words the workers listed for the items to be found (each word once per edition over the import: see
 * newVocabularyScope); items that are not to be found list their words for themselves alone, and are left out.
 */
export function listedVocabulary(items: PendingItem[]): ListedVocabulary[] {
  const listed: ListedVocabulary[] = [];
  for (const item of items) {
    if (item.search?.fields.vocabulary && isIndexedStatus(item.article.status)) listed.push({ edition: item.edition, vocabulary: item.search.fields.vocabulary });
  }
  return listed;
}

/**
 * Brings the batch's changed articles' search entries up to date, as reindexArticles would from the stored articles,
 * and stores the words the workers listed for the batch's items (`listed`) and those still unwritten: whatever
 * becomes of an item, a later one with the same word did not list it again.
 */
export async function writeImportedEntries(db: Db, index: Map<number, IndexChange>, state: ImportSearchState, listed: ListedVocabulary[]): Promise<void> {
  const changes = [...index.values()];
  // Items prepared without analysis (none, as the import runs now) are indexed from what was stored.
  const unanalysed = changes.filter((c) => !c.search).map((c) => c.id);
  const analysed = changes.filter((c) => c.search);
  const toWrite = analysed.filter((c) => c.indexed);
  const names = await tagNames(db, toWrite);
  if (state.tags.size > MAX_TAGS) state.tags.clear();
  const entries = toWrite.map((c): IndexEntry => {
    const { language, fields } = c.search!;
    const tags: AnalyzedTag[] = [];
    for (const id of c.tags) {
      // As the indexer's inner join does, a tag without a name in the article's edition adds nothing.
      const name = names.get(`${c.edition}\0${id}`);
      if (name === undefined) continue;
      const key = `${language}\0${name}`;
      let tag = state.tags.get(key);
      if (!tag) state.tags.set(key, (tag = analyzeTag(name, language)));
      tags.push(tag);
    }
    // The item's own words are in `listed`; the entry brings its tags' words.
    return { id: c.id, edition: c.edition, ...withTags({ columns: fields.columns, vocabulary: '' }, tags) };
  });
  await writeIndexEntries(db, entries, { replace: analysed.filter((c) => c.replace).map((c) => c.id), knownWords: state.knownWords, vocabulary: [...state.unwritten, ...listed] });
  if (unanalysed.length) await reindexArticles(db, unanalysed);
}
