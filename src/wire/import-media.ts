// Lead images of imported items: a picture association whose rendition names a file beside the input (as
// `depesche export --media` writes them) is read from disk and stored the way a newsroom upload is (type checked by
// its bytes, re-encoded, metadata stripped, variants made). Each file is stored once per run.
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import type { Db } from '../db/database.ts';
import { ingestImage, MAX_UPLOAD_BYTES, TEXT_LIMITS, type MediaUser } from '../services/media-service.ts';
import { selectIn } from './import-sql.ts';
import type { PendingItem } from './import-write.ts';

/** Imported images have no uploader: media.created_by stays null, as articles.created_by does. */
const IMPORT_USER = { id: null, role: 'import' } as unknown as MediaUser;

export interface MediaImporter {
  /** Stores the batch's picture files (or finds them stored earlier in the run) and sets each item's leadMediaId. */
  attach(db: Db, items: PendingItem[]): Promise<void>;
}

/**
 * `baseDir` is the input file's directory; null for standard input, whose relative hrefs name nothing. Problems are
 * warnings: the article is imported without its image.
 */
export function createMediaImporter(baseDir: string | null, warn: (line: number, message: string) => void): MediaImporter {
  // Real path of the file → media id, or null when it could not be stored (warned once per item anyway).
  const stored = new Map<string, { id: number; editions: Set<string> } | null>();
  let realBase: Promise<string> | null = null;

  const locate = async (href: string): Promise<string> => {
    if (baseDir === null) throw new Error('standard input has no directory to read it from');
    let path: string;
    try {
      path = decodeURIComponent(href.split(/[?#]/)[0]);
    } catch {
      throw new Error('not a valid path');
    }
    if (!path || isAbsolute(path) || /^[a-z]:/i.test(path) || path.startsWith('\\')) throw new Error('an absolute path is not read');
    if (path.split(/[/\\]/).includes('..')) throw new Error('a path leaving the input file\'s directory is not read');
    realBase ??= realpath(baseDir);
    const base = await realBase;
    let full: string;
    try {
      full = await realpath(resolve(base, path));
    } catch {
      throw new Error('no such file');
    }
    // A symbolic link must not lead out of the directory either.
    if (!full.startsWith(base.endsWith(sep) ? base : base + sep)) throw new Error('a path leaving the input file\'s directory is not read');
    return full;
  };

  const store = async (db: Db, item: PendingItem, full: string): Promise<{ id: number; editions: Set<string> }> => {
    const info = await stat(full);
    if (!info.isFile()) throw new Error('not a file');
    if (info.size > MAX_UPLOAD_BYTES) throw new Error(`larger than ${MAX_UPLOAD_BYTES} bytes`);
    const p = item.article.picture!;
    const texts = p.caption || p.alt ? [{ edition: item.edition, caption: p.caption.slice(0, TEXT_LIMITS.caption), alt: p.alt.slice(0, TEXT_LIMITS.alt) }] : [];
    const image = await ingestImage(db, IMPORT_USER, await readFile(full), { filename: full, credit: p.credit.slice(0, TEXT_LIMITS.credit), texts });
    return { id: image.id, editions: new Set([item.edition]) };
  };

  return {
    async attach(database, items) {
      const withPicture = items.filter((i) => i.article.picture);
      if (!withPicture.length) return;
      // An article that has a lead image already keeps it: importing the same file again stores nothing new.
      const uris = [...new Set(withPicture.map((i) => i.article.uri))];
      const pictured = new Set((await selectIn(uris, (chunk) => database.selectFrom('articles').select('uri').where('uri', 'in', chunk).where('lead_media_id', 'is not', null).execute())).map((r) => r.uri));
      for (const item of withPicture) {
        if (pictured.has(item.article.uri)) continue;
        const p = item.article.picture!;
        try {
          const full = await locate(p.href);
          let known = stored.get(full);
          if (known === null) throw new Error('it could not be stored before');
          if (known === undefined) {
            try {
              known = await store(database, item, full);
            } catch (err) {
              stored.set(full, null);
              throw err;
            }
            stored.set(full, known);
          } else if (!known.editions.has(item.edition)) {
            // The same file in another edition: its caption and alt text in that edition's language.
            known.editions.add(item.edition);
            const exists = await database.selectFrom('media_texts').select('media_id').where('media_id', '=', known.id).where('edition', '=', item.edition).executeTakeFirst();
            if (!exists && (p.caption || p.alt)) {
              const clean = (s: string, max: number) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
              await database.insertInto('media_texts').values({ media_id: known.id, edition: item.edition, caption: clean(p.caption, TEXT_LIMITS.caption), alt: clean(p.alt, TEXT_LIMITS.alt) }).execute();
            }
          }
          item.leadMediaId = known.id;
        } catch (err) {
          warn(item.line, `picture "${p.href.slice(0, 200)}" not imported (${(err as Error).message}); the article is imported without it`);
        }
      }
    },
  };
}
