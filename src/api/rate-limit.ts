// Requests per client in fixed windows, in this process's memory (each node of a cluster counts its own).
import { isIPv6 } from 'node:net';

export interface RateLimitOptions {
  /** Requests one client may make per window. */
  max: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

export interface RateLimiter {
  take(key: string): RateDecision;
}

/**
 * Windows are aligned to the clock and the counts dropped whole at each window's end, so memory holds at most the
 * clients of one window and no timer is needed.
 */
export function createRateLimiter(opts: RateLimitOptions, clock: () => number = Date.now): RateLimiter {
  let windowStart = -Infinity;
  const counts = new Map<string, number>();
  return {
    take(key: string): RateDecision {
      const now = clock();
      if (now >= windowStart + opts.windowMs) {
        counts.clear();
        windowStart = now - (now % opts.windowMs);
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return {
        allowed: count <= opts.max,
        limit: opts.max,
        remaining: Math.max(0, opts.max - count),
        resetSeconds: Math.max(1, Math.ceil((windowStart + opts.windowMs - now) / 1000)),
      };
    },
  };
}

/** The key a client is counted under: its IPv4 address, or the /64 network of its IPv6 address (one host's share). */
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
