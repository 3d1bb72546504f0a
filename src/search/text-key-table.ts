// A table keyed by words found in a text, looked up where they stand: the importer analyses every word of every
// article, and cutting each out of its text to look it up in a Map cost more than the rest of its analysis.

/**
 * The key's hash: FNV-1a over the UTF-16 units of `text` from `start` to `end`, never 0 (0 marks an empty slot).
 * The same units give the same hash wherever they stand.
 */
export function hashOfRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h === 0 ? 1 : h;
}

/**
 * A copy of `s` as one flat string. A string kept for long should not be a slice (which holds on to the whole text it
 * was cut from) or a concatenation (which every join walks part by part).
 */
export function flatCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** Open addressing over the keys' hashes, kept in a typed array of their own so that a probe reads no entry. */
export class TextKeyTable<E extends { key: string }> {
  #mask = 1023;
  #entries: (E | undefined)[] = new Array<E | undefined>(1024);
  #hashes = new Int32Array(1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The entry whose key is `text` from `start` to `end` (`hash` being hashOfRange of it), if there is one. */
  find(text: string, start: number, end: number, hash: number): E | undefined {
    const length = end - start;
    const hashes = this.#hashes;
    const mask = this.#mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = hashes[i];
      if (h === 0) return undefined;
      if (h !== hash) continue;
      const key = this.#entries[i]!.key;
      if (key.length !== length) continue;
      let k = 0;
      while (k < length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.#entries[i];
    }
  }

  /** Adds an entry whose key is not in the table; `hash` is hashOfRange of its key. */
  add(entry: E, hash: number): void {
    if ((this.#size + 1) * 2 > this.#mask) this.#grow();
    const mask = this.#mask;
    let i = hash & mask;
    while (this.#hashes[i] !== 0) i = (i + 1) & mask;
    this.#hashes[i] = hash;
    this.#entries[i] = entry;
    this.#size++;
  }

  #grow(): void {
    const entries = this.#entries;
    const hashes = this.#hashes;
    this.#mask = this.#mask * 2 + 1;
    this.#entries = new Array<E | undefined>(this.#mask + 1);
    this.#hashes = new Int32Array(this.#mask + 1);
    this.#size = 0;
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== 0) this.add(entries[i]!, hashes[i]);
  }
}
