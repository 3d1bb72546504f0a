// `depesche import FILE|-`: ninjs JSON Lines into the archive, with progress on a terminal and bad lines by number.
import { createReadStream, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { CommandIo } from './command-io.ts';
import { withDatabase } from './with-database.ts';
import { formatBytes } from '../wire/import-lines.ts';
import { importNinjs, MAX_LINE_BYTES, type ImportProgress, type ImportSummary } from '../wire/ninjs-import.ts';

export const HELP = `Usage: depesche import [options] FILE

Reads IPTC ninjs items as JSON Lines (one item a line; FILE "-" reads standard input) into DATABASE_URL.
Lines in ninjs 2.x (2.0–2.2, lowercase names: versioncreated) and 3.x (camelCase: versionCreated) may be mixed;
each is checked against IPTC's schema of its version (2.2 or 3.1) before it is used.

  uri                      the article's identity: importing the same uri again updates that article
                           (a revision records the change) or leaves it alone if nothing changed
  language                 the edition whose locale or code matches ("de", "de-DE"); none → --edition
  headlines (main)         headline; an item without one is refused
  descriptions (summary)   lead; a "correction" description becomes the correction note
  bodies (text/html)       body, cleaned by the editor's allowlist (scripts and event handlers removed and
                           reported as warnings); a text/plain body becomes paragraphs
  located                  the dateline's place
  subjects                 one marked rel "rubric" (or Depesche's urn:depesche:rubric:KEY, or named like a
                           rubric of the edition) → the rubric, created when missing; the others → tags
  people (rel author), by  authors (by: names separated by commas)
  firstcreated             first publication; versioncreated → last update; contentcreated → creation
  pubstatus                usable → published, canceled → withdrawn, withheld → draft
  embargoed                embargo: the article stays hidden until then
  urgency                  1 (flash) to 9; 5 when absent
  associations             a translation whose uri is already an article puts this one in the same story
                           (so does the altid "translation-group"); a picture ("featureimage", else the
                           first) whose rendition href is a relative path (media/12.jpg, as "depesche export
                           --media" writes) → the lead image, read from that file relative to FILE's directory
                           and stored as a newsroom upload is (checked, re-encoded, metadata removed); caption,
                           alt text and credit from its descriptions (caption, alternative-text) and
                           copyrightholder. A file used by several items is stored once. Absolute paths, paths
                           leaving FILE's directory, missing or broken files and standard input's relative hrefs
                           are warnings: the article is imported without its image. http(s) hrefs are not fetched;
                           an article that has a lead image keeps it

Only text items become articles (pictures, video, events, planning items are refused as bad lines).

Options:
  --edition CODE        the edition of items that carry no language (default: the default edition)
  --no-search           leave the search index alone (faster bulk loads; run "depesche search reindex" after)
  --batch N             items per transaction (default 500)
  --workers N           threads that parse, validate and clean lines while the main thread writes, from the
                        first line (default: one per core but one, at most 2, from the first line of a file over
                        4 MB, else once an input passes 1,000 lines; 0: none)
  -h, --help            this help

Each bad line is reported on standard error as "line N: reason" and skipped; the good lines are imported.
Lines longer than ${formatBytes(MAX_LINE_BYTES)} are refused without being read into memory. Every batch is committed
at once and a running server shows it within a second. A summary ends the run on standard output.

Exit status: 0 every line imported (or unchanged), 2 some lines were bad, 64 wrong usage, 66 FILE cannot be read,
1 the database could not be used.
`;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLine(name: string, s: ImportSummary): string {
  const items = s.created + s.updated + s.unchanged;
  const rate = s.seconds > 0 ? Math.round(items / s.seconds) : items;
  const terms = s.termsCreated.rubric + s.termsCreated.tag + s.termsCreated.author;
  return `Imported ${name}: ${s.created.toLocaleString('en')} created, ${s.updated.toLocaleString('en')} updated, ${s.unchanged.toLocaleString('en')} unchanged, `
    + `${plural(s.bad, 'bad line')}, ${plural(s.warnings, 'warning')}`
    + `${terms ? `; new: ${s.termsCreated.rubric} rubrics, ${s.termsCreated.tag} tags, ${s.termsCreated.author} authors` : ''}`
    + ` in ${s.seconds.toFixed(1)} s (${rate.toLocaleString('en')} items/s).`;
}

/** A one-line progress bar, redrawn in place through line-based output: move up, clear, write. */
function progressBar(io: CommandIo, totalBytes: number | null) {
  const started = performance.now();
  let shown = false;
  let last = 0;
  let latest: ImportProgress | null = null;
  const render = (p: ImportProgress): string => {
    const items = p.created + p.updated + p.unchanged;
    const rate = Math.round(items / Math.max(0.001, (performance.now() - started) / 1000));
    const tail = `${items.toLocaleString('en')} items, ${rate.toLocaleString('en')}/s, ${plural(p.bad, 'bad line')}`;
    if (!totalBytes) return `${formatBytes(p.bytes)} read, ${tail}`;
    const share = Math.min(1, p.bytes / totalBytes);
    const width = 24;
    const filled = Math.round(share * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${tail}`;
  };
  const draw = (p: ImportProgress) => {
    io.err(`${shown ? '\x1b[1A\x1b[2K' : ''}${render(p)}`);
    shown = true;
  };
  return {
    update(p: ImportProgress, force = false) {
      latest = p;
      const t = performance.now();
      if (force || t - last > 200) {
        last = t;
        draw(p);
      }
    },
    /** A message above the bar, which is then drawn again below it. */
    message(line: string) {
      io.err(`${shown ? '\x1b[1A\x1b[2K' : ''}${line}`);
      shown = false;
      if (latest) draw(latest);
    },
    done() {
      if (latest) draw(latest);
    },
  };
}

export async function command(args: string[], config: Config, io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { edition: { type: 'string' }, 'no-search': { type: 'boolean' }, batch: { type: 'string' }, workers: { type: 'string' } },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HELP}`);
    return 64;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err(`Give one FILE to import, or - for standard input.\n\n${HELP}`);
    return 64;
  }
  const batch = values.batch === undefined ? 500 : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) {
    io.err(`--batch must be a whole number from 1 to 10000, got "${values.batch}"`);
    return 64;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 16)) {
    io.err(`--workers must be a whole number from 0 to 16, got "${values.workers}"`);
    return 64;
  }
  const file = positionals[0];
  let totalBytes: number | null = null;
  if (file !== '-') {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) {
        io.err(`Cannot import ${file}: not a file`);
        return 66;
      }
      totalBytes = stat.size;
    } catch (err) {
      io.err(`Cannot import ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
      return 66;
    }
  }
  const input = file === '-' ? io.stdin : createReadStream(file, { highWaterMark: 256 * 1024 });
  const bar = io.errIsTTY ? progressBar(io, totalBytes) : null;
  const say = (line: string) => (bar ? bar.message(line) : io.err(line));
  try {
    const summary = await withDatabase(config, (handle) =>
      importNinjs(handle.db, input, {
        defaultEdition: values.edition,
        baseDir: file === '-' ? null : dirname(resolve(file)),
        batchSize: batch,
        search: !values['no-search'],
        workers,
        // Workers asked for, or a file big enough to be worth their start-up, have them from the first line.
        workersAfter: workers !== undefined || (totalBytes ?? 0) > 4 * 1024 * 1024 ? 0 : undefined,
        onBadLine: (line, reason) => say(`line ${line}: ${reason}`),
        onWarning: (line, message) => say(`line ${line}: warning: ${message}`),
        onProgress: (p) => bar?.update(p),
      }),
    );
    bar?.done();
    io.out(summaryLine(file === '-' ? 'standard input' : file, summary));
    if (values['no-search'] && summary.created + summary.updated > 0) io.out('The search index was left alone: run "depesche search reindex".');
    return summary.bad > 0 ? 2 : 0;
  } catch (err) {
    io.err(`Import stopped: ${(err as Error).message}`);
    return 1;
  }
}
