// The search index of the synthetic articles, written beside them in the archive's one transaction: the same FTS5 rows
// and vocabulary that src/search/search-index.ts writes, made from texts analysed once each instead of per article.
import type { DatabaseSync } from 'node:sqlite';
import { languageOf } from '../src/search/normalize.ts';
import { createPartAnalyzer, ftsColumnsOfParts, type AnalyzedPart, type PartAnalyzer } from '../src/search/search-bulk.ts';
import type { VocabularyWord } from '../src/search/search-document.ts';

export interface SyntheticArticleText {
  id: number;
  edition: string;
  headline: string;
  lead: string;
  place: string;
  /** Tag ids in their order on the article. */
  tags: number[];
  /** The body's block elements, as joined by newlines into the body. */
  blocks: string[];
}

export interface SyntheticIndexer {
  add(article: SyntheticArticleText): void;
  /** Writes the vocabulary of everything added; returns how many rows and new words were written. */
  finish(): { rows: number; words: number };
}

// FTS5 keeps this many bytes of new terms in memory before writing a segment (1 MB by default): a larger buffer
// writes fewer, larger segments and merges less during the load. Set back to the default afterwards.
const LOAD_HASH_SIZE = 64 * 1024 * 1024;
const DEFAULT_HASH_SIZE = 1024 * 1024;

export function createSyntheticIndexer(db: DatabaseSync): SyntheticIndexer {
  const editions = db.prepare('select code, locale from editions').all() as { code: string; locale: string }[];
  const analyzers = new Map<string, PartAnalyzer>(editions.map((e) => [e.code, createPartAnalyzer(languageOf(e.locale))]));
  const tagNames = new Map<string, string>();
  for (const t of db.prepare('select owner_id, edition, name from tag_texts').all() as { owner_id: number; edition: string; name: string }[]) {
    tagNames.set(`${t.owner_id}:${t.edition}`, t.name);
  }
  // Parts used per edition: their words make the vocabulary, collected once at the end.
  const used = new Map<string, Set<AnalyzedPart>>();
  const insertRow = db.prepare('insert into search_fts (rowid, headline, lead, tags, body, place) values (?, ?, ?, ?, ?, ?)');
  db.exec(`insert into search_fts (search_fts, rank) values ('hashsize', ${LOAD_HASH_SIZE})`);
  let rows = 0;

  return {
    add(a) {
      const analyzer = analyzers.get(a.edition);
      if (!analyzer) throw new Error(`no edition "${a.edition}"`);
      const tags: AnalyzedPart[] = [];
      for (const id of a.tags) {
        // As the indexer's join does, a tag without a name in the article's edition is left out.
        const name = tagNames.get(`${id}:${a.edition}`);
        if (name !== undefined) tags.push(analyzer.text(name));
      }
      const parts = {
        headline: [analyzer.text(a.headline)],
        lead: [analyzer.text(a.lead)],
        tags,
        body: a.blocks.map((b) => analyzer.bodyBlock(b)),
        place: [analyzer.text(a.place)],
      };
      const c = ftsColumnsOfParts(parts);
      insertRow.run(a.id, c.headline, c.lead, c.tags, c.body, c.place);
      rows++;
      let set = used.get(a.edition);
      if (!set) used.set(a.edition, (set = new Set()));
      for (const list of Object.values(parts)) for (const part of list) set.add(part);
    },
    finish() {
      db.exec(`insert into search_fts (search_fts, rank) values ('hashsize', ${DEFAULT_HASH_SIZE})`);
      // As `depesche search reindex` leaves an index: merged into one segment (optimizeSearchIndex).
      db.exec(`insert into search_fts (search_fts) values ('optimize')`);
      const insertWord = db.prepare('insert or ignore into search_vocabulary (edition, word, folded, head, length) values (?, ?, ?, ?, ?)');
      let words = 0;
      for (const [edition, parts] of used) {
        const seen = new Map<string, VocabularyWord>();
        for (const part of parts) for (const w of part.vocabulary) seen.set(w.word, w);
        for (const w of seen.values()) words += Number(insertWord.run(edition, w.word, w.folded, w.head, w.length).changes);
      }
      return { rows, words };
    },
  };
}
