// `depesche import` and `depesche export` as an agency's administrator uses them: IPTC's own examples, bad input
// answered line by line with nothing lost, idempotent re-imports, a running site that shows imports at once, and an
// export that rebuilds the same articles in an empty database.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { DIALECTS, freshDatabase, skipReason, type TestDatabase } from './support/databases.ts';
import { jsonLdOf, startSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';
import { run } from '../src/cli/main.ts';
import type { CommandIo } from '../src/cli/command-io.ts';
import type { Db } from '../src/db/database.ts';
import { insertEdition, listEditions } from '../src/db/repos/edition-repo.ts';
import { defaultDatePatterns } from '../src/domain/dates.ts';
import { detectVersion, validateItem } from '../src/wire/import-validate.ts';
import { urls } from '../src/site/urls.ts';
import { rebuildSearchIndex } from '../src/search/search-index.ts';
import { snapshotSearchIndex } from './support/search-index.ts';

const NINJS = '/work/shared/standards/ninjs';
const PUBLIC_URL = 'https://news.example.org';
const dir = mkdtempSync(join(tmpdir(), 'depesche-import-'));

interface CliResult {
  code: number;
  out: string;
  err: string;
  /** "line N: reason" messages by line number. */
  bad: Map<number, string>;
  warnings: Map<number, string>;
}

async function depesche(args: string[], database: { url: string }, stdin: Readable = Readable.from([])): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const io: CommandIo = { out: (l) => out.push(l), err: (l) => err.push(l), stdin, stdout, errIsTTY: false };
  const code = await run(args, { DATABASE_URL: database.url, PUBLIC_URL, LOG_LEVEL: 'silent' }, (l) => out.push(l), io);
  const bad = new Map<number, string>();
  const warnings = new Map<number, string>();
  for (const line of err) {
    const m = /^line (\d+): (warning: )?(.*)$/s.exec(line);
    if (m) (m[2] ? warnings : bad).set(Number(m[1]), m[3]);
  }
  return { code, out: out.join('\n') + Buffer.concat(chunks).toString('utf8'), err: err.join('\n'), bad, warnings };
}

function jsonLines(items: unknown[]): string {
  return items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join('\n') + '\n';
}

function writeInput(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function files(folder: string): string[] {
  try {
    return readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => join(folder, f));
  } catch {
    return [];
  }
}

async function addEdition(db: Db, code: string, locale: string, position: number): Promise<void> {
  await insertEdition(db, {
    code, locale, timeZone: 'Europe/Oslo', name: code, flag: '', host: null, isDefault: false, position,
    agencyName: 'Agency', agencyShort: 'AG', datePatterns: defaultDatePatterns('en'), socialLinks: [], labels: {},
  });
}

async function articleByUri(db: Db, uri: string) {
  return db.selectFrom('articles').selectAll().where('uri', '=', uri).executeTakeFirst();
}

const item = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  uri: 'urn:test:item:1', type: 'text', language: 'de', versioncreated: '2026-03-02T10:00:00Z', firstcreated: '2026-03-02T09:00:00Z',
  headlines: [{ role: 'main', value: 'Brücke über die Welna eröffnet' }],
  descriptions: [{ role: 'summary', value: 'Nach zwei Jahren Bauzeit ist die neue Brücke frei.' }],
  bodies: [{ role: 'main', contenttype: 'text/html', value: '<p>WELINSK – Die Brücke ist offen.</p>' }],
  located: 'Welinsk', urgency: 3, by: 'Anna Kowal', subjects: [{ name: 'Regionen' }, { name: 'Verkehr', rel: 'about' }],
  ...over,
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the version of a line is told by its spelling, and the schemas are IPTC\'s', () => {
  assert.equal(detectVersion({ uri: 'urn:a', versioncreated: 'x' }), '2.2');
  assert.equal(detectVersion({ uri: 'urn:a', versionCreated: 'x' }), '3.1');
  assert.equal(detectVersion({ uri: 'urn:a', bodies: [{ contenttype: 'text/html', value: '' }] }), '2.2');
  assert.equal(detectVersion({ uri: 'urn:a', standard: { version: '2.1' } }), '2.2');
  assert.equal(detectVersion({ uri: 'urn:a' }), '3.1');
  for (const version of ['2.2', '3.1'] as const) {
    const copy = readFileSync(new URL(`../src/wire/schemas/ninjs-schema_${version}.json`, import.meta.url), 'utf8');
    assert.equal(copy, readFileSync(join(NINJS, `ninjs-schema_${version}.json`), 'utf8'), `schema ${version} is a verbatim copy`);
  }
  assert.match(validateItem({ uri: 'urn:a', urgency: 12 }, '3.1') ?? '', /\/urgency: must be <= 9/);
});

for (const dialect of DIALECTS) {
  describe(dialect, { skip: skipReason(dialect) }, () => {
    describe('IPTC\'s examples', () => {
      let database: TestDatabase;
      before(async () => {
        database = await freshDatabase(dialect);
        await addEdition(database.handle.db, 'nb', 'nb-NO', 5);
        await addEdition(database.handle.db, 'sv', 'sv-SE', 6);
      });
      after(() => database.drop());

      test('should_pass items are imported, or refused only for a documented reason', async () => {
        const sources = [
          ...['2.0', '2.1', '2.2', '3.0', '3.1'].flatMap((v) => files(join(NINJS, 'test_suite', v, 'should_pass'))),
          ...files(join(NINJS, 'examples/2.1')), ...files(join(NINJS, 'examples/3.0')), ...files(join(NINJS, 'project-examples')),
        ];
        const input = writeInput('pass.jsonl', jsonLines(sources.map((f) => JSON.parse(readFileSync(f, 'utf8')))));
        const result = await depesche(['import', input], database);
        assert.equal(result.code, 2, 'some items are not articles');
        const documented = [
          /^type "(picture|audio|video|event|planning)" is not imported: only text items become articles$/,
          /^no headline \(headlines\[\]\.value\)$/,
          /^no edition for language "zh"/,
        ];
        for (const [index, source] of sources.entries()) {
          const reason = result.bad.get(index + 1);
          if (!reason) continue;
          // The 2.0 suite's URIs ("006_genre") are no URIs; 2.1 fixed the same files ("urn:006_genre").
          if (source.includes('/test_suite/2.0/') && /^not valid ninjs (2\.2|3\.1): \/uri: must match format "uri"$/.test(reason)) continue;
          assert.ok(documented.some((r) => r.test(reason)), `${source}: ${reason}`);
        }
        const db = database.handle.db;
        const dpa = await articleByUri(db, 'urn:newsml:dpa.com:20090101:190510-99-167362');
        assert.equal(dpa?.edition, 'de');
        assert.equal(dpa?.headline, 'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?');
        const ntb = await db.selectFrom('articles').select(['edition', 'headline']).where('edition', '=', 'nb').executeTakeFirst();
        assert.ok(ntb?.headline, 'the NTB item (nb-NO) went to the nb edition');
        assert.ok(await db.selectFrom('articles').select('id').where('edition', '=', 'sv').executeTakeFirst(), 'the TT item (sv) went to the sv edition');
        const project = await articleByUri(db, 'urn:newsml:news.example.org:20220622:de-1234567');
        assert.equal(project?.place, 'Moskau');
        assert.equal(project?.urgency, 3);
        assert.equal(project?.lead, 'Kurzfassung der Meldung.');
        assert.equal(project?.published_at, Date.parse('2022-06-22T14:36:00+03:00'));
        assert.equal(project?.embargo_until, Date.parse('2022-06-22T14:30:00+03:00'));
        const rubric = await db.selectFrom('rubric_texts').select('name').where('owner_id', '=', project!.rubric_id!).where('edition', '=', 'de').executeTakeFirst();
        assert.equal(rubric?.name, 'Politik', 'the subject marked rel "rubric" names the seeded rubric');
        const tags = await db.selectFrom('article_tags as l').innerJoin('tag_texts as t', 't.owner_id', 'l.target_id').select('t.name').where('l.article_id', '=', project!.id).where('t.edition', '=', 'de').execute();
        assert.deepEqual(tags.map((t) => t.name), ['politics']);
        assert.match(result.out, /created, 0 updated/);
      });

      test('should_fail items are each reported as a bad line with the schema\'s reason', async () => {
        const sources = ['2.0', '2.1', '2.2', '3.0', '3.1'].flatMap((v) => files(join(NINJS, 'test_suite', v, 'should_fail')));
        const input = writeInput('fail.jsonl', jsonLines(sources.map((f) => JSON.parse(readFileSync(f, 'utf8')))));
        const result = await depesche(['import', input], database);
        assert.equal(result.code, 2);
        for (const [index, source] of sources.entries()) {
          assert.match(result.bad.get(index + 1) ?? '', /^not valid ninjs (2\.2|3\.1): \/\S*/, source);
        }
        assert.match(result.out, /0 created, 0 updated, 0 unchanged, \d+ bad lines/);
      });
    });

    describe('bad input and re-imports', () => {
      let database: TestDatabase;
      before(async () => {
        database = await freshDatabase(dialect);
      });
      after(() => database.drop());

      test('each bad line is answered by number and reason, and the good lines of the same file are imported', async () => {
        const huge = `{"uri":"urn:test:huge","headlines":[{"value":"${'x'.repeat(10 * 1024 * 1024)}"}]}`;
        const lines = [
          item({ uri: 'urn:test:good:1' }),
          '{"uri": "urn:test:broken", "headlines": [',
          item({ uri: 'urn:test:types', urgency: 'high' }),
          huge,
          item({ uri: 'urn:test:klingon', language: 'tlh' }),
          item({ uri: 'urn:test:script', bodies: [{ contenttype: 'text/html', value: '<p onclick="steal()">Text</p><script>alert(1)</script><p>Zweiter Absatz</p>' }] }),
          item({ uri: undefined }),
          item({ uri: 'urn:test:noheadline', headlines: [] }),
          '[1, 2, 3]',
          item({ uri: 'urn:test:urgency', urgency: 2.5 }),
          item({ uri: 'urn:test:good:2', language: 'en-US', headlines: [{ value: 'Bridge over the Welna opens' }], subjects: [{ name: 'Regions' }] }),
        ];
        const input = writeInput('bad.jsonl', jsonLines(lines));
        const result = await depesche(['import', input], database);
        assert.equal(result.code, 2);
        assert.match(result.bad.get(2)!, /^not JSON: /);
        assert.equal(result.bad.get(3), 'not valid ninjs 2.2: /urgency: must be number');
        assert.equal(result.bad.get(4), 'longer than 2 MB');
        assert.match(result.bad.get(5)!, /^no edition for language "tlh" \(editions: de de-DE, en en-GB/);
        assert.equal(result.bad.has(6), false, 'HTML with scripts is imported, cleaned');
        assert.equal(result.warnings.get(6), 'body: scripts, styles, frames or event handlers removed');
        assert.match(result.bad.get(7)!, /^not valid ninjs 2\.2: \/: must have required property 'uri'/);
        assert.equal(result.bad.get(8), 'no headline (headlines[].value)');
        assert.equal(result.bad.get(9), 'not a ninjs item: a JSON array, where an object was expected');
        assert.equal(result.bad.get(10), 'urgency must be a whole number from 1 to 9, got 2.5');
        assert.equal(result.bad.size, 8);
        assert.match(result.out, /3 created, 0 updated, 0 unchanged, 8 bad lines, 1 warning/);

        const db = database.handle.db;
        const script = await articleByUri(db, 'urn:test:script');
        assert.equal(script?.body, '<p>Text</p><p>Zweiter Absatz</p>');
        const english = await articleByUri(db, 'urn:test:good:2');
        assert.equal(english?.edition, 'en', 'en-US goes to the edition whose language is en');
        const regions = await db.selectFrom('rubrics').select('id').where('key', '=', 'regions').executeTakeFirstOrThrow();
        assert.equal(english?.rubric_id, regions.id, 'a subject named like a rubric of the edition is that rubric');
        const good = (await articleByUri(db, 'urn:test:good:1'))!;
        assert.equal(good.rubric_id, regions.id);
        assert.equal(good.status, 'published');
        assert.equal(good.updated_at, Date.parse('2026-03-02T10:00:00Z'));
        const authors = await db.selectFrom('article_authors as l').innerJoin('author_texts as t', 't.owner_id', 'l.target_id').select('t.name').where('l.article_id', '=', good.id).where('t.edition', '=', 'de').execute();
        assert.deepEqual(authors.map((a) => a.name), ['Anna Kowal'], 'the seeded author is found by name');
        const tag = await db.selectFrom('article_tags as l').innerJoin('tag_texts as t', 't.owner_id', 'l.target_id').select(['t.name', 't.slug']).where('l.article_id', '=', good.id).where('t.edition', '=', 'de').execute();
        assert.deepEqual(tag.map((t) => ({ ...t })), [{ name: 'Verkehr', slug: 'verkehr' }], 'the seeded tag is found by its name in the edition');
      });

      test('importing again changes nothing; an edited line updates its article in place with a revision', async () => {
        const db = database.handle.db;
        const lines = [item({ uri: 'urn:test:again:1' }), item({ uri: 'urn:test:again:2', headlines: [{ value: 'Zweite Meldung' }] })];
        const first = await depesche(['import', writeInput('again.jsonl', jsonLines(lines))], database);
        assert.equal(first.code, 0, first.err);
        assert.match(first.out, /2 created, 0 updated, 0 unchanged, 0 bad lines/);
        const count = async () => Number((await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
        const before = await count();
        const second = await depesche(['import', writeInput('again.jsonl', jsonLines(lines))], database);
        assert.match(second.out, /0 created, 0 updated, 2 unchanged, 0 bad lines/);
        assert.equal(await count(), before);

        lines[1] = item({ uri: 'urn:test:again:2', headlines: [{ value: 'Zweite Meldung, berichtigt' }], versioncreated: '2026-03-02T12:00:00Z', pubstatus: 'canceled' });
        const third = await depesche(['import', writeInput('again.jsonl', jsonLines(lines))], database);
        assert.match(third.out, /0 created, 1 updated, 1 unchanged, 0 bad lines/);
        assert.equal(await count(), before);
        const edited = (await articleByUri(db, 'urn:test:again:2'))!;
        assert.equal(edited.headline, 'Zweite Meldung, berichtigt');
        assert.equal(edited.slug, 'zweite-meldung-berichtigt');
        assert.equal(edited.status, 'withdrawn', 'pubstatus canceled withdraws the article');
        assert.equal(edited.version, 2);
        const entries = (await snapshotSearchIndex(db, dialect)).entries as { id?: number; article_id?: number }[];
        const indexedIds = entries.map((e) => Number(e.id ?? e.article_id));
        assert.ok(indexedIds.includes((await articleByUri(db, 'urn:test:again:1'))!.id), 'the published one stays in the index');
        assert.ok(!indexedIds.includes(edited.id), 'the withdrawn one is taken out of the index');
        const revisions = await db.selectFrom('revisions').select(['kind', 'snapshot']).where('article_id', '=', edited.id).orderBy('id').execute();
        assert.deepEqual(revisions.map((r) => [r.kind, JSON.parse(r.snapshot).headline]), [['import', 'Zweite Meldung'], ['import', 'Zweite Meldung, berichtigt']]);
      });

      test('worker threads answer every line as the main thread does, in the same order', async () => {
        const lines: unknown[] = [];
        for (let n = 1; n <= 200; n++) {
          lines.push(item({ uri: `urn:test:threads:${n}`, headlines: [{ value: `Meldung ${n}` }], ...(n % 3 === 0 ? { language: 'en' } : {}) }));
          if (n % 50 === 0) lines.push('{"uri": "urn:test:broken"', item({ uri: `urn:test:threads:bad:${n}`, urgency: 12 }), item({ uri: `urn:test:threads:script:${n}`, bodies: [{ contenttype: 'text/html', value: '<p onclick="x()">Text</p>' }] }));
        }
        const input = writeInput('threads.jsonl', jsonLines(lines));
        const here = await freshDatabase(dialect);
        const threaded = await freshDatabase(dialect);
        try {
          const main = await depesche(['import', '--workers', '0', input], here);
          const workers = await depesche(['import', '--workers', '2', input], threaded);
          assert.equal(workers.code, 2, workers.err);
          assert.equal(main.bad.size, 8);
          assert.deepEqual([...workers.bad], [...main.bad]);
          assert.deepEqual([...workers.warnings], [...main.warnings]);
          assert.equal(workers.out.replace(/ in .*/, ''), main.out.replace(/ in .*/, ''));
          const articles = (db: Db) => db.selectFrom('articles').select(['uri', 'edition', 'headline', 'body', 'slug']).orderBy('id').execute();
          assert.deepEqual(await articles(threaded.handle.db), await articles(here.handle.db));
        } finally {
          await here.drop();
          await threaded.drop();
        }
      });

      test('"-" reads standard input', async () => {
        const stdin = Readable.from([Buffer.from(jsonLines([item({ uri: 'urn:test:stdin' })]))]);
        const result = await depesche(['import', '-'], database, stdin);
        assert.equal(result.code, 0, result.err);
        assert.match(result.out, /Imported standard input: 1 created/);
        assert.ok(await articleByUri(database.handle.db, 'urn:test:stdin'));
      });

      test('wrong usage and unreadable files are refused with a clear message', async () => {
        assert.equal((await depesche(['import'], database)).code, 64);
        const missing = await depesche(['import', join(dir, 'nope.jsonl')], database);
        assert.equal(missing.code, 66);
        assert.match(missing.err, /Cannot import .*nope\.jsonl: no such file/);
        const edition = await depesche(['import', '--edition', 'xx', writeInput('one.jsonl', jsonLines([item()]))], database);
        assert.equal(edition.code, 1);
        assert.match(edition.err, /Unknown edition "xx"/);
        const help = await depesche(['import', '--help'], database);
        assert.match(help.out, /^Usage: depesche import/m);
      });
    });

    test('a running site shows an imported story within a second', async () => {
      const site = await startSite(dialect, { pollMs: 100 });
      try {
        const headline = 'Eilmeldung aus dem Import';
        const input = writeInput(`live-${dialect}.jsonl`, jsonLines([item({ uri: 'urn:test:live', headlines: [{ value: headline }], firstcreated: new Date(Date.now() - 60_000).toISOString(), versioncreated: new Date().toISOString() })]));
        // The page cache holds the page before the import.
        assert.doesNotMatch((await site.app.inject({ url: urls.allNews('de') })).body, new RegExp(headline));
        const result = await depesche(['import', input], site.database);
        assert.equal(result.code, 0, result.err);
        const started = Date.now();
        let shown = false;
        while (!shown && Date.now() - started < 1000) {
          shown = (await site.app.inject({ url: urls.allNews('de') })).body.includes(headline);
          if (!shown) await new Promise((r) => setTimeout(r, 50));
        }
        assert.ok(shown, 'the all-news page lists the imported story within a second');
        const search = await site.app.inject({ url: `${urls.search('de')}?q=${encodeURIComponent('Eilmeldung')}` });
        assert.match(search.body, /href="\/de\/regionen\/\d+-eilmeldung-aus-dem-import"/, 'and search finds it');
      } finally {
        await site.close();
      }
    });

    describe('export', () => {
      let source: TestDatabase;
      before(async () => {
        source = await freshDatabase(dialect);
        await insertArticle(source.handle.db, { headline: 'Entwurf, nie gezeigt', status: 'draft', publishedAt: null });
        await insertArticle(source.handle.db, { headline: 'Zurückgezogene Meldung', status: 'withdrawn', rubricKey: 'politics' });
        await insertArticle(source.handle.db, { headline: 'Gesperrte Meldung', embargoUntil: Date.now() + 3_600_000, rubricKey: 'politics' });
      });
      after(() => source.drop());

      test('writes one valid item a line for every published or withdrawn article, filtered by edition and date', async () => {
        const all = await depesche(['export'], source);
        assert.equal(all.code, 0, all.err);
        const lines = all.out.trim().split('\n').map((l) => JSON.parse(l));
        const expected = await source.handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['published', 'withdrawn']).executeTakeFirstOrThrow();
        assert.equal(lines.length, Number(expected.n));
        assert.match(all.err, new RegExp(`Exported ${lines.length} articles as ninjs 2\\.2`));
        assert.ok(!lines.some((l) => l.headlines[0].value === 'Entwurf, nie gezeigt'), 'drafts stay in the newsroom');
        assert.equal(lines.find((l) => l.headlines[0].value === 'Zurückgezogene Meldung')?.pubstatus, 'canceled');
        assert.ok(lines.find((l) => l.headlines[0].value === 'Gesperrte Meldung')?.embargoed, 'an embargoed article carries its embargo');
        for (const l of lines.slice(0, 40)) assert.equal(validateItem(l, detectVersion(l)), null);

        const english = await depesche(['export', '--edition', 'en', '--ninjs', '3.1'], source);
        const en = english.out.trim().split('\n').map((l) => JSON.parse(l));
        assert.ok(en.length > 10 && en.every((l) => l.language === 'en' && l.versionCreated && !l.versioncreated));
        for (const l of en.slice(0, 20)) assert.equal(validateItem(l, '3.1'), null);

        const cut = Date.now() - 3 * 86_400_000;
        const recent = await depesche(['export', '--since', new Date(cut).toISOString()], source);
        const since = recent.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
        assert.ok(since.length > 0 && since.length < lines.length);
        assert.ok(since.every((l) => Date.parse(l.versioncreated) >= cut));

        const bad = await depesche(['export', '--since', 'yesterday'], source);
        assert.equal(bad.code, 64);
        assert.match(bad.err, /--since must be an ISO 8601 date/);
        assert.match((await depesche(['export', '--edition', 'xx'], source)).err, /Unknown edition "xx"/);
      });

      test('export → import into an empty database rebuilds the same articles, rubrics, tags, authors and translations', async () => {
        const file = join(dir, `roundtrip-${dialect}.jsonl`);
        assert.equal((await depesche(['export', '--output', file], source)).code, 0);
        const target = await freshDatabase(dialect, { seeded: false });
        try {
          for (const e of await listEditions(source.handle.db)) await insertEdition(target.handle.db, e);
          const imported = await depesche(['import', file], target);
          assert.equal(imported.code, 0, imported.err);
          await compareArchives(source.handle.db, target.handle.db);
          const indexed = await snapshotSearchIndex(target.handle.db, dialect);
          assert.ok(indexed.entries.length > 50, 'the import indexed the published articles');
          await rebuildSearchIndex(target.handle.db);
          assert.deepEqual(await snapshotSearchIndex(target.handle.db, dialect), indexed, 'the import indexed them as a rebuild does');
          const again = await depesche(['import', file], target);
          assert.match(again.out, /0 created, 0 updated, \d+ unchanged, 0 bad lines/, 'the round trip is stable');
          await compareReaderPages(dialect, source, target);
        } finally {
          await target.drop();
        }
      });

      test('export --media → import carries the lead images: the same sizes, captions and credits, shown on the reader pages', async () => {
        const folder = mkdtempSync(join(dir, `media-${dialect}-`));
        const file = join(folder, 'news.jsonl');
        const exported = await depesche(['export', '--output', file, '--media', join(folder, 'media')], source);
        assert.equal(exported.code, 0, exported.err);
        assert.match(exported.err, /\d+ images? to /);
        const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        const pictured = lines.filter((l) => (l.associations ?? []).some((a: { type: string }) => a.type === 'picture'));
        assert.ok(pictured.length > 5, 'the demo content has lead images');
        for (const l of pictured) {
          const picture = l.associations.find((a: { type: string }) => a.type === 'picture');
          assert.match(picture.renditions[0].href, /^file:media\/\d+\.jpg$/);
          assert.equal(validateItem(l, '2.2'), null, 'an item naming its image file is still valid ninjs');
        }
        const mediaIds = new Set(pictured.map((l) => l.associations.find((a: { type: string }) => a.type === 'picture').renditions[0].href));
        assert.equal(readdirSync(join(folder, 'media')).length, mediaIds.size, 'each image once');
        assert.equal((await depesche(['export', '--media', join(folder, 'media')], source)).code, 64, '--media needs --output');
        assert.equal((await depesche(['export', '--output', file, '--media', dir], source)).code, 64, 'the images must lie beside the output');

        const target = await freshDatabase(dialect, { seeded: false });
        try {
          for (const e of await listEditions(source.handle.db)) await insertEdition(target.handle.db, e);
          const imported = await depesche(['import', file], target);
          assert.equal(imported.code, 0, imported.err);
          assert.equal(imported.warnings.size, 0, imported.err);
          const image = async (db: Db, where: { id?: number; uri?: string }) => {
            let q = db.selectFrom('articles as a').innerJoin('media as m', 'm.id', 'a.lead_media_id').leftJoin('media_texts as t', (j) => j.onRef('t.media_id', '=', 'm.id').onRef('t.edition', '=', 'a.edition'))
              .select(['a.id', 'a.edition', 'a.slug', 'a.rubric_id', 'm.id as media_id', 'm.width', 'm.height', 'm.credit', 't.caption', 't.alt']);
            q = where.uri ? q.where('a.uri', '=', where.uri) : q.where('a.id', '=', where.id!);
            return q.executeTakeFirst();
          };
          const host = new URL(PUBLIC_URL).host;
          const targetMedia = new Set<number>();
          for (const l of pictured) {
            const id = Number(l.altids.find((a: { role: string }) => a.role === 'internal-id').value);
            const before = await image(source.handle.db, l.uri === `urn:depesche:${host}:article:${id}` ? { id } : { uri: l.uri });
            const after = await image(target.handle.db, { uri: l.uri });
            assert.ok(before && after, `${l.uri} has its lead image`);
            assert.deepEqual([after.width, after.height, after.credit, after.caption ?? '', after.alt ?? ''], [before.width, before.height, before.credit, before.caption ?? '', before.alt ?? ''], l.uri);
            targetMedia.add(after.media_id);
          }
          assert.equal(targetMedia.size, mediaIds.size, 'an image shared by articles is stored once');
          const files = await target.handle.db.selectFrom('media_files').select(['width']).where('media_id', '=', [...targetMedia][0]).orderBy('width').execute();
          assert.ok(files.length > 1, 'variants are made as for an upload');

          const { buildApp } = await import('../src/app.ts');
          const { loadConfig } = await import('../src/config.ts');
          const app = await buildApp({ config: loadConfig({ DATABASE_URL: target.url, PUBLIC_URL, LOG_LEVEL: 'silent' }), db: target.handle.db, pollMs: 0, logger: false, schedulerMs: 0 });
          await app.ready();
          try {
            const shown = pictured.find((l) => l.pubstatus === 'usable' && !l.embargoed)!;
            const page = await app.inject({ url: new URL(shown.renditions[0].href).pathname });
            assert.equal(page.statusCode, 200);
            const src = /<img\b[^>]*\ssrc="([^"]+)"/.exec(page.body)?.[1];
            assert.ok(src, 'the reader page shows the image');
            const served = await app.inject({ url: src!.replace(PUBLIC_URL, '').replace(/&amp;/g, '&') });
            assert.equal(served.statusCode, 200, src);
            assert.match(String(served.headers['content-type']), /^image\//);
          } finally {
            await app.close();
          }
          const again = await depesche(['import', file], target);
          assert.match(again.out, /0 created, 0 updated, \d+ unchanged, 0 bad lines/, 'importing again stores no image twice');
          const count = await target.handle.db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          assert.equal(Number(count.n), mediaIds.size);
        } finally {
          await target.drop();
        }
      });

      test('picture files outside the input\'s directory, missing ones and those of standard input are warned about and skipped', async () => {
        const folder = mkdtempSync(join(dir, `bad-media-${dialect}-`));
        writeFileSync(join(dir, `outside-${dialect}.jpg`), 'not read');
        const pic = (href: string) => ({ associations: [{ name: 'featureimage', uri: 'urn:test:picture', type: 'picture', renditions: [{ name: 'file', href, contenttype: 'image/jpeg' }] }] });
        const items = [
          item({ uri: 'urn:test:pic:1', ...pic(`../outside-${dialect}.jpg`) }),
          item({ uri: 'urn:test:pic:2', ...pic('/etc/passwd') }),
          item({ uri: 'urn:test:pic:3', ...pic('media/missing.jpg') }),
          item({ uri: 'urn:test:pic:4', ...pic('https://example.org/remote.jpg') }),
        ];
        const file = join(folder, 'pics.jsonl');
        writeFileSync(file, jsonLines(items));
        const target = await freshDatabase(dialect, { seeded: false });
        try {
          await addEdition(target.handle.db, 'de', 'de-DE', 1);
          const result = await depesche(['import', file, '--edition', 'de'], target);
          assert.equal(result.code, 0, result.err);
          assert.deepEqual([...result.warnings.keys()].sort(), [1, 2, 3], result.err);
          assert.match(result.warnings.get(1)!, /leaving the input file's directory/);
          assert.match(result.warnings.get(2)!, /absolute path/);
          assert.match(result.warnings.get(3)!, /no such file/);
          const fromStdin = await depesche(['import', '-', '--edition', 'de'], target, Readable.from([jsonLines([item({ uri: 'urn:test:pic:5', ...pic('media/1.jpg') })])]));
          assert.match(fromStdin.warnings.get(1) ?? '', /standard input/);
          const withImage = await target.handle.db.selectFrom('articles').select('id').where('lead_media_id', 'is not', null).execute();
          assert.equal(withImage.length, 0);
          assert.equal((await target.handle.db.selectFrom('articles').select('id').execute()).length, 5, 'the articles are imported without images');
        } finally {
          await target.drop();
        }
      });
    });
  });
}

interface Comparable {
  uri: string;
  edition: string;
  status: string;
  headline: string;
  slug: string;
  lead: string;
  place: string;
  body: string;
  urgency: number;
  published_at: number | null;
  embargo_until: number | null;
  correction_note: string;
  rubric: string | null;
  tags: string[];
  authors: string[];
  translations: string[];
}

/** Every exported article as readers see it, keyed by its item URI; ids differ between the two databases. */
async function snapshot(db: Db, imported: boolean): Promise<Map<string, Comparable>> {
  const host = new URL(PUBLIC_URL).host;
  const rows = await db.selectFrom('articles').selectAll().where('status', 'in', ['published', 'withdrawn']).orderBy('id').execute();
  const uriOf = new Map(rows.map((r) => [r.id, imported ? r.uri! : r.uri ?? `urn:depesche:${host}:article:${r.id}`]));
  const out = new Map<string, Comparable>();
  for (const r of rows) {
    const rubric = r.rubric_id === null ? undefined : await db.selectFrom('rubric_texts as t').innerJoin('rubrics as r', 'r.id', 't.owner_id').select(['r.key', 't.name', 't.slug']).where('t.owner_id', '=', r.rubric_id).where('t.edition', '=', r.edition).executeTakeFirst();
    const names = async (links: 'article_tags' | 'article_authors', texts: 'tag_texts' | 'author_texts') =>
      (await db.selectFrom(`${links} as l` as 'article_tags as l').innerJoin(`${texts} as t` as 'tag_texts as t', 't.owner_id', 'l.target_id').select('t.name').where('l.article_id', '=', r.id).where('t.edition', '=', r.edition).orderBy('l.position').execute()).map((x) => x.name);
    const siblings = await db.selectFrom('articles').select('id').where('story_id', '=', r.story_id).where('id', '!=', r.id).where('status', 'in', ['published', 'withdrawn']).execute();
    out.set(uriOf.get(r.id)!, {
      uri: uriOf.get(r.id)!, edition: r.edition, status: r.status, headline: r.headline, slug: r.slug, lead: r.lead, place: r.place, body: r.body,
      urgency: r.urgency, published_at: r.published_at, embargo_until: r.embargo_until, correction_note: r.correction_note,
      rubric: rubric ? `${rubric.key}: ${rubric.name} /${rubric.slug}` : null,
      tags: await names('article_tags', 'tag_texts'), authors: await names('article_authors', 'author_texts'),
      translations: siblings.map((s) => uriOf.get(s.id)!).sort(),
    });
  }
  return out;
}

async function compareArchives(source: Db, target: Db): Promise<void> {
  const before = await snapshot(source, false);
  const after = await snapshot(target, true);
  assert.equal(after.size, before.size);
  for (const [uri, a] of before) assert.deepEqual(after.get(uri), a, uri);
}

/** The article pages' structured data (headline, dates, section, authors…) and translation links match. */
async function compareReaderPages(dialect: (typeof DIALECTS)[number], source: TestDatabase, target: TestDatabase): Promise<void> {
  const { buildApp } = await import('../src/app.ts');
  const { loadConfig } = await import('../src/config.ts');
  const apps = await Promise.all([source, target].map(async (database) => {
    const app = await buildApp({ config: loadConfig({ DATABASE_URL: database.url, PUBLIC_URL, LOG_LEVEL: 'silent' }), db: database.handle.db, pollMs: 0, logger: false, schedulerMs: 0 });
    await app.ready();
    return app;
  }));
  try {
    const now = Date.now();
    const pages = async (db: Db, imported: boolean) => {
      const rows = await db.selectFrom('articles as a').leftJoin('rubric_texts as t', (j) => j.onRef('t.owner_id', '=', 'a.rubric_id').onRef('t.edition', '=', 'a.edition'))
        .select(['a.id', 'a.uri', 'a.edition', 'a.slug', 't.slug as rubric_slug']).where('a.status', '=', 'published').where('a.published_at', '<=', now)
        .where((eb) => eb.or([eb('a.embargo_until', 'is', null), eb('a.embargo_until', '<=', now)])).orderBy('a.id').execute();
      return new Map(rows.map((r) => [imported ? r.uri! : r.uri ?? `urn:depesche:${new URL(PUBLIC_URL).host}:article:${r.id}`, urls.article(r.edition, r.rubric_slug, r.id, r.slug)]));
    };
    const [before, after] = [await pages(source.handle.db, false), await pages(target.handle.db, true)];
    let compared = 0;
    for (const [uri, path] of [...before].filter((_, i) => i % 6 === 0)) {
      const [a, b] = await Promise.all([apps[0].inject({ url: path }), apps[1].inject({ url: after.get(uri)! })]);
      assert.equal(b.statusCode, 200, `${dialect} ${uri}`);
      const ld = (html: string) => {
        const article = jsonLdOf(html).find((x) => x['@type'] === 'NewsArticle');
        const { headline, description, datePublished, dateModified, articleSection, inLanguage, keywords } = article ?? {};
        const authors = (article?.author ?? []).map?.((p: { name: string }) => p.name);
        return { headline, description, datePublished, dateModified, articleSection, inLanguage, keywords, authors };
      };
      assert.deepEqual(ld(b.body), ld(a.body), uri);
      const hreflangs = (html: string) => [...html.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(hreflangs(b.body), hreflangs(a.body), `${uri}: the same translations`);
      compared++;
    }
    assert.ok(compared > 20);
  } finally {
    await Promise.all(apps.map((app) => app.close()));
  }
}
