// `depesche search reindex`: rebuilds the search index from the articles, for every edition or one.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { CommandIo } from './command-io.ts';
import { withDatabase } from './with-database.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import { optimizeSearchIndex, rebuildSearchIndex } from '../search/search-index.ts';

export const HELP = `Usage: depesche search reindex [--edition CODE] [--batch N]

Rebuilds the search index of DATABASE_URL from its articles: every published or scheduled article is
analysed again and its entry rewritten, and the spelling vocabulary ("did you mean") is made anew.
On SQLite the index is then merged into one segment (about a minute at a million articles), which
makes every search read less.
Run it after a bulk import with --no-search, after an upgrade that changes how words are stemmed, or to
repair the index. Search keeps answering meanwhile: each batch is its own transaction.

Options:
  --edition CODE   only this edition's articles and vocabulary (default: every edition)
  --batch N        articles per transaction, 1 to 10000 (default 500)
  -h, --help       this help

Progress goes to standard error when it is a terminal; a summary ends the run on standard output.
Running servers then refresh their cached pages, as after any change of content.

Exit status: 0 done, 64 wrong usage, 1 the database could not be used.
`;

const USAGE_ERROR = 64;

/** One line on a terminal, redrawn in place at most five times a second: move up, clear, write. */
function progressLine(io: CommandIo, label: string) {
  const started = performance.now();
  let shown = false;
  let last = 0;
  return (indexed: number, total: number, force = false) => {
    const t = performance.now();
    if (!force && t - last < 200) return;
    last = t;
    const rate = Math.round(indexed / Math.max(0.001, (t - started) / 1000));
    const share = total > 0 ? Math.floor((indexed / total) * 100) : 100;
    io.err(`${shown ? '\x1b[1A\x1b[2K' : ''}${label}: ${indexed.toLocaleString('en')} of ${total.toLocaleString('en')} articles (${share} %), ${rate.toLocaleString('en')}/s`);
    shown = true;
  };
}

export async function command(args: string[], config: Config, io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'reindex') {
    io.err(`${sub === undefined ? 'Which search command?' : `Unknown search command "${sub}".`}\n\n${HELP}`);
    return USAGE_ERROR;
  }
  let values: { edition?: string; batch?: string };
  try {
    values = parseArgs({ args: rest, options: { edition: { type: 'string' }, batch: { type: 'string' } }, strict: true }).values;
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HELP}`);
    return USAGE_ERROR;
  }
  const batch = values.batch === undefined ? 500 : /^\d{1,5}$/.test(values.batch) ? Number(values.batch) : NaN;
  if (!(batch >= 1 && batch <= 10_000)) {
    io.err(`--batch must be a whole number from 1 to 10000, got "${values.batch}"`);
    return USAGE_ERROR;
  }
  try {
    return await withDatabase(config, async ({ db }) => {
      const codes = (await db.selectFrom('editions').select('code').orderBy('position').execute()).map((e) => e.code);
      const edition = values.edition;
      if (edition !== undefined && !codes.includes(edition)) {
        io.err(`No edition "${edition}"; the editions are ${codes.join(', ') || '(none yet)'}.`);
        return USAGE_ERROR;
      }
      const scope = edition === undefined ? `every edition (${codes.join(', ')})` : `edition ${edition}`;
      const started = performance.now();
      const progress = io.errIsTTY ? progressLine(io, `Reindexing ${scope}`) : undefined;
      let last = { indexed: 0, total: 0 };
      const report = await rebuildSearchIndex(db, {
        edition,
        batchSize: batch,
        onProgress: progress && ((indexed, total) => {
          last = { indexed, total };
          progress(indexed, total);
        }),
      });
      // The last batch may have come within the redraw interval: the bar ends showing the whole count.
      progress?.(last.indexed, last.total, true);
      await optimizeSearchIndex(db);
      await bumpContentVersion(db);
      const seconds = (performance.now() - started) / 1000;
      const removed = report.removed ? `; removed ${report.removed.toLocaleString('en')} stale ${report.removed === 1 ? 'entry' : 'entries'}` : '';
      io.out(`Reindexed ${report.indexed.toLocaleString('en')} ${report.indexed === 1 ? 'article' : 'articles'} of ${scope}${removed} in ${seconds.toFixed(1)} s.`);
      return 0;
    });
  } catch (err) {
    io.err(`Reindexing stopped: ${(err as Error).message}`);
    return 1;
  }
}
