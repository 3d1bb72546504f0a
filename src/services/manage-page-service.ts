// Managing static pages (about, contacts, imprint): title, slug and a sanitized body per edition.
import type { Db } from '../db/database.ts';
import { DomainError } from '../domain/errors.ts';
import { sanitizeBody } from '../domain/body-html.ts';
import { cleanSlug, cleanText, describeTextChanges, editionNames, nextPosition, Problems, recordChange, summaryOf, uniqueKey, type ChangeMeta } from './manage-service.ts';

export interface PageText {
  title: string;
  slug: string;
  body: string;
}

export interface ManagedPage {
  id: number;
  key: string;
  position: number;
  texts: Record<string, PageText>;
}

export interface PageInput {
  texts: Record<string, Partial<PageText>>;
}

const MAX_BODY = 200_000;

export async function listManagedPages(db: Db): Promise<ManagedPage[]> {
  const rows = await db.selectFrom('pages').select(['id', 'key', 'position']).orderBy('position').orderBy('id').execute();
  const texts = await db.selectFrom('page_texts').select(['page_id', 'edition', 'title', 'slug']).execute();
  return rows.map((r) => ({
    ...r,
    texts: Object.fromEntries(texts.filter((t) => t.page_id === r.id).map((t) => [t.edition, { title: t.title, slug: t.slug, body: '' }])),
  }));
}

export async function findManagedPage(db: Db, id: number): Promise<ManagedPage | undefined> {
  const row = await db.selectFrom('pages').select(['id', 'key', 'position']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const texts = await db.selectFrom('page_texts').select(['edition', 'title', 'slug', 'body']).where('page_id', '=', id).execute();
  return { ...row, texts: Object.fromEntries(texts.map((t) => [t.edition, { title: t.title, slug: t.slug, body: t.body }])) };
}

export async function savePage(db: Db, id: number | null, input: PageInput, meta: ChangeMeta): Promise<number> {
  const editions = await editionNames(db);
  const problems = new Problems();
  const texts: Record<string, PageText> = {};
  for (const { code } of editions) {
    const given = input.texts[code] ?? {};
    const title = cleanText(problems, `title.${code}`, given.title, { max: 200, required: true });
    const slug = cleanSlug(problems, `slug.${code}`, given.slug, title);
    const raw = given.body ?? '';
    if (raw.length > MAX_BODY) problems.add(`body.${code}`, 'tooLong');
    // Only the documented HTML subset reaches readers: scripts, handlers and foreign schemes are dropped here.
    texts[code] = { title, slug, body: raw.length > MAX_BODY ? '' : sanitizeBody(raw) };
  }

  return db.transaction().execute(async (trx) => {
    const before = id === null ? undefined : await findManagedPage(trx, id);
    if (id !== null && !before) throw new DomainError('NOT_FOUND', 'unknown page');
    for (const { code } of editions) {
      if (problems.has(`slug.${code}`)) continue;
      const clash = await trx
        .selectFrom('page_texts')
        .select('page_id')
        .where('edition', '=', code)
        .where('slug', '=', texts[code].slug)
        .where('page_id', '!=', id ?? -1)
        .executeTakeFirst();
      if (clash) problems.add(`slug.${code}`, 'slugTaken');
    }
    problems.throwIfAny();

    let pageId = id;
    if (pageId === null) {
      const key = await uniqueKey(trx, 'pages', (texts.en ?? Object.values(texts)[0])?.slug ?? 'page');
      pageId = (await trx.insertInto('pages').values({ key, position: await nextPosition(trx, 'pages') }).returning('id').executeTakeFirstOrThrow()).id;
    }
    await trx.deleteFrom('page_texts').where('page_id', '=', pageId).execute();
    await trx.insertInto('page_texts').values(editions.map(({ code }) => ({ page_id: pageId!, edition: code, ...texts[code] }))).execute();
    const bodies = before ? editions.filter(({ code }) => before.texts[code]?.body !== texts[code].body).map(({ code }) => code) : [];
    await recordChange(trx, meta, {
      action: `page.${id === null ? 'create' : 'update'}`, objectType: 'page', objectId: pageId,
      summary: summaryOf(describeTextChanges(before?.texts, texts, ['title', 'slug']), bodies.length ? `body: ${bodies.join(', ')}` : ''), visible: true,
    });
    return pageId;
  });
}
