// A memo of word → value per language, emptied whole once it holds `limit` entries: words repeat, memory must not grow.
export class WordMemo<V> {
  readonly #limit: number;
  readonly #byLanguage = new Map<string, Map<string, V>>();
  #size = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The language's own map: a lookup needs no key built (snippets and indexing look up every word). */
  of(language: string): Map<string, V> {
    let map = this.#byLanguage.get(language);
    if (!map) this.#byLanguage.set(language, (map = new Map()));
    return map;
  }

  remember(language: string, word: string, value: V): V {
    if (++this.#size > this.#limit) {
      this.#byLanguage.clear();
      this.#size = 1;
    }
    this.of(language).set(word, value);
    return value;
  }
}
