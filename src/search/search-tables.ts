// Row types of the search tables, for Kysely: db.withTables<SearchTables>() adds them where search code needs them.

/** PostgreSQL only: one row per searchable article; SQLite keeps the same terms in the FTS5 table search_fts. */
export type SearchDocumentTable = {
  article_id: number;
  edition: string;
  /** A tsvector, written as its text form by the application (terms already stemmed, positions and weights set). */
  document: string;
}

/** Words seen in each edition's searchable articles, for spelling suggestions; verified against visible articles before use. */
export type SearchVocabularyTable = {
  edition: string;
  /** The word in lower case, as readers would type it. */
  word: string;
  /** Folded as prefixes are (diacritics and spelling variants), compared for edit distance. */
  folded: string;
  /** First letter of `folded`: a misspelling rarely starts with a wrong letter, and this keeps the candidates few. */
  head: string;
  length: number;
}

// A type alias, not an interface: withTables<T>() needs T to fit Record<string, …>.
export type SearchTables = {
  search_documents: SearchDocumentTable;
  search_vocabulary: SearchVocabularyTable;
};
