// Writes analysed articles to the search index set-wise: the rows the per-article indexer wrote, in a few statements.
import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Db, DialectName } from '../db/database.ts';
import { documentOf, tsvectorLiteral, vocabularyRow, type AnalyzedArticle, type PackedVocabulary } from './search-document.ts';

/** One article's index entry, analysed (by analyzeArticle, or analyzeFields and withTags) and ready to write. */
export interface IndexEntry extends AnalyzedArticle {
  id: number;
  edition: string;
}

/** Vocabulary words known to be stored, per edition. */
export type KnownWords = Map<string, Set<string>>;

export interface WriteIndexOptions {
  /** Articles whose entries are removed first: those being rewritten, and those no longer to be found. */
  replace?: number[];
  /**
   * Vocabulary words known to be stored, skipped; the words written are added. Kept across the batches of one job;
   * clear it when a transaction that added to it rolls back. Bounded: cleared past 200,000 words.
   */
  knownWords?: KnownWords;
  /** Vocabulary words to store beside the entries' own (the importer's: listed once per edition by its workers). */
  vocabulary?: ListedVocabulary[];
}

/** Words worth suggesting in an edition, as analysis lists them. */
export interface ListedVocabulary {
  edition: string;
  vocabulary: PackedVocabulary;
}

const MAX_KNOWN_WORDS = 200_000;
/** Rows per statement: SQLite's 32,766 host parameters allow 5,000 of the widest (six values). */
const ROWS_PER_STATEMENT = 500;
const KEYS_PER_DELETE = 1000;

export function dialectOf(db: Db): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

// The SQL of `HEAD values (…), (…) TAIL` per dialect, shape and row count: a batch's few sizes recur.
const statements = new Map<string, string>();

function multiRowSql(dialect: DialectName, head: string, row: string[], rows: number, tail = ''): string {
  const key = `${dialect}|${head}|${rows}`;
  let text = statements.get(key);
  if (text !== undefined) return text;
  let n = 0;
  const param = () => (dialect === 'postgres' ? `$${++n}` : '?');
  const values = Array.from({ length: rows }, () => `(${row.map((cast) => (cast ? `cast(${param()} as ${cast})` : param())).join(', ')})`);
  text = `${head} values ${values.join(', ')}${tail}`;
  if (statements.size > 200) statements.clear();
  statements.set(key, text);
  return text;
}

/** Runs the statement over `rows` (each the values of one row, in column order), ROWS_PER_STATEMENT at a time. */
async function insertMany(db: Db, dialect: DialectName, head: string, row: string[], rows: unknown[][], tail = ''): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await db.executeQuery(CompiledQuery.raw(multiRowSql(dialect, head, row, chunk.length, tail), chunk.flat()));
  }
}

async function deleteEntries(db: Db, dialect: DialectName, ids: number[]): Promise<void> {
  const statement = dialect === 'postgres' ? 'delete from search_documents where article_id in' : 'delete from search_fts where rowid in';
  for (let i = 0; i < ids.length; i += KEYS_PER_DELETE) {
    const chunk = ids.slice(i, i + KEYS_PER_DELETE);
    await db.executeQuery(CompiledQuery.raw(`${statement} (${chunk.map((_, j) => (dialect === 'postgres' ? `$${j + 1}` : '?')).join(', ')})`, chunk));
  }
}

/** The batch's words per edition, less those known, sorted: concurrent transactions then take row locks in one order. */
function newVocabularyRows(entries: ListedVocabulary[], known: KnownWords | undefined): unknown[][] {
  if (known && [...known.values()].reduce((n, words) => n + words.size, 0) > MAX_KNOWN_WORDS) known.clear();
  // Per edition, word → folded form.
  const byEdition = new Map<string, Map<string, string>>();
  for (const e of entries) {
    let words = byEdition.get(e.edition);
    if (!words) byEdition.set(e.edition, (words = new Map()));
    const stored = known?.get(e.edition);
    // Words and folded forms alternate: only the words are cut out (half the strings a split makes), and the folded
    // form of a new one.
    const packed = e.vocabulary;
    for (let at = 0; at < packed.length; ) {
      const tab = packed.indexOf('\t', at);
      let next = packed.indexOf('\t', tab + 1);
      if (next < 0) next = packed.length;
      const word = packed.slice(at, tab);
      if (!stored?.has(word) && !words.has(word)) words.set(word, packed.slice(tab + 1, next));
      at = next + 1;
    }
  }
  const rows: unknown[][] = [];
  for (const edition of [...byEdition.keys()].sort()) {
    const words = byEdition.get(edition)!;
    let stored = known?.get(edition);
    if (known && !stored) known.set(edition, (stored = new Set()));
    for (const word of [...words.keys()].sort()) {
      stored?.add(word);
      const v = vocabularyRow(word, words.get(word)!);
      rows.push([edition, v.word, v.folded, v.head, v.length]);
    }
  }
  return rows;
}

/**
 * Writes the entries in the caller's transaction: the `replace` articles' old entries removed in one statement, the new
 * ones inserted in multi-row statements (the FTS5 table on SQLite, tsvector documents on PostgreSQL), and their
 * vocabulary added. An article appearing twice keeps its last entry.
 */
export async function writeIndexEntries(db: Db, entries: IndexEntry[], opts: WriteIndexOptions = {}): Promise<void> {
  const dialect = dialectOf(db);
  if (opts.replace?.length) await deleteEntries(db, dialect, [...new Set(opts.replace)]);
  const last = new Map(entries.map((e) => [e.id, e]));
  const unique = last.size === entries.length ? entries : [...last.values()];
  if (unique.length && dialect === 'postgres') {
    const rows = unique.map((e) => [e.id, e.edition, tsvectorLiteral(documentOf(e.columns))]);
    await insertMany(db, dialect, 'insert into search_documents (article_id, edition, document)', ['', '', 'tsvector'], rows);
  } else if (unique.length) {
    const rows = unique.map(({ id, columns: c }) => [id, c.headline, c.lead, c.tags, c.body, c.place]);
    await insertMany(db, dialect, 'insert into search_fts (rowid, headline, lead, tags, body, place)', ['', '', '', '', '', ''], rows);
  }
  const vocabulary = newVocabularyRows(opts.vocabulary ? [...unique, ...opts.vocabulary] : unique, opts.knownWords);
  await insertMany(db, dialect, 'insert into search_vocabulary (edition, word, folded, head, length)', ['', '', '', '', ''], vocabulary, ' on conflict do nothing');
}
