// "Did you mean": words of a fruitless query replaced by near words of the edition's vocabulary that do find something.
import type { Db } from '../db/database.ts';
import { foldWord } from './normalize.ts';
import { analyzeQuery, rewriteQuery, type QueryClause } from './search-query.ts';
import { hasMatch, type SearchFilter } from './search-repo.ts';
import type { SearchTables } from './search-tables.ts';

/** Optimal string alignment distance (transpositions count one), or max + 1 once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length];
}

const CANDIDATES_CHECKED = 4;

/** Vocabulary words within edit distance 1 (short words) or 2 of `word`, nearest first. */
export async function findNearWords(db: Db, edition: string, word: string, language: string): Promise<string[]> {
  const folded = foldWord(word, language);
  const length = [...folded].length;
  if (length < 3) return [];
  const max = length <= 4 ? 1 : 2;
  const rows = await db
    .withTables<SearchTables>()
    .selectFrom('search_vocabulary')
    .select(['word', 'folded'])
    .where('edition', '=', edition)
    .where('head', '=', [...folded][0])
    .where('length', '>=', length - max)
    .where('length', '<=', length + max)
    .limit(20_000)
    .execute();
  return rows
    .map((r) => ({ word: r.word, distance: r.folded === folded ? 0 : editDistance(folded, r.folded, max) }))
    .filter((r) => r.distance > 0 && r.distance <= max)
    .sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word))
    .map((r) => r.word);
}

/**
 * A corrected query, or null. Only required plain words that find nothing in the edition are replaced, each by the
 * nearest vocabulary word that does find something visible; the whole corrected query must find something too.
 */
export async function suggestQuery(db: Db, clauses: QueryClause[], language: string, filter: SearchFilter): Promise<string | null> {
  const editionOnly: SearchFilter = { edition: filter.edition, now: filter.now };
  const replacements = new Map<QueryClause, string>();
  for (const clause of clauses) {
    if (clause.negated || clause.kind !== 'word') continue;
    if (await hasMatch(db, analyzeQuery([clause], language), editionOnly)) continue;
    const near = await findNearWords(db, filter.edition, clause.words[0], language);
    for (const word of near.slice(0, CANDIDATES_CHECKED)) {
      if (await hasMatch(db, analyzeQuery([{ kind: 'word', words: [word], negated: false }], language), editionOnly)) {
        // Typed with a capital ("Hochwaser"), offered with one ("Hochwasser").
        const typed = clause.words[0];
        replacements.set(clause, typed[0] !== typed[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word);
        break;
      }
    }
  }
  if (replacements.size === 0) return null;
  const suggestion = rewriteQuery(clauses, (c) => replacements.get(c));
  const analyzed = analyzeQuery(clauses.map((c) => (replacements.has(c) ? { ...c, words: [replacements.get(c)!] } : c)), language);
  return (await hasMatch(db, analyzed, filter)) ? suggestion : null;
}
