// Streams the archive as ninjs JSON Lines: published (embargoed included) and withdrawn articles, oldest id first.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
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
}

/** Drafts, articles in review and scheduled ones stay in the newsroom: an export holds what readers have been shown. */
export const EXPORTED_STATUSES = ['published', 'withdrawn'];

export async function exportNinjs(db: Db, out: Writable, o: ExportOptions): Promise<number> {
  const batchSize = o.batchSize ?? 500;
  const now = o.now ?? Date.now();
  let afterId = 0;
  let written = 0;
  for (;;) {
    let query = db.selectFrom('articles').select('id').where('id', '>', afterId).where('status', 'in', EXPORTED_STATUSES);
    if (o.editions?.length) query = query.where('edition', 'in', o.editions);
    if (o.since !== undefined) query = query.where('updated_at', '>=', o.since);
    const ids = (await query.orderBy('id').limit(batchSize).execute()).map((r) => r.id);
    if (!ids.length) break;
    afterId = ids[ids.length - 1];
    const items = await ninjsItems(db, ids, { version: o.version, publicUrl: o.publicUrl, now });
    const chunk = items.map(({ item }) => `${JSON.stringify(item)}\n`).join('');
    // Waits for a slow reader (a pipe, a disk) instead of buffering the archive.
    if (!out.write(chunk)) await once(out, 'drain');
    written += items.length;
    o.onProgress?.(written);
  }
  return written;
}
