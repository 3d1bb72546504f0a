// Environment → one validated, frozen Config; the only module that knows the variable names.
import { availableParallelism } from 'node:os';
export interface Config {
  readonly port: number;
  readonly host: string;
  /** `postgres://…` or a SQLite file path (":memory:" for tests). */
  readonly databaseUrl: string;
  readonly publicUrl: string;
  /** Whole-response cache in process; off for benchmarks of the rendering path. */
  readonly pageCache: boolean;
  readonly pageCacheMb: number;
  /** Seed the demo agency when the database is empty at start. */
  readonly seedDemo: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Origins allowed to call the content API from browsers: a list, '*' for any, empty for none. */
  readonly corsOrigins: readonly string[] | '*';
  /** Content API requests per client address and minute; 0 turns the limit off. */
  readonly apiRateLimit: number;
  /** Worker threads that run searches on a SQLite file (0: on the main thread); unused on PostgreSQL. */
  readonly searchThreads: number;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

function readBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false, got "${raw}"`);
  return fallback;
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** One search thread per core, up to four; none on a single core, where a thread would only compete with the server. */
export function defaultSearchThreads(cores: number): number {
  return cores < 2 ? 0 : Math.min(cores, 4);
}

export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const port = readInteger(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST || '127.0.0.1';
  const databaseUrl = env.DATABASE_URL || './data/depesche.sqlite';
  if (/^[a-z]+:\/\//i.test(databaseUrl) && !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    problems.push(`DATABASE_URL must be postgres://… or a SQLite file path, got "${databaseUrl.replace(/\/\/[^@/]*@/, '//***@')}"`);
  }
  let publicUrl = env.PUBLIC_URL || `http://localhost:${port}`;
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    publicUrl = url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    problems.push(`PUBLIC_URL must be an absolute http(s) URL such as https://news.example.org, got "${publicUrl}"`);
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const corsRaw = (env.CORS_ORIGINS ?? '').trim();
  let corsOrigins: readonly string[] | '*' = [];
  if (corsRaw === '*') corsOrigins = '*';
  else if (corsRaw) {
    corsOrigins = corsRaw.split(',').map((o) => o.trim()).filter(Boolean);
    for (const origin of corsOrigins) {
      try {
        if (new URL(origin).origin !== origin) throw new Error('not an origin');
      } catch {
        problems.push(`CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.org, got "${origin}"`);
      }
    }
  }
  const config: Config = {
    port,
    host,
    databaseUrl,
    publicUrl,
    pageCache: readBoolean(env, 'PAGE_CACHE', true, problems),
    pageCacheMb: readInteger(env, 'PAGE_CACHE_MB', 128, 1, 16384, problems),
    seedDemo: readBoolean(env, 'SEED_DEMO', true, problems),
    logLevel,
    corsOrigins,
    apiRateLimit: readInteger(env, 'API_RATE_LIMIT', 600, 0, 1_000_000, problems),
    searchThreads: readInteger(env, 'SEARCH_THREADS', defaultSearchThreads(availableParallelism()), 0, 64, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
