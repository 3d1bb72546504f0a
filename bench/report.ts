// Results as a console table and as a Markdown section of docs/benchmarks.md, one section per archive size.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadResult } from './load.ts';
import { RSS_LIMIT_BYTES, type Scenario } from './scenarios.ts';

export interface ScenarioResult {
  scenario: Scenario;
  load: LoadResult;
  peakRss: number | undefined;
  /** CPU used by other processes while this scenario ran, in cores. */
  otherCores: number | undefined;
  /** The server's own CPU time per response: what the machine's other work cannot inflate much. */
  cpuPerRequestMs: number | undefined;
}

export interface RunFacts {
  date: string;
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  sqlite: string;
  articles: number;
  databaseMb: number;
  generation: string;
  connections: number;
  duration: number;
  warmup: number;
}

type Verdict = 'pass' | 'MISS' | '';

interface Row {
  title: string;
  shows: string;
  rps: string;
  p50: string;
  p95: string;
  p99: string;
  rss: string;
  ratio: string;
  others: string;
  cpu: string;
  target: string;
  verdict: Verdict;
  notes: string[];
}

const ms = (v: number): string => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '–');
const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MB`);

function unexpectedStatuses(r: ScenarioResult): string | undefined {
  const wrong = Object.entries(r.load.statuses).filter(([code]) => Number(code) !== r.scenario.status);
  const parts = wrong.map(([code, n]) => `${n} × ${code}`);
  if (r.load.errors) parts.push(`${r.load.errors} errors`);
  if (r.load.timeouts) parts.push(`${r.load.timeouts} timeouts`);
  return parts.length ? `unexpected: ${parts.join(', ')}` : undefined;
}

function toRows(results: ScenarioResult[]): Row[] {
  const baseline = results.find((r) => r.scenario.server === 'baseline');
  return results.map((r) => {
    const { target } = r.scenario;
    const ratio = baseline ? r.load.requestsPerSecond / baseline.load.requestsPerSecond : NaN;
    const checks: { text: string; ok: boolean }[] = [];
    if (target?.kind === 'ratio') checks.push({ text: `≥ ${target.min * 100} % of baseline`, ok: ratio >= target.min });
    if (target?.kind === 'p99') checks.push({ text: `p99 ≤ ${target.maxMs} ms`, ok: r.load.p99 <= target.maxMs });
    if (target?.kind === 'p95') checks.push({ text: `p95 ≤ ${target.maxMs} ms`, ok: r.load.p95 <= target.maxMs });
    if (r.scenario.server !== 'baseline') checks.push({ text: `RSS ≤ ${RSS_LIMIT_BYTES / 1024 / 1024} MB`, ok: r.peakRss === undefined || r.peakRss <= RSS_LIMIT_BYTES });
    const notes = [unexpectedStatuses(r)].filter((n): n is string => n !== undefined);
    const ok = checks.every((c) => c.ok) && notes.length === 0;
    return {
      title: r.scenario.title,
      shows: r.scenario.shows,
      rps: Math.round(r.load.requestsPerSecond).toLocaleString('en'),
      p50: ms(r.load.p50),
      p95: ms(r.load.p95),
      p99: ms(r.load.p99),
      rss: mb(r.peakRss),
      ratio: Number.isFinite(ratio) ? `${Math.round(ratio * 100)} %` : '–',
      others: r.otherCores === undefined ? 'n/a' : r.otherCores.toFixed(2),
      cpu: r.cpuPerRequestMs === undefined ? 'n/a' : ms(r.cpuPerRequestMs),
      target: checks.map((c) => c.text).join(', '),
      verdict: checks.length ? (ok ? 'pass' : 'MISS') : '',
      notes,
    };
  });
}

export function formatConsole(results: ScenarioResult[]): string {
  const rows = toRows(results);
  const head = ['Scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'peak RSS', 'vs baseline', 'CPU/req ms', 'others', 'target', ''];
  const cells = rows.map((r) => [r.title, r.rps, r.p50, r.p95, r.p99, r.rss, r.ratio, r.cpu, r.others, r.target, [r.verdict, ...r.notes].filter(Boolean).join(' ')]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i >= 1 && i <= 8 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function missedTargets(results: ScenarioResult[]): string[] {
  return toRows(results).filter((r) => r.verdict === 'MISS').map((r) => r.title);
}

/** `depesche import` of a generated ninjs JSON Lines file into an empty SQLite database (bench/import-bench.ts). */
export interface ImportFigures {
  items: number;
  seconds: number;
  itemsPerSecond: number;
  peakRssMb: number;
  cpuSeconds: number;
  /** Other processes' CPU (cores) while it ran. */
  others: number;
}

export const IMPORT_TARGET = 5000;

export function formatImport(r: ImportFigures): string {
  const verdict = r.itemsPerSecond >= IMPORT_TARGET ? 'pass' : '**MISS**';
  return `Import (\`depesche import\`, ninjs 2.2/3.1 JSON Lines into an empty SQLite database with the search index): `
    + `${r.items.toLocaleString('en')} items in ${r.seconds.toFixed(1)} s = **${r.itemsPerSecond.toLocaleString('en')} items/s** `
    + `(target ≥ ${IMPORT_TARGET.toLocaleString('en')}: ${verdict}), ${((r.cpuSeconds / r.items) * 1000).toFixed(2)} CPU s per 1,000 items `
    + `(all threads, start-up included), peak RSS ${r.peakRssMb} MB, others ${r.others.toFixed(2)} cores.`;
}

export function formatMarkdown(results: ScenarioResult[], f: RunFacts, imported?: ImportFigures): string {
  const rows = toRows(results);
  const lines = [
    `<!-- bench:${f.articles} -->`,
    `### ${f.articles.toLocaleString('en')} articles`,
    '',
    `Run ${f.date} on ${f.cores} × ${f.cpu}, ${f.memory} RAM, ${f.os}; Node.js ${f.node}, SQLite ${f.sqlite}.`,
    `Archive: ${f.articles.toLocaleString('en')} synthetic articles plus the demo agency, ${f.databaseMb.toLocaleString('en')} MB file (${f.generation}).`,
    `Load: autocannon, ${f.connections} connections, ${f.warmup} s warm-up then ${f.duration} s per scenario, each server a fresh child process.`,
    '"CPU/req" is the server process\'s own CPU time per response. "Others" is the CPU (in cores) that other processes on the machine used during the scenario: well above 0 means the figures are disturbed.',
    '',
    '| Scenario | Requests | req/s | p50 | p95 | p99 | Peak RSS | vs baseline | CPU/req | Others | Target | |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|',
    ...rows.map((r) => `| ${r.title} | \`${r.shows}\` | ${r.rps} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.rss} | ${r.ratio} | ${r.cpu} ms | ${r.others} | ${r.target} | ${[r.verdict === 'MISS' ? '**MISS**' : r.verdict, ...r.notes].filter(Boolean).join(' ')} |`),
    '',
    ...(imported ? [formatImport(imported), ''] : []),
    `<!-- /bench:${f.articles} -->`,
  ];
  return lines.join('\n');
}

const RESULTS_START = '<!-- results:start -->';
const RESULTS_END = '<!-- results:end -->';

/** Replaces this archive size's section between the results markers, keeping other sizes and the prose around them. */
export function writeMarkdown(file: string, articles: number, section: string): void {
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${RESULTS_START}\n${RESULTS_END}\n`;
  if (!doc.includes(RESULTS_START) || !doc.includes(RESULTS_END)) doc = `${doc.trimEnd()}\n\n${RESULTS_START}\n${RESULTS_END}\n`;
  const start = doc.indexOf(RESULTS_START) + RESULTS_START.length;
  const end = doc.indexOf(RESULTS_END);
  const sections = new Map<number, string>();
  for (const m of doc.slice(start, end).matchAll(/<!-- bench:(\d+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) sections.set(Number(m[1]), m[0]);
  sections.set(articles, section);
  const body = [...sections].sort(([a], [b]) => a - b).map(([, s]) => s).join('\n\n');
  writeFileSync(file, `${doc.slice(0, start)}\n${body}\n${doc.slice(end)}`);
}
