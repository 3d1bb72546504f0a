// `npm run bench`: generates (or reuses) an archive, loads each reader scenario against a fresh server process,
// prints req/s, latency and peak memory against the node:http baseline, and records them in docs/benchmarks.md.
import { cpus, release, totalmem, type as osType } from 'node:os';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseSync } from 'node:sqlite';
import { ensureArchive } from './archive.ts';
import { measure, type MeasureOptions } from './measure.ts';
import { defineScenarios, readArchivePaths, type Scenario } from './scenarios.ts';
import { startApp, startBaseline } from './server-process.ts';
import { formatConsole, formatImport, formatMarkdown, IMPORT_TARGET, missedTargets, writeMarkdown, type ImportFigures, type RunFacts, type ScenarioResult } from './report.ts';
import { runImportBench } from './import-bench.ts';
import { meterMachine } from './machine-load.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run bench -- [options]

Generates a SQLite archive of synthetic articles (reused when one of that size exists), then measures the
reader site with autocannon, each scenario against a fresh server process on 127.0.0.1:
  baseline (node:http sending the article's bytes) and the article with the page cache on, in alternating
  rounds; then with the cache off:
  article (spread over many URLs), edition home, rubric page, all news page 100, search (a seeded mix of
  400 queries on the search pages of the four editions), a 404; then \`depesche import\` of generated ninjs
  JSON Lines into an empty database (items/s).
Prints req/s, p50/p95/p99 latency, peak RSS and the ratio to the baseline; writes docs/benchmarks.md.

Options:
  --articles N      articles in the archive (default 200000)
  --duration S      measured seconds per scenario (default 10)
  --connections C   concurrent connections (default 10)
  --warmup S        seconds of load before each measurement, on the same connections (default 10)
  --dir PATH        where archives are kept (default .bench/)
  --idle-wait S     before each scenario, wait up to S seconds for other work on the machine to
                    settle (default 30; 0 to start at once)
  --only KEYS       comma-separated scenario keys (baseline, article-cached, article, home, rubric,
                    news-100, search, not-found, import); the baseline always runs for the ratios
  --import-items N  ninjs items for the import measurement (default 50000)
  --no-docs         do not write docs/benchmarks.md
  -h, --help        this help
`;

interface Options {
  articles: number;
  duration: number;
  connections: number;
  warmup: number;
  dir: string;
  idleWait: number;
  only: string[] | undefined;
  docs: boolean;
  importItems: number;
}

function readOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      articles: { type: 'string', default: '200000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '10' },
      dir: { type: 'string', default: join(REPO, '.bench') },
      'idle-wait': { type: 'string', default: '30' },
      only: { type: 'string' },
      'import-items': { type: 'string', default: '50000' },
      docs: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const whole = (name: string, raw: string, min: number, max: number): number => {
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  return {
    articles: whole('articles', values.articles, 1000, 20_000_000),
    duration: whole('duration', values.duration, 1, 600),
    connections: whole('connections', values.connections, 1, 1000),
    warmup: whole('warmup', values.warmup, 0, 120),
    dir: values.dir,
    idleWait: whole('idle-wait', values['idle-wait'], 0, 3600),
    only: values.only?.split(',').map((s) => s.trim()).filter(Boolean),
    docs: values.docs,
    importItems: whole('import-items', values['import-items'], 100, 10_000_000),
  };
}

/** The article exactly as the app sends it without compression: what the baseline will serve. */
async function fetchBody(origin: string, path: string): Promise<Buffer> {
  const res = await fetch(origin + path, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}, expected 200`);
  return Buffer.from(await res.arrayBuffer());
}

async function main(argv: string[]): Promise<number> {
  let o: Options | undefined;
  try {
    o = readOptions(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (!o) {
    process.stdout.write(HELP);
    return 0;
  }
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const archive = await ensureArchive(o.dir, o.articles, log);
  log(archive.reused ? `Reusing ${archive.file} (generated ${archive.generatedAt} in ${archive.seconds} s).` : `Generated in ${archive.seconds} s.`);

  const paths = readArchivePaths(archive.file, Date.now());
  const wanted = (s: Scenario) => !o.only || s.server === 'baseline' || o.only.includes(s.key);
  const scenarios = defineScenarios(paths).filter(wanted);
  const results: ScenarioResult[] = [];
  const started = performance.now();

  const measureOptions: MeasureOptions = { connections: o.connections, duration: o.duration, warmup: o.warmup, idleWait: o.idleWait, rounds: 1 };

  // The cached server answers first: its bytes for the article are what the baseline then serves. The two are
  // measured in alternating rounds, since their ratio is a target and drift on a shared machine would skew it.
  const cachedServer = await startApp(archive.file, true);
  const bodyFile = join(o.dir, `article-${o.articles}.html`);
  try {
    writeFileSync(bodyFile, await fetchBody(cachedServer.origin, paths.hotArticle));
  } catch (err) {
    await cachedServer.stop();
    throw err;
  }
  const baseline = scenarios.find((s) => s.server === 'baseline')!;
  const cached = scenarios.find((s) => s.server === 'cached');
  const baselineServer = await startBaseline(bodyFile);
  if (!cached) await cachedServer.stop();
  const pair = [{ scenario: baseline, server: baselineServer }, ...(cached ? [{ scenario: cached, server: cachedServer }] : [])];
  results.push(...(await measure(pair, { ...measureOptions, rounds: cached ? 3 : 1 }, log)));

  for (const s of scenarios) {
    if (s.server !== 'uncached') continue;
    results.push(...(await measure([{ scenario: s, server: await startApp(archive.file, false) }], measureOptions, log)));
  }
  // The import measures a command rather than a server: its figures go beside the table.
  let imported: ImportFigures | undefined;
  if (!o.only || o.only.includes('import')) {
    log(`\nImport: ${o.importItems.toLocaleString('en')} generated ninjs items into an empty database…`);
    const machine = meterMachine();
    const self = process.cpuUsage();
    const r = await runImportBench({ items: o.importItems, dir: o.dir });
    const busy = machine.stop();
    const used = process.cpuUsage(self);
    const selfSeconds = (used.user + used.system) / 1e6;
    imported = { ...r, others: busy ? Math.max(0, busy.cores - (r.cpuSeconds + selfSeconds) / busy.seconds) : 0 };
  }

  const order = new Map(scenarios.map((s, i) => [s.key, i]));
  results.sort((a, b) => order.get(a.scenario.key)! - order.get(b.scenario.key)!);

  log(`\nDepesche reader site, ${o.articles.toLocaleString('en')} articles, ${o.connections} connections, ${o.duration} s per scenario (${Math.round((performance.now() - started) / 1000)} s in all):\n`);
  log(formatConsole(results));
  if (imported) log(`\n${formatImport(imported).replace(/\*\*/g, '')}`);

  const facts = runFacts(o, archive.file, archive.reused ? `generated ${archive.generatedAt.slice(0, 10)} in ${archive.seconds} s` : `generated in ${archive.seconds} s`);
  if (o.docs && !o.only) {
    const docs = join(REPO, 'docs', 'benchmarks.md');
    writeMarkdown(docs, o.articles, formatMarkdown(results, facts, imported));
    log(`\nRecorded in ${docs}.`);
  }
  const missed = missedTargets(results);
  if (imported && imported.itemsPerSecond < IMPORT_TARGET) missed.push(`import ${imported.itemsPerSecond} items/s (target ${IMPORT_TARGET})`);
  if (missed.length) log(`\nMissed targets: ${missed.join('; ')}.`);
  return missed.length ? 1 : 0;
}

function runFacts(o: Options, file: string, generation: string): RunFacts {
  const db = new DatabaseSync(':memory:');
  const { v } = db.prepare('select sqlite_version() as v').get() as { v: string };
  db.close();
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: cpu.length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    sqlite: v,
    articles: o.articles,
    databaseMb: Math.round(statSync(file).size / 1024 / 1024),
    generation,
    connections: o.connections,
    duration: o.duration,
    warmup: o.warmup,
  };
}

// Exiting runs the servers' clean-up (see server-process.ts), which a signal's default action would skip.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    process.stderr.write(`bench: ${err.stack ?? err.message}\n`);
    process.exitCode = 1;
  },
);
