// The newsroom's static files: its stylesheet and the editor bundle, named by content hash.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

export interface NewsroomAsset {
  path: string;
  contentType: string;
  body: Buffer;
}

export function hashedPath(name: string, ext: string, body: Buffer): string {
  return `/newsroom/assets/${name}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}.${ext}`;
}

export function newsroomStylesheet(): NewsroomAsset {
  const body = readFileSync(new URL('./newsroom.css', import.meta.url));
  return { path: hashedPath('newsroom', 'css', body), contentType: 'text/css; charset=utf-8', body };
}
