// What every page's chrome needs (editions, rubrics, static pages), loaded once per content version, with the
// memo of the lists that many pages share for that version.
import type { Db } from '../db/database.ts';
import type { Edition, Term } from '../domain/model.ts';
import { listEditions } from '../db/repos/edition-repo.ts';
import { listTerms } from '../db/repos/term-repo.ts';
import { listPages, type StaticPage } from '../db/repos/page-repo.ts';
import { ListMemo } from './cache/list-memo.ts';

export interface SiteCatalog {
  editions: Edition[];
  byCode: Map<string, Edition>;
  byHost: Map<string, Edition>;
  defaultEdition: Edition | undefined;
  rubrics: Map<string, Term[]>;
  pages: Map<string, StaticPage[]>;
  /** Empty with every new catalog, that is with every new content version. */
  lists: ListMemo;
  /**
   * Where later pages of lists start, likewise per version: apart from the shared lists, as readers and crawlers
   * paging deep into many lists must not push those out.
   */
  pageStarts: ListMemo;
}

/** Later pages whose start is remembered at most (a few bytes each). */
const MAX_PAGE_STARTS = 20_000;

const currentMemos = new WeakMap<Db, ListMemo[]>();

export async function loadSiteCatalog(db: Db): Promise<SiteCatalog> {
  // A new catalog is loaded because the content changed: the lists read before must not be served (nor stored in
  // the page cache, just emptied) while it loads.
  for (const memo of currentMemos.get(db) ?? []) memo.retire();
  const lists = new ListMemo(db);
  const pageStarts = new ListMemo(db, MAX_PAGE_STARTS);
  currentMemos.set(db, [lists, pageStarts]);
  const editions = await listEditions(db);
  const rubrics = new Map<string, Term[]>();
  const pages = new Map<string, StaticPage[]>();
  for (const e of editions) {
    rubrics.set(e.code, await listTerms(db, 'rubric', e.code));
    pages.set(e.code, await listPages(db, e.code));
  }
  return {
    editions,
    byCode: new Map(editions.map((e) => [e.code, e])),
    byHost: new Map(editions.flatMap((e) => (e.host ? [[e.host.toLowerCase(), e] as const] : []))),
    defaultEdition: editions.find((e) => e.isDefault) ?? editions[0],
    rubrics,
    pages,
    lists,
    pageStarts,
  };
}

/** The edition a reader's Accept-Language asks for, by quality, else the default. */
export function pickEdition(catalog: SiteCatalog, acceptLanguage: string | undefined): Edition | undefined {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((w) => w.lang && w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const w of wanted) {
    const edition = catalog.byCode.get(w.lang);
    if (edition) return edition;
  }
  return catalog.defaultEdition;
}
