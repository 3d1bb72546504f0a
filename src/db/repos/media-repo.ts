// Images: metadata with per-edition caption and alt text, and the stored variants' bytes.
import type { Db } from '../database.ts';
import type { ImageRef } from '../../domain/model.ts';

export async function findImages(db: Db, edition: string, ids: (number | null)[]): Promise<Map<number, ImageRef>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const [rows, files] = await Promise.all([
    db
      .selectFrom('media as m')
      .leftJoin('media_texts as t', (j) => j.onRef('t.media_id', '=', 'm.id').on('t.edition', '=', edition))
      .select(['m.id', 'm.width', 'm.height', 'm.credit', 't.caption', 't.alt'])
      .where('m.id', 'in', wanted)
      .execute(),
    db.selectFrom('media_files').select(['media_id', 'width']).where('media_id', 'in', wanted).orderBy('width').execute(),
  ]);
  const images = new Map<number, ImageRef>();
  for (const r of rows) {
    images.set(r.id, { id: r.id, width: r.width, height: r.height, credit: r.credit, caption: r.caption ?? '', alt: r.alt ?? '', variants: [] });
  }
  for (const f of files) images.get(f.media_id)?.variants.push(f.width);
  return images;
}

export async function findMediaFile(db: Db, id: number, width: number): Promise<{ mime: string; bytes: Uint8Array } | undefined> {
  return db.selectFrom('media_files').select(['mime', 'bytes']).where('media_id', '=', id).where('width', '=', width).executeTakeFirst();
}

export interface NewMedia {
  createdBy?: number | null;
  credit: string;
  width: number;
  height: number;
  mime: string;
  texts: { edition: string; caption: string; alt: string }[];
  files: { width: number; height: number; mime: string; bytes: Uint8Array }[];
}

export async function insertMedia(db: Db, media: NewMedia, now: number): Promise<number> {
  const { id } = await db
    .insertInto('media')
    .values({ mime: media.mime, width: media.width, height: media.height, credit: media.credit, created_at: now, created_by: media.createdBy ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (media.texts.length) await db.insertInto('media_texts').values(media.texts.map((t) => ({ media_id: id, ...t }))).execute();
  for (const f of media.files) await db.insertInto('media_files').values({ media_id: id, ...f }).execute();
  return id;
}
