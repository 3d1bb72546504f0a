// An administrator rebuilds the search index with `depesche search reindex`: every edition or one, with progress on a
// terminal, a summary, and readers finding what the articles say now.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';
import { command } from '../src/cli/search-command.ts';
import { run } from '../src/cli/main.ts';
import type { CommandIo } from '../src/cli/command-io.ts';
import { readContentVersion } from '../src/db/repos/site-state-repo.ts';
import { countIndexable } from '../src/search/search-index.ts';
import { sql } from 'kysely';

/** Entries in the index itself (FTS5 rows or tsvector documents). */
async function indexEntries(site: TestSite): Promise<number> {
  const table = sql.table(site.database.dialect === 'postgres' ? 'search_documents' : 'search_fts');
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${table}`.execute(site.database.handle.db);
  return Number(rows[0].n);
}

interface Captured extends CommandIo {
  outLines: string[];
  errLines: string[];
}

function captureIo(errIsTTY: boolean): Captured {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return {
    outLines,
    errLines,
    out: (line) => void outLines.push(line),
    err: (line) => void errLines.push(line),
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    errIsTTY,
  };
}

for (const dialect of DIALECTS) {
  describe(`depesche search reindex on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    before(async () => {
      site = await startSite(dialect, { pageCache: false });
    });
    after(() => site?.close());

    const found = async (edition: string, q: string): Promise<string[]> => {
      const res = await site.app.inject(`/api/v1/search?edition=${edition}&limit=50&q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200);
      return res.json().data.map((a: { headline: string }) => a.headline);
    };
    const reindex = async (args: string[], errIsTTY = false) => {
      const io = captureIo(errIsTTY);
      const code = await command(['reindex', ...args], site.config, io);
      return { code, out: io.outLines.join('\n'), err: io.errLines.join('\n'), errLines: io.errLines };
    };

    test('rebuilds every edition: changes made behind the index’s back are found, stale entries go, the content version moves', async () => {
      const db = site.database.handle.db;
      // Written without reindexing, as a bulk import with --no-search or a restored backup would leave them.
      const { id: de } = await insertArticle(db, { headline: 'Zinnobererz im Tagebau gefunden' });
      const { id: en } = await insertArticle(db, { edition: 'en', headline: 'Cinnabar ore found in an open-pit mine' });
      const withdrawn = (await db.selectFrom('articles').select('id').where('edition', '=', 'ru').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow()).id;
      await db.updateTable('articles').set({ status: 'withdrawn', withdrawn_at: Date.now() }).where('id', '=', withdrawn).execute();
      assert.deepEqual(await found('de', 'Zinnobererz'), []);
      const versionBefore = await readContentVersion(db);

      const result = await reindex([]);
      assert.equal(result.code, 0, result.err);
      const indexable = await countIndexable(db);
      assert.match(result.out, new RegExp(`^Reindexed ${indexable.toLocaleString('en')} articles of every edition \\(de, en, ru, be\\); removed 1 stale entry in \\d+\\.\\d s\\.$`));
      assert.equal(result.err, '', 'no progress when standard error is not a terminal');
      assert.ok((await readContentVersion(db)) > versionBefore, 'running servers refresh their cached pages');

      assert.deepEqual(await found('de', 'Zinnobererz'), ['Zinnobererz im Tagebau gefunden']);
      assert.deepEqual(await found('en', 'cinnabar'), ['Cinnabar ore found in an open-pit mine']);
      assert.equal(await indexEntries(site), indexable, 'one entry per published article, none for the withdrawn one');
      if (dialect === 'sqlite') {
        // Merged into one segment at the end: each search term is then looked up once, not once per segment.
        const { rows } = await sql<{ n: number }>`select count(distinct segid) as n from search_fts_idx`.execute(db);
        assert.equal(Number(rows[0].n), 1);
      }
      // Spelling suggestions learn the new words too.
      const suggestion = (await site.app.inject(`/api/v1/search?edition=de&q=Zinobererz`)).json().suggestion;
      assert.equal(suggestion?.query, 'Zinnobererz');
      assert.ok(de > 0 && en > 0);
    });

    test('--edition rebuilds that edition only', async () => {
      const db = site.database.handle.db;
      const { id: de } = await insertArticle(db, { headline: 'Malachitfund im Erzgebirge' });
      const { id: en } = await insertArticle(db, { edition: 'en', headline: 'Malachite find in the ore mountains' });
      const result = await reindex(['--edition', 'en', '--batch', '7']);
      assert.equal(result.code, 0, result.err);
      assert.match(result.out, new RegExp(`^Reindexed ${(await countIndexable(db, 'en')).toLocaleString('en')} articles of edition en in`));
      assert.deepEqual(await found('en', 'malachite'), ['Malachite find in the ore mountains']);
      assert.deepEqual(await found('de', 'Malachitfund'), [], 'the German article waits for its own edition’s reindex');
      assert.equal((await reindex(['--edition', 'de'])).code, 0);
      assert.deepEqual(await found('de', 'Malachitfund'), ['Malachitfund im Erzgebirge']);
      assert.ok(de > 0 && en > 0);
    });

    test('on a terminal, progress is redrawn on one line of standard error and ends at the whole count', async () => {
      const result = await reindex(['--edition', 'be', '--batch', '5'], true);
      assert.equal(result.code, 0, result.err);
      const total = await countIndexable(site.database.handle.db, 'be');
      assert.ok(result.errLines.length >= 1);
      assert.ok(result.errLines.slice(1).every((line) => line.startsWith('\x1b[1A\x1b[2K')), 'each redraw replaces the line before');
      assert.match(result.errLines.at(-1)!, new RegExp(`Reindexing edition be: ${total} of ${total} articles \\(100 %\\), [\\d,]+/s$`));
      assert.match(result.out, /^Reindexed \d+ articles of edition be/);
    });

    test('wrong usage is refused with the reason and the help', async () => {
      const cases: [string[], RegExp][] = [
        [['--edition', 'xx'], /No edition "xx"; the editions are de, en, ru, be\./],
        [['--batch', '0'], /--batch must be a whole number from 1 to 10000, got "0"/],
        [['--batch', 'many'], /--batch must be a whole number from 1 to 10000, got "many"/],
        [['--frobnicate'], /Unknown option '--frobnicate'[\s\S]*Usage: depesche search reindex/],
        [['stray'], /Unexpected argument 'stray'[\s\S]*Usage: depesche search reindex/],
      ];
      for (const [args, message] of cases) {
        const result = await reindex(args);
        assert.equal(result.code, 64, args.join(' '));
        assert.match(result.err, message);
        assert.equal(result.out, '');
      }
      for (const args of [[], ['rebuild']]) {
        const io = captureIo(false);
        assert.equal(await command(args, site.config, io), 64);
        assert.match(io.errLines.join('\n'), /Usage: depesche search reindex/);
      }
    });
  });
}

test('depesche search --help describes reindex', async () => {
  const lines: string[] = [];
  assert.equal(await run(['search', '--help'], {}, (line) => void lines.push(line)), 0);
  assert.match(lines.join('\n'), /^Usage: depesche search reindex \[--edition CODE\] \[--batch N\]/m);
});
