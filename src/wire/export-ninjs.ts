// Streams the archive as ninjs JSON Lines: published (embargoed included) and withdrawn articles, oldest id first.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/database.ts';
import { ninjsItems, type NinjsVersion } from './ninjs.ts';

export interface ExportOptions {
  version: NinjsVersion;
  publicUrl: string;
  /** Edition codes; all when empty. */
  editions?: string[];
  /** Only articles updated (versioncreated) at or after this time. */
  since?: number;
  batchSize?: number;
  now?: number;
  onProgress?: (written: number) => void;
  /**
   * Write each exported lead image (its largest stored variant) once to `dir`/ID.EXT, and name it in the item's picture
   * association by a first rendition "file" whose href is `file:` + `hrefPrefix` + ID.EXT (a relative path in a URI).
   */
  media?: { dir: string; hrefPrefix: string };
  /** Image files written to `media.dir`. */
  onMediaFile?: (count: number) => void;
}

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif', 'image/avif': 'avif' };

/** Writes the batch's image files not written yet and adds their relative rendition to the items' picture associations. */
async function exportMedia(db: Db, media: NonNullable<ExportOptions['media']>, version: NinjsVersion, items: Array<{ articleId: number; item: Record<string, unknown> }>, written: Map<number, { href: string; mime: string; width: number; height: number }>): Promise<void> {
  const leads = await db.selectFrom('articles').select(['id', 'lead_media_id']).where('id', 'in', items.map((i) => i.articleId)).where('lead_media_id', 'is not', null).execute();
  const leadOf = new Map(leads.map((r) => [r.id, r.lead_media_id!]));
  for (const { articleId, item } of items) {
    const mediaId = leadOf.get(articleId);
    const picture = ((item.associations ?? []) as Record<string, unknown>[]).find((a) => a.type === 'picture' && a.name === 'featureimage');
    if (mediaId === undefined || !picture) continue;
    let file = written.get(mediaId);
    if (!file) {
      const largest = await db.selectFrom('media_files').select(['width', 'height', 'mime', 'bytes']).where('media_id', '=', mediaId).orderBy('width', 'desc').limit(1).executeTakeFirst();
      if (!largest) continue;
      const name = `${mediaId}.${EXTENSIONS[largest.mime] ?? 'bin'}`;
      await writeFile(join(media.dir, name), largest.bytes);
      // A relative path in a `file:` URI: valid ninjs (hrefs are URIs), and the importer reads it beside the file.
      file = { href: `file:${media.hrefPrefix}${name}`, mime: largest.mime, width: largest.width, height: largest.height };
      written.set(mediaId, file);
    }
    const rendition = { name: 'file', href: file.href, [version === '2.2' ? 'contenttype' : 'contentType']: file.mime, width: file.width, height: file.height };
    picture.renditions = [rendition, ...((picture.renditions ?? []) as unknown[])];
  }
}

/** Drafts, articles in review and scheduled ones stay in the newsroom: an export holds what readers have been shown. */
export const EXPORTED_STATUSES = ['published', 'withdrawn'];

export async function exportNinjs(db: Db, out: Writable, o: ExportOptions): Promise<number> {
  const batchSize = o.batchSize ?? 500;
  const now = o.now ?? Date.now();
  let afterId = 0;
  let written = 0;
  const mediaFiles = new Map<number, { href: string; mime: string; width: number; height: number }>();
  for (;;) {
    let query = db.selectFrom('articles').select('id').where('id', '>', afterId).where('status', 'in', EXPORTED_STATUSES);
    if (o.editions?.length) query = query.where('edition', 'in', o.editions);
    if (o.since !== undefined) query = query.where('updated_at', '>=', o.since);
    const ids = (await query.orderBy('id').limit(batchSize).execute()).map((r) => r.id);
    if (!ids.length) break;
    afterId = ids[ids.length - 1];
    const items = await ninjsItems(db, ids, { version: o.version, publicUrl: o.publicUrl, now });
    if (o.media && items.length) {
      await exportMedia(db, o.media, o.version, items, mediaFiles);
      o.onMediaFile?.(mediaFiles.size);
    }
    const chunk = items.map(({ item }) => `${JSON.stringify(item)}\n`).join('');
    // Waits for a slow reader (a pipe, a disk) instead of buffering the archive.
    if (!out.write(chunk)) await once(out, 'drain');
    written += items.length;
    o.onProgress?.(written);
  }
  return written;
}
