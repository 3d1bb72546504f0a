// `depesche export`: the archive as ninjs JSON Lines, to standard output or a file.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { CommandIo } from './command-io.ts';
import { withDatabase } from './with-database.ts';
import { listEditions } from '../db/repos/edition-repo.ts';
import { NINJS_VERSIONS, type NinjsVersion } from '../wire/ninjs.ts';
import { exportNinjs } from '../wire/export-ninjs.ts';

export const HELP = `Usage: depesche export [options]

Writes the articles of DATABASE_URL as IPTC ninjs JSON Lines, one item a line, oldest first: every published
article (embargoed ones too, with their embargo) and every withdrawn one (pubstatus "canceled"). Drafts, articles
in review and scheduled ones are not exported. Each item carries its uri, edition, story (altid
"translation-group"), rubric, tags and authors with Depesche URIs (urn:depesche:rubric:KEY…), so that
"depesche import" of the file into another database (with the same editions) rebuilds the same articles,
rubrics, tags, authors and translations. Without --media, images are named by URL only (under PUBLIC_URL, not
imported); with --media DIR each article's lead image is written to DIR as well, so that the import rebuilds them.
Links use PUBLIC_URL.

Options:
  --edition CODE    only this edition (repeat for several)
  --since DATE      only articles updated at or after DATE (ISO 8601: 2026-11-01 or 2026-11-01T12:00:00Z)
  --output FILE     write to FILE instead of standard output
  --ninjs VERSION   2.2 (default) or 3.1
  --media DIR       also write each exported lead image (its largest stored size) once, as DIR/ID.jpg; the
                    item's picture association gets a first rendition "file" whose href is that file's path
                    relative to FILE as a URI (--output out/news.jsonl --media out/media → "file:media/12.jpg",
                    so the item stays valid ninjs). Needs
                    --output, and DIR must be FILE's directory or inside it (created when missing). Copy FILE
                    and DIR together: "depesche import FILE" reads the images from there
  -h, --help        this help

Exit status: 0 written, 64 wrong usage, 1 the database or the output could not be used.
`;

export async function command(args: string[], config: Config, io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { edition: { type: 'string', multiple: true }, since: { type: 'string' }, output: { type: 'string' }, ninjs: { type: 'string' }, media: { type: 'string' } },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HELP}`);
    return 64;
  }
  const { values } = parsed;
  const version = (values.ninjs ?? '2.2') as NinjsVersion;
  if (!NINJS_VERSIONS.includes(version)) {
    io.err(`--ninjs must be one of ${NINJS_VERSIONS.join(', ')}, got "${values.ninjs}"`);
    return 64;
  }
  let since: number | undefined;
  if (values.since !== undefined) {
    since = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(values.since) ? Date.parse(values.since) : NaN;
    if (!Number.isFinite(since)) {
      io.err(`--since must be an ISO 8601 date or date-time such as 2026-11-01 or 2026-11-01T12:00:00Z, got "${values.since}"`);
      return 64;
    }
  }
  let media: { dir: string; hrefPrefix: string } | undefined;
  if (values.media !== undefined) {
    if (!values.output) {
      io.err('--media needs --output: the images are named by their path relative to the output file');
      return 64;
    }
    const dir = resolve(values.media);
    const rel = relative(dirname(resolve(values.output)), dir);
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      io.err(`--media must be the output file's directory or inside it, got "${values.media}"`);
      return 64;
    }
    media = { dir, hrefPrefix: rel ? `${rel.split(sep).map(encodeURIComponent).join('/')}/` : '' };
  }
  try {
    if (media) mkdirSync(media.dir, { recursive: true });
  } catch (err) {
    io.err(`Export stopped: ${(err as Error).message}`);
    return 1;
  }
  let images = 0;
  try {
    return await withDatabase(config, async (handle) => {
      const known = (await listEditions(handle.db)).map((e) => e.code);
      const unknown = (values.edition ?? []).filter((e) => !known.includes(e));
      if (unknown.length) {
        io.err(`Unknown edition ${unknown.map((e) => `"${e}"`).join(', ')} (editions: ${known.join(', ')})`);
        return 64;
      }
      const out: Writable = values.output ? createWriteStream(values.output) : io.stdout;
      if (values.output) await once(out, 'open');
      const written = await exportNinjs(handle.db, out, { version, publicUrl: config.publicUrl, editions: values.edition, since, media, onMediaFile: (n) => (images = n) });
      if (values.output) {
        out.end();
        await once(out, 'finish');
      }
      // The count goes to standard error: standard output may be the export itself.
      io.err(`Exported ${written.toLocaleString('en')} article${written === 1 ? '' : 's'} as ninjs ${version}${values.output ? ` to ${values.output}` : ''}${media ? `, ${images.toLocaleString('en')} image${images === 1 ? '' : 's'} to ${values.media}` : ''}.`);
      return 0;
    });
  } catch (err) {
    io.err(`Export stopped: ${(err as Error).message}`);
    return 1;
  }
}
