// Writing and publishing: create, save (with stale-save detection), workflow actions, scheduled publishing,
// translation. Every change keeps a revision, writes the audit log and tells other nodes (content version).
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { sanitizeBody } from '../domain/body-html.ts';
import { slugify } from '../domain/slug.ts';
import { can } from '../domain/roles.ts';
import { WORKFLOW, type WorkflowAction } from '../domain/workflow.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import { audit } from './audit-service.ts';
import { reindexArticle } from '../search/search-index.ts';
import { enqueueWireEvent } from '../webhooks/webhook-queue.ts';
import type { SessionUser } from './session-service.ts';

export interface ArticleSnapshot {
  headline: string;
  lead: string;
  place: string;
  body: string;
  rubricId: number | null;
  tags: string[];
  urgency: number;
  leadMediaId: number | null;
  status: string;
  scheduledAt: number | null;
  embargoUntil: number | null;
  correctionNote: string;
}

export interface EditableArticle extends ArticleSnapshot {
  id: number;
  storyId: number;
  edition: string;
  version: number;
  createdBy: number | null;
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
  slug: string;
}

export interface ArticleInput {
  headline: string;
  lead: string;
  place: string;
  body: string;
  rubricId: number | null;
  tags: string[];
  urgency: number;
  leadMediaId: number | null;
  /** When set on a published article: the change is a correction, shown to readers. */
  correctionNote?: string;
}

export class ConflictError extends DomainError {
  readonly current: EditableArticle;
  readonly updatedByName: string;
  constructor(current: EditableArticle, updatedByName: string) {
    super('CONFLICT', 'The article was saved by someone else meanwhile');
    this.current = current;
    this.updatedByName = updatedByName;
  }
}

const LIMITS = { headline: 300, lead: 1000, place: 100, body: 200_000, tag: 80, tags: 30 };

export async function loadArticle(db: Db, id: number): Promise<EditableArticle | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const tags = await db
    .selectFrom('article_tags as at')
    .innerJoin('tag_texts as t', (j) => j.onRef('t.owner_id', '=', 'at.target_id').on('t.edition', '=', row.edition))
    .select('t.name')
    .where('at.article_id', '=', id)
    .orderBy('at.position')
    .execute();
  return {
    id: row.id, storyId: row.story_id, edition: row.edition, version: row.version, createdBy: row.created_by, createdAt: row.created_at,
    updatedAt: row.updated_at, publishedAt: row.published_at, slug: row.slug, headline: row.headline, lead: row.lead, place: row.place,
    body: row.body, rubricId: row.rubric_id, tags: tags.map((t) => t.name), urgency: row.urgency, leadMediaId: row.lead_media_id,
    status: row.status, scheduledAt: row.scheduled_at, embargoUntil: row.embargo_until, correctionNote: row.correction_note,
  };
}

export function snapshotOf(a: EditableArticle): ArticleSnapshot {
  const { headline, lead, place, body, rubricId, tags, urgency, leadMediaId, status, scheduledAt, embargoUntil, correctionNote } = a;
  return { headline, lead, place, body, rubricId, tags, urgency, leadMediaId, status, scheduledAt, embargoUntil, correctionNote };
}

/** Contributors edit only their own drafts; editors and above edit everything. */
export function mayEdit(user: SessionUser, a: Pick<EditableArticle, 'createdBy' | 'status'>): boolean {
  if (can(user.role, 'article:edit-any')) return true;
  return can(user.role, 'article:write') && a.createdBy === user.id && a.status === 'draft';
}

export function validateInput(input: ArticleInput): ArticleInput {
  const problems: Record<string, string> = {};
  const headline = input.headline.trim();
  if (!headline) problems.headline = 'required';
  if (headline.length > LIMITS.headline) problems.headline = 'too long';
  if (input.lead.length > LIMITS.lead) problems.lead = 'too long';
  if (input.place.length > LIMITS.place) problems.place = 'too long';
  if (input.body.length > LIMITS.body) problems.body = 'too long';
  if (!Number.isInteger(input.urgency) || input.urgency < 1 || input.urgency > 9) problems.urgency = 'must be 1 to 9';
  const tags = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))];
  if (tags.length > LIMITS.tags || tags.some((t) => t.length > LIMITS.tag)) problems.tags = 'too many or too long';
  if (Object.keys(problems).length) throw new DomainError('INVALID', 'Invalid article', problems);
  return { ...input, headline, lead: input.lead.trim(), place: input.place.trim(), body: sanitizeBody(input.body), tags };
}

async function writeRevision(db: Db, a: EditableArticle, userId: number | null, kind: string, now: number): Promise<void> {
  await db.insertInto('revisions').values({ article_id: a.id, version: a.version, user_id: userId, created_at: now, kind, snapshot: JSON.stringify(snapshotOf(a)) }).execute();
}

async function setTags(db: Db, articleId: number, edition: string, names: string[]): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  for (const [position, name] of names.entries()) {
    let tag = await db.selectFrom('tag_texts').select('owner_id').where('edition', '=', edition).where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase())).executeTakeFirst();
    if (!tag) {
      const slug = slugify(name, 60);
      const key = `${edition}-${slug}`;
      const existing = await db.selectFrom('tags').select('id').where('key', '=', key).executeTakeFirst();
      const id = existing?.id ?? (await db.insertInto('tags').values({ key, position: 1000 }).returning('id').executeTakeFirstOrThrow()).id;
      const taken = await db.selectFrom('tag_texts').select('owner_id').where('edition', '=', edition).where('slug', '=', slug).executeTakeFirst();
      if (!taken) await db.insertInto('tag_texts').values({ owner_id: id, edition, name, slug, description: '' }).execute();
      tag = { owner_id: taken?.owner_id ?? id };
    }
    await db.insertInto('article_tags').values({ article_id: articleId, target_id: tag.owner_id, position }).onConflict((oc) => oc.doNothing()).execute();
  }
}

export async function createArticle(db: Db, user: SessionUser, edition: string, meta: { ip?: string } = {}, now = Date.now()): Promise<number> {
  if (!can(user.role, 'article:write')) throw new DomainError('FORBIDDEN');
  const known = await db.selectFrom('editions').select('code').where('code', '=', edition).executeTakeFirst();
  if (!known) throw new DomainError('INVALID', 'Unknown edition', { edition: 'unknown' });
  return db.transaction().execute(async (trx) => {
    const { id: storyId } = await trx.insertInto('stories').values({ uri: null, created_at: now }).returning('id').executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('articles')
      .values({
        story_id: storyId, edition, status: 'draft', headline: '', slug: 'article', lead: '', place: '', body: '', rubric_id: null, lead_media_id: null,
        urgency: 5, created_at: now, updated_at: now, published_at: null, scheduled_at: null, embargo_until: null, withdrawn_at: null,
        correction_note: '', version: 1, created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: user.id, action: 'article.create', objectType: 'article', objectId: id, summary: edition, ip: meta.ip }, now);
    return id;
  });
}

async function userName(db: Db, id: number | null): Promise<string> {
  if (id === null) return '';
  return (await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';
}

export interface SaveResult {
  version: number;
  savedAt: number;
}

/**
 * Saves an edit made on `expectedVersion`. A save based on an older version is refused (ConflictError)
 * instead of overwriting. Autosaves of a live article are kept as revisions only: readers never see half-edited text.
 */
export async function saveArticle(db: Db, user: SessionUser, id: number, expectedVersion: number, raw: ArticleInput, opts: { autosave?: boolean; ip?: string } = {}, now = Date.now()): Promise<SaveResult> {
  const input = validateInput(raw);
  return db.transaction().execute(async (trx) => {
    const current = await loadArticle(trx, id);
    if (!current) throw new DomainError('ARTICLE_NOT_FOUND');
    if (!mayEdit(user, current)) throw new DomainError('FORBIDDEN');
    if (current.version !== expectedVersion) {
      const last = await trx.selectFrom('revisions').select('user_id').where('article_id', '=', id).orderBy('id', 'desc').executeTakeFirst();
      throw new ConflictError(current, await userName(trx, last?.user_id ?? current.createdBy));
    }
    if (input.rubricId !== null && !(await trx.selectFrom('rubrics').select('id').where('id', '=', input.rubricId).executeTakeFirst())) {
      throw new DomainError('INVALID', 'Unknown rubric', { rubric: 'unknown' });
    }
    if (input.leadMediaId !== null && !(await trx.selectFrom('media').select('id').where('id', '=', input.leadMediaId).executeTakeFirst())) {
      throw new DomainError('INVALID', 'Unknown image', { lead_media_id: 'unknown' });
    }
    const live = current.status === 'published' || current.status === 'scheduled';
    const next: EditableArticle = { ...current, ...input, correctionNote: input.correctionNote?.trim() ? input.correctionNote.trim() : current.correctionNote };
    if (opts.autosave && live) {
      await writeRevision(trx, next, user.id, 'autosave', now);
      return { version: current.version, savedAt: now };
    }
    next.version = current.version + 1;
    await trx
      .updateTable('articles')
      .set({
        headline: next.headline, slug: slugify(next.headline), lead: next.lead, place: next.place, body: next.body, rubric_id: next.rubricId,
        urgency: next.urgency, lead_media_id: next.leadMediaId, correction_note: next.correctionNote, version: next.version, updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .execute();
    await setTags(trx, id, current.edition, next.tags);
    await writeRevision(trx, next, user.id, opts.autosave ? 'autosave' : input.correctionNote?.trim() ? 'correction' : 'save', now);
    if (!opts.autosave) await audit(trx, { userId: user.id, action: live ? 'article.update' : 'article.save', objectType: 'article', objectId: id, summary: next.headline, ip: opts.ip }, now);
    if (live) {
      // The search index changes in the same transaction as the story: found at once, or never.
      await reindexArticle(trx, id);
      await bumpContentVersion(trx);
    }
    // Subscribers hear of the change in the same transaction: no webhook for a save that rolled back, none lost.
    if (current.status === 'published') await enqueueWireEvent(trx, { articleId: id, kind: 'update', version: next.version, now });
    return { version: next.version, savedAt: now };
  });
}

export interface TransitionParams {
  scheduledAt?: number | null;
  embargoUntil?: number | null;
  ip?: string;
}

export async function applyAction(db: Db, user: SessionUser, id: number, action: WorkflowAction, params: TransitionParams = {}, now = Date.now()): Promise<EditableArticle> {
  const rule = WORKFLOW[action];
  return db.transaction().execute(async (trx) => {
    const current = await loadArticle(trx, id);
    if (!current) throw new DomainError('ARTICLE_NOT_FOUND');
    if (!can(user.role, rule.permission) || (action === 'submit' && !mayEdit(user, current))) throw new DomainError('FORBIDDEN');
    if (!rule.from.includes(current.status as never)) throw new DomainError('WRONG_STATUS', `Cannot ${action} an article that is ${current.status}`);
    const problems: Record<string, string> = {};
    if (action === 'publish' || action === 'schedule') {
      if (!current.headline.trim()) problems.headline = 'required';
      if (current.leadMediaId !== null) {
        const texts = await trx.selectFrom('media_texts').select('alt').where('media_id', '=', current.leadMediaId).where('edition', '=', current.edition).executeTakeFirst();
        if (!texts?.alt.trim()) problems.lead_media_alt = 'required';
      }
    }
    if (action === 'schedule' && !(params.scheduledAt && params.scheduledAt > now)) problems.scheduled_at = 'must be in the future';
    if (params.embargoUntil !== undefined && params.embargoUntil !== null && params.embargoUntil <= now) problems.embargo_until = 'must be in the future';
    if (Object.keys(problems).length) throw new DomainError('INVALID', 'Cannot take this action yet', problems);

    const set: Record<string, number | string | null> = { status: rule.to, version: current.version + 1, updated_at: now };
    if (action === 'publish') {
      set.published_at = current.publishedAt ?? now;
      set.scheduled_at = null;
      set.embargo_until = params.embargoUntil ?? current.embargoUntil ?? null;
    }
    if (action === 'schedule') {
      set.scheduled_at = params.scheduledAt!;
      set.embargo_until = params.embargoUntil ?? null;
    }
    if (action === 'unschedule') set.scheduled_at = null;
    if (action === 'withdraw') set.withdrawn_at = now;
    const updated = await trx.updateTable('articles').set(set).where('id', '=', id).where('version', '=', current.version).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new DomainError('CONFLICT');
    const after = (await loadArticle(trx, id))!;
    await reindexArticle(trx, id);
    await writeRevision(trx, after, user.id, action, now);
    await audit(trx, { userId: user.id, action: `article.${action}`, objectType: 'article', objectId: id, summary: after.headline, ip: params.ip }, now);
    await bumpContentVersion(trx);
    if (action === 'publish' || action === 'withdraw') await enqueueWireEvent(trx, { articleId: id, kind: action, version: after.version, now });
    return after;
  });
}

/**
 * Publishes every scheduled article whose time has come. The conditional UPDATE makes each one fire
 * exactly once, however many processes run this at the same moment.
 */
export async function publishDueArticles(db: Db, now = Date.now()): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const fired = await trx
      .updateTable('articles')
      .set((eb) => ({ status: 'published', published_at: eb.ref('scheduled_at'), scheduled_at: null, updated_at: now, version: eb('version', '+', 1) }))
      .where('status', '=', 'scheduled')
      .where('scheduled_at', '<=', now)
      .returning(['id'])
      .execute();
    for (const { id } of fired) {
      await reindexArticle(trx, id);
      const after = (await loadArticle(trx, id))!;
      await writeRevision(trx, after, null, 'scheduled-publish', now);
      await audit(trx, { userId: null, action: 'article.publish.scheduled', objectType: 'article', objectId: id, summary: after.headline }, now);
      await enqueueWireEvent(trx, { articleId: id, kind: 'publish', version: after.version, now });
    }
    if (fired.length) await bumpContentVersion(trx);
    return fired.map((f) => f.id);
  });
}

/** Creates the article of the same story in another edition, prefilled from the source; or returns the existing one. */
export async function translateArticle(db: Db, user: SessionUser, id: number, edition: string, meta: { ip?: string } = {}, now = Date.now()): Promise<number> {
  if (!can(user.role, 'article:write')) throw new DomainError('FORBIDDEN');
  return db.transaction().execute(async (trx) => {
    const source = await loadArticle(trx, id);
    if (!source) throw new DomainError('ARTICLE_NOT_FOUND');
    if (!can(user.role, 'article:edit-any') && source.createdBy !== user.id) throw new DomainError('FORBIDDEN');
    if (!(await trx.selectFrom('editions').select('code').where('code', '=', edition).executeTakeFirst())) throw new DomainError('INVALID', 'Unknown edition', { edition: 'unknown' });
    const existing = await trx.selectFrom('articles').select('id').where('story_id', '=', source.storyId).where('edition', '=', edition).executeTakeFirst();
    if (existing) return existing.id;
    const { id: newId } = await trx
      .insertInto('articles')
      .values({
        story_id: source.storyId, edition, status: 'draft', headline: source.headline, slug: slugify(source.headline), lead: source.lead, place: source.place,
        body: source.body, rubric_id: source.rubricId, lead_media_id: source.leadMediaId, urgency: source.urgency, created_at: now, updated_at: now,
        published_at: null, scheduled_at: null, embargo_until: null, withdrawn_at: null, correction_note: '', version: 1, created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Tags that exist in the target edition carry over under their names there.
    const tagIds = await trx.selectFrom('article_tags').select(['target_id', 'position']).where('article_id', '=', id).execute();
    for (const t of tagIds) {
      const named = await trx.selectFrom('tag_texts').select('owner_id').where('owner_id', '=', t.target_id).where('edition', '=', edition).executeTakeFirst();
      if (named) await trx.insertInto('article_tags').values({ article_id: newId, target_id: t.target_id, position: t.position }).execute();
    }
    const created = (await loadArticle(trx, newId))!;
    await writeRevision(trx, created, user.id, 'translate', now);
    await audit(trx, { userId: user.id, action: 'article.translate', objectType: 'article', objectId: newId, summary: `${source.edition} → ${edition}: ${source.headline}`, ip: meta.ip }, now);
    return newId;
  });
}
