// The newsroom's side of images: the library listing, one image with all its texts, and editing those texts.
import type { Db } from '../database.ts';

export interface MediaText {
  edition: string;
  caption: string;
  alt: string;
}

export interface MediaSummary {
  id: number;
  width: number;
  height: number;
  credit: string;
  createdAt: number;
  createdBy: number | null;
  uploaderName: string | null;
  texts: MediaText[];
  /** Widths of the stored variants, ascending. */
  variants: number[];
}

export async function countMedia(db: Db): Promise<number> {
  const row = await db.selectFrom('media').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function withTextsAndVariants(db: Db, rows: Omit<MediaSummary, 'texts' | 'variants'>[]): Promise<MediaSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [texts, files] = await Promise.all([
    db.selectFrom('media_texts').select(['media_id', 'edition', 'caption', 'alt']).where('media_id', 'in', ids).orderBy('edition').execute(),
    db.selectFrom('media_files').select(['media_id', 'width']).where('media_id', 'in', ids).orderBy('width').execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, { ...r, texts: [] as MediaText[], variants: [] as number[] }]));
  for (const t of texts) byId.get(t.media_id)?.texts.push({ edition: t.edition, caption: t.caption, alt: t.alt });
  for (const f of files) byId.get(f.media_id)?.variants.push(f.width);
  return [...byId.values()];
}

function baseQuery(db: Db) {
  return db
    .selectFrom('media as m')
    .leftJoin('users as u', 'u.id', 'm.created_by')
    .select(['m.id', 'm.width', 'm.height', 'm.credit', 'm.created_at as createdAt', 'm.created_by as createdBy', 'u.name as uploaderName']);
}

/** Newest first. */
export async function listMedia(db: Db, page: { limit: number; offset: number }): Promise<MediaSummary[]> {
  const rows = await baseQuery(db).orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(page.limit).offset(page.offset).execute();
  return withTextsAndVariants(db, rows);
}

export async function findMediaSummary(db: Db, id: number): Promise<MediaSummary | undefined> {
  const row = await baseQuery(db).where('m.id', '=', id).executeTakeFirst();
  return row ? (await withTextsAndVariants(db, [row]))[0] : undefined;
}

export async function findMediaOwner(db: Db, id: number): Promise<{ createdBy: number | null } | undefined> {
  const row = await db.selectFrom('media').select('created_by').where('id', '=', id).executeTakeFirst();
  return row && { createdBy: row.created_by };
}

/** Sets the credit and, for each edition given, its caption and alt text; a row left empty is removed. */
export async function replaceMediaTexts(db: Db, id: number, credit: string, texts: MediaText[]): Promise<void> {
  await db.updateTable('media').set({ credit }).where('id', '=', id).execute();
  if (texts.length === 0) return;
  await db.deleteFrom('media_texts').where('media_id', '=', id).where('edition', 'in', texts.map((t) => t.edition)).execute();
  const kept = texts.filter((t) => t.caption !== '' || t.alt !== '');
  if (kept.length) await db.insertInto('media_texts').values(kept.map((t) => ({ media_id: id, ...t }))).execute();
}

export async function listEditionCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('editions').select('code').orderBy('position').orderBy('code').execute();
  return rows.map((r) => r.code);
}
