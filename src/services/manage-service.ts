// Checks shared by the newsroom's management use cases: texts, slugs and addresses reported per form field,
// and the one way a change is recorded (audit entry, and a new content version when readers can see it).
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { slugify } from '../domain/slug.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import { audit } from './audit-service.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What is wrong with one form field; each edge turns the code into its own words. */
export type Problem =
  | 'required' | 'tooLong' | 'number' | 'slugFormat' | 'slugTaken' | 'slugReserved' | 'url' | 'httpsUrl' | 'unknown' | 'cycle'
  | 'duplicate' | 'timeZone' | 'locale' | 'host' | 'hostTaken' | 'pattern' | 'labelsJson' | 'labelsShape' | 'labelsKey'
  | 'network' | 'email' | 'emailTaken' | 'role' | 'password' | 'selfLockout';

/** Collects problems per field, so that one answer names every field to correct. */
export class Problems {
  readonly fields: Record<string, Problem> = {};
  add(field: string, problem: Problem): void {
    if (!(field in this.fields)) this.fields[field] = problem;
  }
  has(field: string): boolean {
    return field in this.fields;
  }
  throwIfAny(): void {
    if (Object.keys(this.fields).length) throw new DomainError('INVALID', 'Invalid input', { ...this.fields });
  }
}

export function problemsOf(err: unknown): Record<string, Problem> | null {
  return err instanceof DomainError && err.code === 'INVALID' ? (err.fields as Record<string, Problem>) : null;
}

export function invalid(field: string, problem: Problem): DomainError {
  return new DomainError('INVALID', 'Invalid input', { [field]: problem });
}

// Control characters other than tab and line breaks never belong in names or texts.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanText(problems: Problems, field: string, value: string | undefined, o: { max: number; required?: boolean; multiline?: boolean }): string {
  const stripped = (value ?? '').replace(CONTROL, '');
  const text = o.multiline ? stripped.replace(/\r\n?/g, '\n').trim() : stripped.replace(/\s+/g, ' ').trim();
  if (o.required && !text) problems.add(field, 'required');
  else if ([...text].length > o.max) problems.add(field, 'tooLong');
  return text;
}

/** A slug as given, or made from the name when left empty. Callers require the name. */
export function cleanSlug(problems: Problems, field: string, value: string | undefined, name: string, max = 80): string {
  const slug = (value ?? '').trim() || (name ? slugify(name, max) : '');
  // Without a name there is nothing to make a slug from; the missing name is the problem to report.
  if (!slug) {
    if (name) problems.add(field, 'required');
  } else if (slug.length > max) problems.add(field, 'tooLong');
  else if (!SLUG_PATTERN.test(slug)) problems.add(field, 'slugFormat');
  return slug;
}

/** An http(s) address (https only when asked), or '' when optional and empty. */
export function cleanUrl(problems: Problems, field: string, value: string | undefined, o: { required?: boolean; httpsOnly?: boolean; max?: number } = {}): string {
  const url = (value ?? '').trim();
  if (!url) {
    if (o.required) problems.add(field, 'required');
    return '';
  }
  if (url.length > (o.max ?? 500)) {
    problems.add(field, 'tooLong');
    return url;
  }
  const scheme = o.httpsOnly ? /^https:\/\//i : /^https?:\/\//i;
  let ok = scheme.test(url) && !/[\s<>"'`\\]/.test(url);
  if (ok) {
    try {
      ok = new URL(url).hostname.length > 0;
    } catch {
      ok = false;
    }
  }
  if (!ok) problems.add(field, o.httpsOnly ? 'httpsUrl' : 'url');
  return url;
}

/** A positive whole number from a form field, '' meaning none. */
export function cleanId(problems: Problems, field: string, value: string | undefined, required = false): number | null {
  const text = (value ?? '').trim();
  if (!text) {
    if (required) problems.add(field, 'required');
    return null;
  }
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
    problems.add(field, 'number');
    return null;
  }
  return Number(text);
}

export interface EditionName {
  code: string;
  name: string;
}

/** Every edition, in the order the site lists them: each must have its own texts. */
export async function editionNames(db: Db): Promise<EditionName[]> {
  return db.selectFrom('editions').select(['code', 'name']).orderBy('position').orderBy('code').execute();
}

/** Who changes something, from where; `now` is for tests. */
export interface ChangeMeta {
  userId: number;
  ip: string;
  now?: number;
}

export interface Change {
  action: string;
  objectType: string;
  objectId: number | string;
  summary: string;
  /** Readers see the change: every node's page cache must refresh. */
  visible: boolean;
}

/** Call inside the change's transaction, so the entry and the new content version commit with it. */
export async function recordChange(trx: Db, meta: ChangeMeta, change: Change): Promise<void> {
  await audit(trx, { userId: meta.userId, action: change.action, objectType: change.objectType, objectId: change.objectId, summary: change.summary, ip: meta.ip }, meta.now);
  if (change.visible) await bumpContentVersion(trx);
}

/** A unique internal key from a slug: the slug itself, else with -2, -3… */
export async function uniqueKey(trx: Db, table: 'rubrics' | 'tags' | 'projects' | 'directory_entries' | 'pages', base: string): Promise<string> {
  const stem = (base || 'item').slice(0, 60);
  const taken = new Set(
    (await trx.selectFrom(table as 'rubrics').select('key').where((eb) => eb.or([eb('key', '=', stem), eb('key', 'like', `${stem}-%`)])).execute()).map((r) => r.key),
  );
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export async function nextPosition(trx: Db, table: 'rubrics' | 'tags' | 'projects' | 'directory_entries' | 'pages'): Promise<number> {
  const row = await trx.selectFrom(table as 'rubrics').select((eb) => eb.fn.max<number | null>('position').as('max')).executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** Moves one item of an ordered list a step up or down; positions are rewritten 0…n-1. Returns false at an end. */
export function reorder<T>(items: T[], index: number, direction: 'up' | 'down'): T[] | null {
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= items.length) return null;
  const next = [...items];
  [next[index], next[other]] = [next[other], next[index]];
  return next;
}

/** Parts of an audit summary, the empty ones left out. */
export function summaryOf(...parts: string[]): string {
  return parts.filter(Boolean).join('; ');
}

/** "de: Alt → Neu" parts for the audit summary of a change of per-edition texts; on creation just the names. */
export function describeTextChanges<T extends object>(before: Record<string, T> | undefined, after: Record<string, T>, keys: (keyof T & string)[]): string {
  const parts: string[] = [];
  for (const [edition, text] of Object.entries(after)) {
    const old = before?.[edition];
    if (!old) {
      parts.push(`${edition}: ${String(text[keys[0]])}`);
      continue;
    }
    for (const key of keys) if (old[key] !== text[key]) parts.push(`${edition} ${key}: ${String(old[key])} → ${String(text[key])}`);
  }
  return parts.join('; ');
}
