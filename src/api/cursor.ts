// Opaque page cursors: the (published_at, id) of the last article a page showed, so later pages stay stable under inserts.
export interface Cursor {
  publishedAt: number;
  id: number;
}

const VERSION = 'a1';

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${VERSION}.${c.publishedAt}.${c.id}`).toString('base64url');
}

/** The cursor, or null for anything this server did not write (re-encoding must give back the same text). */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) return null;
  const m = /^a1\.(\d{1,16})\.(\d{1,16})$/.exec(Buffer.from(text, 'base64url').toString('latin1'));
  if (!m) return null;
  const cursor = { publishedAt: Number(m[1]), id: Number(m[2]) };
  if (!Number.isSafeInteger(cursor.publishedAt) || !Number.isSafeInteger(cursor.id) || cursor.id < 1) return null;
  return encodeCursor(cursor) === text ? cursor : null;
}
