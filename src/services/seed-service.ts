// Seeds the invented agency Velta: four editions, taxonomy, directory, pages, projects and its stories.
import type { Db } from '../db/database.ts';
import type { Edition } from '../domain/model.ts';
import { defaultDatePatterns, startOfLocalDay, localDay, addDays } from '../domain/dates.ts';
import { sanitizeBody } from '../domain/body-html.ts';
import { slugify } from '../domain/slug.ts';
import { insertEdition } from '../db/repos/edition-repo.ts';
import { insertTerm, type TermKind } from '../db/repos/term-repo.ts';
import { insertMedia } from '../db/repos/media-repo.ts';
import { insertDirectoryEntry } from '../db/repos/directory-repo.ts';
import { insertPage } from '../db/repos/page-repo.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import { rebuildSearchIndex } from '../search/search-index.ts';
import { AGENCY, AUTHORS, INSTITUTIONS, PAGES, PROJECTS, RUBRICS, SOCIAL_LINKS, TAGS } from '../demo/demo-catalog.ts';
import { STORIES_POLITICS_WORLD } from '../demo/stories-politics-world.ts';
import { STORIES_ECONOMY_REGIONS } from '../demo/stories-economy-regions.ts';
import { STORIES_SOCIETY_SCIENCE } from '../demo/stories-society-science.ts';
import { STORIES_CULTURE_SPORT } from '../demo/stories-culture-sport.ts';
import type { DemoImage, DemoStory, Lang } from '../demo/demo-types.ts';
import { drawDemoImage, type DrawnImage } from '../demo/demo-images.ts';

export const DEMO_STORIES: DemoStory[] = [...STORIES_POLITICS_WORLD, ...STORIES_ECONOMY_REGIONS, ...STORIES_SOCIETY_SCIENCE, ...STORIES_CULTURE_SPORT];

/** The time zone the demo stories' clock times are given in. */
export const DEMO_AGENCY_ZONE = 'Europe/Minsk';

const LANGS: Lang[] = ['de', 'en', 'ru', 'be'];

const EDITIONS: Omit<Edition, 'agencyName' | 'agencyShort' | 'datePatterns' | 'socialLinks' | 'labels'>[] = [
  { code: 'de', locale: 'de-DE', timeZone: 'Europe/Berlin', name: 'Deutsch', flag: '🇩🇪', host: null, isDefault: true, position: 1 },
  { code: 'en', locale: 'en-GB', timeZone: 'Europe/London', name: 'English', flag: '🇬🇧', host: null, isDefault: false, position: 2 },
  { code: 'ru', locale: 'ru-RU', timeZone: DEMO_AGENCY_ZONE, name: 'Русский', flag: '🇷🇺', host: null, isDefault: false, position: 3 },
  { code: 'be', locale: 'be-BY', timeZone: DEMO_AGENCY_ZONE, name: 'Беларуская', flag: '🇧🇾', host: null, isDefault: false, position: 4 },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('editions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

type DemoTime = Pick<DemoStory, 'daysAgo' | 'hour' | 'minute'>;

/** A demo story's day and clock time, counted back from `now`'s day in the agency's zone. */
function clockTime(story: DemoTime, now: number): number {
  const day = addDays(localDay(now, DEMO_AGENCY_ZONE), -story.daysAgo);
  return startOfLocalDay(day, DEMO_AGENCY_ZONE) + (story.hour * 60 + story.minute) * 60_000;
}

/**
 * How far the demo's clock times move forward so that its newest story is 20 minutes old whenever the demo is
 * seeded: the day's stories are written between morning and noon, so by night the breaking ticker (the last 12
 * hours) would be empty and the agency would look asleep.
 */
export function demoShift(stories: DemoTime[], now: number): number {
  const newest = Math.max(...stories.map((s) => Math.min(clockTime(s, now), now)));
  return Math.max(0, now - 20 * 60_000 - newest);
}

/** Publication time of a demo story relative to `now`, moved by `shift`; never in the future. */
export function demoPublishedAt(story: DemoTime, now: number, index: number, shift = 0): number {
  return Math.min(clockTime(story, now) + shift, now - (20 + index) * 60_000);
}

async function drawAll(images: { key: string; image: DemoImage }[]): Promise<Map<string, DrawnImage>> {
  const drawn = new Map<string, DrawnImage>();
  let seed = 1;
  for (const { key, image } of images) drawn.set(key, await drawDemoImage(image.motif, image.hue, seed++));
  return drawn;
}

export interface SeedReport {
  stories: number;
  articles: number;
  images: number;
}

export async function seedDemo(db: Db, now: number = Date.now()): Promise<SeedReport> {
  // Pictures are drawn before the transaction, so the database is not held while sharp works.
  const pictures = await drawAll([
    ...DEMO_STORIES.flatMap((s) => (s.image ? [{ key: s.key, image: s.image }] : [])),
    ...PROJECTS.map((p) => ({ key: `project:${p.key}`, image: p.cover })),
  ]);
  let articles = 0;
  await db.transaction().execute(async (trx) => {
    for (const e of EDITIONS) {
      await insertEdition(trx, {
        ...e,
        agencyName: AGENCY.name[e.code as Lang],
        agencyShort: AGENCY.short[e.code as Lang],
        datePatterns: defaultDatePatterns(e.code),
        socialLinks: SOCIAL_LINKS[e.code as Lang],
        labels: {},
      });
    }
    const ids = new Map<string, number>();
    const terms = async (kind: TermKind, items: { key: string; name: Record<Lang, string>; slug?: Record<Lang, string>; bio?: Record<Lang, string> }[]) => {
      for (const [position, item] of items.entries()) {
        const texts = LANGS.map((l) => ({ edition: l, name: item.name[l], slug: item.slug?.[l] ?? slugify(item.name[l]), description: item.bio?.[l] ?? '' }));
        ids.set(`${kind}:${item.key}`, await insertTerm(trx, kind, item.key, position, texts));
      }
    };
    await terms('rubric', RUBRICS);
    await terms('tag', TAGS);
    await terms('author', AUTHORS);

    const media = async (key: string, image: DemoImage) => {
      const drawn = pictures.get(key)!;
      return insertMedia(trx, {
        credit: image.credit, width: drawn.width, height: drawn.height, mime: 'image/jpeg',
        texts: LANGS.map((l) => ({ edition: l, caption: image.caption[l], alt: image.alt[l] })), files: drawn.files,
      }, now);
    };

    for (const [position, p] of PROJECTS.entries()) {
      const { id } = await trx.insertInto('projects').values({ key: p.key, position, cover_media_id: await media(`project:${p.key}`, p.cover) }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('project_texts').values(LANGS.map((l) => ({ owner_id: id, edition: l, name: p.title[l], slug: p.slug[l], description: p.intro[l] }))).execute();
      ids.set(`project:${p.key}`, id);
    }

    for (const [position, inst] of INSTITUTIONS.entries()) {
      const id = await insertDirectoryEntry(trx, {
        key: inst.key, parentId: inst.parent ? ids.get(`institution:${inst.parent}`) ?? null : null, position, website: inst.website,
        texts: LANGS.map((l) => ({ edition: l, name: inst.name[l], slug: inst.slug[l], description: inst.description[l], head: inst.head[l], address: inst.address[l] })),
      });
      ids.set(`institution:${inst.key}`, id);
    }

    for (const [position, page] of PAGES.entries()) {
      await insertPage(trx, page.key, position, LANGS.map((l) => ({ edition: l, title: page.title[l], slug: page.slug[l], body: sanitizeBody(page.body[l]) })));
    }

    const ordered = [...DEMO_STORIES].sort((a, b) => a.daysAgo - b.daysAgo || b.hour * 60 + b.minute - (a.hour * 60 + a.minute));
    const shift = demoShift(ordered, now);
    for (const [index, story] of ordered.entries()) {
      const publishedAt = demoPublishedAt(story, now, index, shift);
      const { id: storyId } = await trx.insertInto('stories').values({ uri: `urn:velta:demo:${story.key}`, created_at: publishedAt - 15 * 60_000 }).returning('id').executeTakeFirstOrThrow();
      const mediaId = story.image ? await media(story.key, story.image) : null;
      for (const lang of LANGS) {
        const text = story.articles[lang];
        if (!text) continue;
        const { id: articleId } = await trx.insertInto('articles').values({
          story_id: storyId, edition: lang, status: 'published', headline: text.headline, slug: slugify(text.headline), lead: text.lead,
          place: text.place, body: sanitizeBody(text.body), rubric_id: ids.get(`rubric:${story.rubric}`) ?? null, lead_media_id: mediaId,
          urgency: story.urgency, created_at: publishedAt - 15 * 60_000, updated_at: publishedAt, published_at: publishedAt,
          scheduled_at: null, embargo_until: null, withdrawn_at: null, correction_note: '', version: 1, created_by: null,
        }).returning('id').executeTakeFirstOrThrow();
        articles++;
        const tagIds = story.tags.flatMap((t) => ids.get(`tag:${t}`) ?? []);
        if (tagIds.length) await trx.insertInto('article_tags').values(tagIds.map((target_id, position) => ({ article_id: articleId, target_id, position }))).execute();
        const authorIds = story.authors.flatMap((a) => ids.get(`author:${a}`) ?? []);
        if (authorIds.length) await trx.insertInto('article_authors').values(authorIds.map((target_id, position) => ({ article_id: articleId, target_id, position }))).execute();
      }
      for (const [position, p] of (story.projects ?? []).entries()) {
        const target = ids.get(`project:${p}`);
        if (target) await trx.insertInto('project_stories').values({ story_id: storyId, target_id: target, position }).execute();
      }
      for (const [position, inst] of (story.institutions ?? []).entries()) {
        const target = ids.get(`institution:${inst}`);
        if (target) await trx.insertInto('story_institutions').values({ story_id: storyId, target_id: target, position }).execute();
      }
    }
    await rebuildSearchIndex(trx);
    await bumpContentVersion(trx);
  });
  return { stories: DEMO_STORIES.length, articles, images: pictures.size };
}
