// Query and path parameters of the API, checked strictly: every mistake is named in one problem.
import type { Edition } from '../domain/model.ts';
import type { SiteCatalog } from '../site/site-catalog.ts';
import { ApiProblem, type InvalidParam } from './problem.ts';
import { decodeCursor, type Cursor } from './cursor.ts';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

/** Collects what is wrong with a request's parameters, so a client learns of every mistake at once. */
export class ParamCheck {
  readonly problems: InvalidParam[] = [];
  readonly values: Record<string, string> = {};

  /** Reads the query, refusing names not in `allowed` and names given more than once. */
  constructor(query: unknown, allowed: readonly string[]) {
    for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
      if (!allowed.includes(name)) {
        this.fail(name, allowed.length ? `unknown parameter; this endpoint takes ${allowed.join(', ')}` : 'unknown parameter; this endpoint takes none');
      } else if (typeof value !== 'string') {
        this.fail(name, 'given more than once');
      } else {
        this.values[name] = value;
      }
    }
  }

  fail(name: string, reason: string): void {
    this.problems.push({ name, reason });
  }

  /** Throws the collected problems, if any. */
  done(): void {
    if (this.problems.length === 0) return;
    const detail = this.problems.map((p) => `${p.name}: ${p.reason}`).join('; ');
    throw new ApiProblem('invalid-parameter', detail, { invalidParams: this.problems });
  }

  edition(catalog: SiteCatalog, name = 'edition'): Edition | undefined {
    const raw = this.values[name];
    if (raw === undefined) return undefined;
    const edition = catalog.byCode.get(raw);
    if (!edition) this.fail(name, `no edition "${clip(raw)}"; known editions: ${catalog.editions.map((e) => e.code).join(', ')}`);
    return edition;
  }

  limit(): number {
    const raw = this.values.limit;
    if (raw === undefined) return DEFAULT_LIMIT;
    const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= 1 && n <= MAX_LIMIT)) {
      this.fail('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
      return DEFAULT_LIMIT;
    }
    return n;
  }

  cursor(): Cursor | undefined {
    const raw = this.values.cursor;
    if (raw === undefined) return undefined;
    const cursor = decodeCursor(raw);
    if (!cursor) this.fail('cursor', 'not a cursor from this API; use pagination.nextCursor of the previous page as it is');
    return cursor ?? undefined;
  }

  since(): number | undefined {
    const raw = this.values.since;
    if (raw === undefined) return undefined;
    const ms = parseRfc3339(raw);
    if (ms !== null) return ms;
    // In a query string "+" means a space: the most common way a correct offset arrives broken.
    const hint = /\d \d{2}:\d{2}$/.test(raw) ? ' ("+" in a query string means a space: write the offset as %2B02:00, or use Z)' : '';
    this.fail('since', `must be an RFC 3339 date-time such as 2026-01-31T09:30:00Z${hint}`);
    return undefined;
  }

  /** A rubric or tag named by id, key or (with an edition) slug; resolved against the database by the caller. */
  term(name: string): string | undefined {
    const raw = this.values[name];
    if (raw === undefined) return undefined;
    if (!/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_-]{0,199}$/u.test(raw)) {
      this.fail(name, 'must be an id, a key or a slug (lowercase letters, digits, "-" and "_")');
      return undefined;
    }
    return raw;
  }
}

/** A positive id from a path segment, or an invalid-parameter problem. */
export function parseId(raw: string, name = 'id'): number {
  const n = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) throw new ApiProblem('invalid-parameter', `${name}: must be a positive whole number`, { invalidParams: [{ name, reason: 'must be a positive whole number' }] });
  return n;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds of an RFC 3339 date-time, or null; impossible dates (February 30) are refused, not rolled over. */
export function parseRfc3339(text: string): number | null {
  const m = RFC3339.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || s > 60) return null;
  const offsetH = m[10] === undefined ? 0 : Number(m[10]);
  const offsetM = m[11] === undefined ? 0 : Number(m[11]);
  if (offsetH > 23 || offsetM > 59) return null;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetH * 60 + offsetM);
  const fraction = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  // A leap second is read as the last moment of its minute.
  return Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) + fraction - offset * 60_000;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
