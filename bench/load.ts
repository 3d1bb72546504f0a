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

/**
 * One continuous run: the first `warmup` seconds are load without measurement, then `measuring` is called and every
 * response is kept. Warm-up and measurement share their connections: a pause and ten new connections between them
 * would be a moment no server under steady load sees (V8 uses such a lull for a full collection), measured as if it were.
 */
export async function runLoad(opts: LoadOptions, measuring: () => void = () => {}): Promise<LoadSample> {
  const base = { url: opts.origin, connections: opts.connections, requests: requestsFor(opts.paths), timeout: 10 };
  let times = new Float64Array(1 << 16);
  let count = 0;
  let measuredFrom: number | undefined;
  const start = () => {
    measuring();
    measuredFrom = performance.now();
  };
  const timer = opts.warmup > 0 ? setTimeout(start, opts.warmup * 1000) : undefined;
  if (!timer) start();
  const instance = autocannon({ ...base, duration: opts.warmup + opts.duration });
  const statuses: Record<string, number> = {};
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (measuredFrom === undefined) return;
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (count === times.length) {
      const grown = new Float64Array(times.length * 2);
      grown.set(times);
      times = grown;
    }
    times[count++] = responseTime;
  });
  const result = await instance;
  clearTimeout(timer);
  const seconds = measuredFrom === undefined ? 0 : (performance.now() - measuredFrom) / 1000;
  return { times: times.slice(0, count), seconds, statuses, errors: result.errors, timeouts: result.timeouts };
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
