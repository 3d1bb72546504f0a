// Lists that many pages share (the home's, the sidebars', a rubric's first page), kept for one content version.
//
// A memo belongs to one SiteCatalog, which is loaded again whenever the content version changes: a new version
// starts with an empty memo. Within a version, what readers may see still changes with time (a scheduled
// publication time or an embargo passes): entries are therefore kept only while the clock stays between the moment
// the memo was (re)started and the next visibility change after it, as the page cache does.
import type { Db } from '../../db/database.ts';
import { nextVisibilityChange } from '../../db/repos/article-repo.ts';

/** Distinct keys kept at most by default; the routes use a few per edition and rubric. */
const MAX_ENTRIES = 2000;

export class ListMemo {
  readonly #db: Db;
  readonly #maxEntries: number;
  #entries = new Map<string, Promise<unknown>>();
  /** Entries hold for `from <= now < until`. */
  #from = Infinity;
  #until = -Infinity;
  #renewing: Promise<void> | undefined;
  #retired = false;

  constructor(db: Db, maxEntries = MAX_ENTRIES) {
    this.#db = db;
    this.#maxEntries = maxEntries;
  }

  /** The list under `key` as `load` gives it at `now`; `load` must depend on nothing but visibility at `now`. */
  async get<T>(key: string, now: number, load: () => Promise<T>): Promise<T> {
    if (this.#retired) return load();
    if (!this.#holds(now)) {
      this.#renewing ??= this.#renew(now).finally(() => (this.#renewing = undefined));
      await this.#renewing;
      // Another request renewed the window for a moment that does not cover ours (a clock set back): no memo.
      if (!this.#holds(now)) return load();
    }
    let entry = this.#entries.get(key) as Promise<T> | undefined;
    if (!entry) {
      if (this.#entries.size >= this.#maxEntries) this.#entries.clear();
      const entries = this.#entries;
      entry = load();
      if (!this.#retired) entries.set(key, entry);
      // A failed query is not remembered: the next request tries again.
      entry.catch(() => entries.get(key) === entry && entries.delete(key));
    }
    return entry;
  }

  /** The list under `key` if it is already kept (or being read) for `now`; nothing is loaded. */
  peek<T>(key: string, now: number): Promise<T> | undefined {
    if (this.#retired || !this.#holds(now)) return undefined;
    return this.#entries.get(key) as Promise<T> | undefined;
  }

  /** From now on every list is read afresh: the content changed, and the next version's memo is on its way. */
  retire(): void {
    this.#retired = true;
    this.#entries = new Map();
  }

  #holds(now: number): boolean {
    return now >= this.#from && now < this.#until;
  }

  async #renew(now: number): Promise<void> {
    const until = (await nextVisibilityChange(this.#db, now)) ?? Infinity;
    if (this.#retired) return;
    this.#entries = new Map();
    this.#from = now;
    this.#until = until;
  }
}
