// Load through autocannon: a warm-up, then a measured run whose every response time is kept, so that
// percentiles are exact to the microsecond rather than autocannon's whole milliseconds.
import autocannon from 'autocannon';

export interface LoadOptions {
  origin: string;
  /** One path for a hot-row scenario, or many to spread requests over; picked at random per request. */
  paths: string[];
  connections: number;
  duration: number;
  warmup: number;
}

/** One measured run: every response time, and what came back. */
export interface LoadSample {
  /** Milliseconds, one per response. */
  times: Float64Array;
  seconds: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  responses: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

function requestsFor(paths: string[]): autocannon.Request[] {
  if (paths.length === 1) return [{ method: 'GET', path: paths[0] }];
  return [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }) }];
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs the warm-up, then calls `measuring` just before the measured run starts. */
export async function runLoad(opts: LoadOptions, measuring: () => void = () => {}): Promise<LoadSample> {
  const base = { url: opts.origin, connections: opts.connections, requests: requestsFor(opts.paths), timeout: 10 };
  if (opts.warmup > 0) await autocannon({ ...base, duration: opts.warmup });
  measuring();
  let times = new Float64Array(1 << 16);
  let count = 0;
  const instance = autocannon({ ...base, duration: opts.duration });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    if (count === times.length) {
      const grown = new Float64Array(times.length * 2);
      grown.set(times);
      times = grown;
    }
    times[count++] = responseTime;
  });
  const result = await instance;
  const statuses: Record<string, number> = {};
  for (const [code, { count: n }] of Object.entries(result.statusCodeStats)) statuses[code] = n;
  return { times: times.slice(0, count), seconds: result.duration, statuses, errors: result.errors, timeouts: result.timeouts };
}

/** Several runs of one scenario (rounds alternating with another server's) as one result. */
export function summarize(samples: LoadSample[]): LoadResult {
  const all = new Float64Array(samples.reduce((n, s) => n + s.times.length, 0));
  let offset = 0;
  for (const s of samples) {
    all.set(s.times, offset);
    offset += s.times.length;
  }
  all.sort();
  const statuses: Record<string, number> = {};
  for (const s of samples) for (const [code, n] of Object.entries(s.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  const seconds = samples.reduce((n, s) => n + s.seconds, 0);
  return {
    requestsPerSecond: seconds > 0 ? all.length / seconds : 0,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    responses: all.length,
    statuses,
    errors: samples.reduce((n, s) => n + s.errors, 0),
    timeouts: samples.reduce((n, s) => n + s.timeouts, 0),
  };
}
