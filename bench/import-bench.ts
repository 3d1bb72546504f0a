// Import throughput: N synthetic ninjs items (2.2 and 3.1, four languages, translations, rubrics, tags, authors)
// written as JSON Lines, then the real `depesche import` in a child process over a fresh SQLite file.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database.ts';
import { insertEdition } from '../src/db/repos/edition-repo.ts';
import { insertTerm } from '../src/db/repos/term-repo.ts';
import { defaultDatePatterns } from '../src/domain/dates.ts';
import { slugify } from '../src/domain/slug.ts';
import { AGENCY, RUBRICS } from '../src/demo/demo-catalog.ts';
import type { Lang } from '../src/demo/demo-types.ts';
import { buildTextPool, composeBody, createRandom } from './synthetic-text.ts';
import { scriptOptions } from './server-process.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node');
const MAIN = join(REPO, 'src/cli/main.ts');
const LANGS: Lang[] = ['de', 'en', 'ru', 'be'];
const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB', ru: 'ru-RU', be: 'be-BY' };
const DAY_MS = 86_400_000;

export interface ImportBenchResult {
  items: number;
  /** Seconds the import itself took, as the command reports it (after start-up and the migration check). */
  seconds: number;
  itemsPerSecond: number;
  peakRssMb: number;
  /** CPU seconds (user + system, every thread) of the whole child process, start-up included. */
  cpuSeconds: number;
}

export interface ImportBenchOptions {
  items: number;
  dir: string;
  /** Pass --no-search to the import. */
  noSearch?: boolean;
  /** Write a V8 CPU profile of the child (main thread and workers) into this directory. */
  cpuProfDir?: string;
  log?: (line: string) => void;
}

/** The 2.2 spelling of an item; 3.1 renames a few fields. */
function item(lang: Lang, story: number, langs: Lang[], text: { headline: string; lead: string; place: string; body: string }, o: { rubric: string; tags: string[]; by: string; at: number; urgency: number }, three: boolean): Record<string, unknown> {
  const uri = (l: Lang) => `urn:bench:velta:${story}:${l}`;
  const names = three
    ? { first: 'firstCreated', version: 'versionCreated', content: 'contentType', alt: 'altIds' }
    : { first: 'firstcreated', version: 'versioncreated', content: 'contenttype', alt: 'altids' };
  const associations = langs.filter((l) => l !== lang).map((l) => ({
    name: `translation-${l}`, uri: uri(l), type: 'text', language: l, ...(three ? { rel: 'translation' } : {}),
  }));
  return {
    uri: uri(lang),
    type: 'text',
    [names.first]: new Date(o.at).toISOString(),
    [names.version]: new Date(o.at + 600_000).toISOString(),
    urgency: o.urgency,
    language: lang,
    located: text.place,
    by: o.by,
    headlines: [{ role: 'main', value: text.headline }],
    descriptions: [{ role: 'summary', [names.content]: 'text/plain', value: text.lead }],
    bodies: [{ role: 'main', [names.content]: 'text/html', value: text.body }],
    subjects: [{ name: o.rubric }, ...o.tags.map((name) => ({ name, rel: 'about' }))],
    [names.alt]: [{ role: 'translation-group', value: `urn:bench:velta:${story}` }],
    ...(associations.length ? { associations } : {}),
  };
}

/** Writes `items` lines to `file`, a story at a time (one to four languages), waiting on the disk as it goes. */
export async function writeNinjsFile(file: string, items: number, seed = 7): Promise<number> {
  const pool = buildTextPool();
  const random = createRandom(seed);
  const out = createWriteStream(file);
  const tagPool = Array.from({ length: 300 }, (_, i) => `Thema ${i + 1}`);
  const authorPool = ['Anna Kowal', 'Igor Brandt', 'Marta Lind', 'Pawel Nowak', 'Olga Serova', 'Jan Weber', 'Lena Horn', 'Timur Asanov'];
  const start = Date.now() - 730 * DAY_MS;
  let written = 0;
  for (let story = 1; written < items; story++) {
    const langs = LANGS.slice(0, 1 + Math.floor(random() * 4)).slice(0, items - written);
    const rubric = RUBRICS[Math.floor(random() * RUBRICS.length)];
    const tags = [tagPool[Math.floor(random() * tagPool.length)], tagPool[Math.floor(random() * tagPool.length)]];
    const by = authorPool[Math.floor(random() * authorPool.length)];
    const at = start + Math.floor(random() * 730 * DAY_MS);
    const urgency = 1 + Math.floor(random() * 9);
    let chunk = '';
    for (const lang of langs) {
      const base = pool.headlines[lang][Math.floor(random() * pool.headlines[lang].length)];
      const text = { headline: `${base.headline} (${story})`, lead: base.lead, place: base.place, body: composeBody(pool, lang, 1500 + Math.floor(random() * 2500), random) };
      chunk += `${JSON.stringify(item(lang, story, langs, text, { rubric: rubric.name[lang], tags, by, at, urgency }, story % 2 === 0))}\n`;
      written++;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return written;
}

/** A migrated SQLite file with the four editions and the demo rubrics, and nothing else. */
export async function prepareDatabase(file: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const migrated = spawnSync(NODE, [MAIN, 'migrate'], { env: { ...process.env, DATABASE_URL: file }, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`depesche migrate failed: ${migrated.stdout}${migrated.stderr}`);
  const handle = openDatabase(file);
  try {
    for (const [position, code] of LANGS.entries()) {
      await insertEdition(handle.db, {
        code, locale: LOCALES[code], timeZone: 'Europe/Minsk', name: code, flag: '', host: null, isDefault: position === 0, position,
        agencyName: AGENCY.name[code], agencyShort: AGENCY.short[code], datePatterns: defaultDatePatterns(code), socialLinks: [], labels: {},
      });
    }
    for (const [position, r] of RUBRICS.entries()) {
      await insertTerm(handle.db, 'rubric', r.key, position, LANGS.map((l) => ({ edition: l, name: r.name[l], slug: r.slug?.[l] ?? slugify(r.name[l]) })));
    }
  } finally {
    await handle.close();
  }
}

export async function runImportBench(opts: ImportBenchOptions): Promise<ImportBenchResult> {
  const log = opts.log ?? (() => {});
  mkdirSync(opts.dir, { recursive: true });
  const input = join(opts.dir, `import-${opts.items}.jsonl`);
  const database = join(opts.dir, `import-${opts.items}.sqlite`);
  const made = performance.now();
  await writeNinjsFile(input, opts.items);
  log(`  ${opts.items.toLocaleString('en')} items, ${(statSync(input).size / 1024 / 1024).toFixed(0)} MB written in ${((performance.now() - made) / 1000).toFixed(1)} s`);
  await prepareDatabase(database);

  // The child reports its peak resident memory and its CPU time (microseconds, all threads) as it exits.
  const report = 'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("peak-rss-kb "+u.maxRSS+" cpu-us "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
  const profile = opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProfDir] : [];
  // As `npm run depesche -- import` runs it.
  const child = spawn(NODE, [...scriptOptions('depesche'), ...profile, '--import', `data:text/javascript,${report}`, MAIN, 'import', ...(opts.noSearch ? ['--no-search'] : []), input], {
    env: { ...process.env, DATABASE_URL: database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
  const [code] = (await once(child, 'exit')) as [number | null];
  const summary = /(\d[\d,]*) created, (\d[\d,]*) updated, (\d[\d,]*) unchanged, (\d[\d,]*) bad lines?.* in ([\d.]+) s/.exec(stdout);
  if (code !== 0 || !summary) throw new Error(`depesche import exited with ${code}: ${stdout}${stderr}`);
  const imported = Number(summary[1].replace(/,/g, '')) + Number(summary[2].replace(/,/g, '')) + Number(summary[3].replace(/,/g, ''));
  const seconds = Number(summary[5]);
  // Worker threads print it too as they end: the process's own line is the last.
  const usage = [...stderr.matchAll(/peak-rss-kb (\d+) cpu-us (\d+)/g)].at(-1);
  const peakKb = Number(usage?.[1] ?? 0);
  for (const f of [input, database]) for (const suffix of ['', '-wal', '-shm']) rmSync(f + suffix, { force: true });
  return { items: imported, seconds, itemsPerSecond: Math.round(imported / seconds), peakRssMb: Math.round(peakKb / 1024), cpuSeconds: Number(usage?.[2] ?? 0) / 1e6 };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '20000' },
      dir: { type: 'string', default: join(REPO, '.bench') },
      'no-search': { type: 'boolean' },
      'cpu-prof': { type: 'string' },
    },
  });
  const items = Number(values.items);
  if (!Number.isInteger(items) || items < 1) {
    process.stderr.write(`--items must be a whole number above 0, got "${values.items}"\n`);
    process.exit(64);
  }
  console.log(`Import benchmark: ${items.toLocaleString('en')} ninjs items into a fresh SQLite database${values['no-search'] ? ', search index left alone' : ''}`);
  const result = await runImportBench({ items, dir: values.dir!, noSearch: values['no-search'], cpuProfDir: values['cpu-prof'], log: (line) => console.log(line) });
  // CPU time per item is steadier than items/s on a shared machine: other processes stretch wall time, not CPU time.
  console.log(`  imported ${result.items.toLocaleString('en')} items in ${result.seconds.toFixed(1)} s: ${result.itemsPerSecond.toLocaleString('en')} items/s, `
    + `${((result.cpuSeconds / result.items) * 1000).toFixed(2)} CPU s per 1,000 items (process total ${result.cpuSeconds.toFixed(1)} s), peak RSS ${result.peakRssMb} MB`);
}
