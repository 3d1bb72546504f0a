// The benchmark's archive: a demo-seeded SQLite file plus N synthetic articles over two years, generated once
// per size and reused while its sidecar says it was made by this generator, for this schema and that many articles.
// Synthetic articles are put into the search index as they are inserted (see archive-search.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/services/seed-service.ts';
import type { Lang } from '../src/demo/demo-types.ts';
import { buildTextPool, composeBlocks, createRandom, type TextPool } from './synthetic-text.ts';
import { createSyntheticIndexer } from './archive-search.ts';
import { INDEXED_STATUSES } from '../src/search/search-index.ts';

/** Bump when the generated data changes shape (or a migration needs data the generator must write), so that older files are made again. */
const GENERATOR_VERSION = 3;
const DB_DIR = fileURLToPath(new URL('../src/db/', import.meta.url));
const DAY_MS = 86_400_000;
const ARCHIVE_DAYS = 730;

export interface Archive {
  file: string;
  articles: number;
  generatedAt: string;
  /** Seconds the generation took when this file was made. */
  seconds: number;
  reused: boolean;
}

interface ArchiveMeta {
  generator: number;
  /** The migrations the file was made (or last upgraded) with: file name → digest. */
  migrations: Record<string, string>;
  articles: number;
  generatedAt: string;
  seconds: number;
}

export async function ensureArchive(dir: string, articles: number, log: (line: string) => void): Promise<Archive> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `archive-${articles}.sqlite`);
  const metaFile = join(dir, `archive-${articles}.json`);
  const meta = readMeta(metaFile);
  const migrations = migrationFingerprints();
  if (meta && meta.generator === GENERATOR_VERSION && meta.articles === articles && existsSync(file) && isEarlierSchema(meta.migrations, migrations)) {
    const added = Object.keys(migrations).filter((name) => !(name in meta.migrations));
    if (added.length) {
      // Migrations added since the file was made run on it as they would on an agency's database: an index over a
      // million articles takes seconds, where making the archive again takes half an hour.
      log(`Upgrading ${file} with ${added.join(', ')} …`);
      const handle = openDatabase(file);
      await migrateToLatest(handle);
      await handle.close();
      writeMeta(metaFile, { ...meta, migrations });
    }
    return { file, articles, generatedAt: meta.generatedAt, seconds: meta.seconds, reused: true };
  }
  const started = performance.now();
  const partial = `${file}.partial`;
  for (const f of [file, partial, metaFile]) for (const suffix of ['', '-wal', '-shm']) rmSync(f + suffix, { force: true });

  log(`Generating ${articles.toLocaleString('en')} articles into ${file} …`);
  const now = Date.now();
  const handle = openDatabase(partial);
  await migrateToLatest(handle);
  await seedDemo(handle.db, now);
  await handle.close();
  const seeded = performance.now();
  log(`  demo agency seeded in ${((seeded - started) / 1000).toFixed(1)} s`);

  const counts = insertSynthetic(partial, articles, now);
  log(`  ${counts.stories.toLocaleString('en')} stories, ${counts.articles.toLocaleString('en')} articles, ${counts.links.toLocaleString('en')} tag/author links, `
    + `${counts.indexed.toLocaleString('en')} search entries in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  renameSync(partial, file);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const generatedAt = new Date().toISOString();
  writeMeta(metaFile, { generator: GENERATOR_VERSION, migrations, articles, generatedAt, seconds });
  return { file, articles, generatedAt, seconds, reused: false };
}

/** Each migration file's digest by name: a changed one makes older files stale (they would measure another schema). */
export function migrationFingerprints(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(DB_DIR, 'migrations')).sort()) {
    out[name] = createHash('sha256').update(readFileSync(join(DB_DIR, 'migrations', name))).digest('hex').slice(0, 16);
  }
  return out;
}

/** Whether a file made under `made` can be brought to `now` by running the migrations added since, unchanged ones all. */
function isEarlierSchema(made: Record<string, string> | undefined, now: Record<string, string>): boolean {
  return made !== undefined && Object.entries(made).every(([name, digest]) => now[name] === digest);
}

function writeMeta(path: string, meta: ArchiveMeta): void {
  writeFileSync(path, `${JSON.stringify(meta, null, 2)}\n`);
}

function readMeta(path: string): ArchiveMeta | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ArchiveMeta;
  } catch {
    return undefined;
  }
}

/** Which editions a story appears in, with the share of stories that have that set. */
const EDITION_SETS: [number, Lang[]][] = [
  [0.35, ['de', 'en', 'ru', 'be']],
  [0.25, ['de', 'en']],
  [0.15, ['ru', 'be']],
  [0.0625, ['de']],
  [0.0625, ['en']],
  [0.0625, ['ru']],
  [0.0625, ['be']],
];

function pickEditions(random: () => number): Lang[] {
  let r = random();
  for (const [share, set] of EDITION_SETS) {
    if (r < share) return set;
    r -= share;
  }
  return EDITION_SETS[0][1];
}

function idsOf(db: DatabaseSync, sql: string): number[] {
  return (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
}

/**
 * Bulk insert through node:sqlite directly: one transaction, prepared statements, explicit ids, the journal off.
 * Stories are spread evenly over the last two years, oldest first, so ids grow with time as in a real archive.
 */
export function insertSynthetic(file: string, target: number, now: number): { stories: number; articles: number; links: number; indexed: number } {
  const db = new DatabaseSync(file);
  // A database in WAL mode stays in it when asked for OFF: it must leave WAL (DELETE) first, or the whole load goes
  // through the write-ahead log (5 GB at a million articles) and is copied again at the checkpoint.
  db.exec('PRAGMA journal_mode = DELETE; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;');
  const rubrics = idsOf(db, 'select id from rubrics order by id');
  const tags = idsOf(db, 'select id from tags order by id');
  const authors = idsOf(db, 'select id from authors order by id');
  const media = idsOf(db, 'select id from media where id in (select media_id from media_texts) and id not in (select cover_media_id from projects where cover_media_id is not null) order by id');
  const projects = idsOf(db, 'select id from projects order by id');
  const institutions = idsOf(db, 'select id from directory_entries order by id');
  let storyId = (db.prepare('select coalesce(max(id), 0) as n from stories').get() as { n: number }).n;
  let articleId = (db.prepare('select coalesce(max(id), 0) as n from articles').get() as { n: number }).n;

  const insertStory = db.prepare('insert into stories (id, uri, created_at) values (?, ?, ?)');
  const insertArticle = db.prepare(`insert into articles (id, story_id, edition, status, headline, slug, lead, place, body, rubric_id, lead_media_id,
    urgency, created_at, updated_at, published_at, scheduled_at, embargo_until, withdrawn_at, correction_note, version, created_by)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, null)`);
  const insertTag = db.prepare('insert into article_tags (article_id, target_id, position) values (?, ?, ?)');
  const insertAuthor = db.prepare('insert into article_authors (article_id, target_id, position) values (?, ?, ?)');
  const insertProject = db.prepare('insert into project_stories (story_id, target_id, position) values (?, ?, 0)');
  const insertInstitution = db.prepare('insert into story_institutions (story_id, target_id, position) values (?, ?, 0)');

  // Indexes are built once after the load, from sorted data, which is several times faster than keeping them
  // up to date row by row; they come back exactly as the migration made them.
  const indexes = db.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null
    and tbl_name in ('stories', 'articles', 'article_tags', 'article_authors')`).all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`drop index "${index.name}"`);

  const random = createRandom(0xdebe5c4e);
  const pool: TextPool = buildTextPool();
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const start = now - ARCHIVE_DAYS * DAY_MS;
  const span = ARCHIVE_DAYS * DAY_MS - 30 * 60_000;
  let stories = 0;
  let articles = 0;
  let links = 0;

  db.exec('begin');
  const search = createSyntheticIndexer(db);
  while (articles < target) {
    storyId++;
    stories++;
    // Time follows the share of articles written so far, so the newest story is half an hour old.
    const storyAt = start + Math.floor((articles / target) * span);
    insertStory.run(storyId, `urn:velta:bench:${storyId}`, storyAt - 20 * 60_000);
    const rubric = random() < 0.03 ? null : pick(rubrics);
    const image = random() < 0.55 ? pick(media) : null;
    const urgency = random() < 0.08 ? 1 + Math.floor(random() * 3) : 4 + Math.floor(random() * 3);
    const template = Math.floor(random() * pool.headlines.de.length);
    const storyTags = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)))];
    const storyAuthors = [...new Set(Array.from({ length: random() < 0.8 ? 1 : 2 }, () => pick(authors)))];
    if (projects.length && random() < 0.02) insertProject.run(storyId, pick(projects));
    if (institutions.length && random() < 0.1) insertInstitution.run(storyId, pick(institutions));

    for (const [index, lang] of pickEditions(random).entries()) {
      if (articles >= target) break;
      articleId++;
      articles++;
      const texts = pool.headlines[lang];
      const text = texts[template % texts.length];
      // Translations follow the first edition by up to an hour and a half.
      const publishedAt = Math.min(storyAt + (index === 0 ? 0 : Math.floor(random() * 90) * 60_000), now - 60_000);
      const roll = random();
      const status = roll < 0.015 ? 'draft' : roll < 0.02 ? 'withdrawn' : 'published';
      const embargo = status === 'published' && roll > 0.995 ? publishedAt : null;
      const blocks = composeBlocks(pool, lang, 700 + Math.floor(random() * 1200), random);
      const body = blocks.join('\n');
      insertArticle.run(
        articleId, storyId, lang, status, text.headline, text.slug, text.lead, text.place, body, rubric, image,
        urgency, publishedAt - 15 * 60_000, publishedAt, status === 'draft' ? null : publishedAt, embargo,
        status === 'withdrawn' ? publishedAt + DAY_MS : null, '', 1,
      );
      for (const [position, tag] of storyTags.entries()) {
        insertTag.run(articleId, tag, position);
        links++;
      }
      for (const [position, author] of storyAuthors.entries()) {
        insertAuthor.run(articleId, author, position);
        links++;
      }
      if ((INDEXED_STATUSES as readonly string[]).includes(status)) {
        search.add({ id: articleId, edition: lang, headline: text.headline, lead: text.lead, place: text.place, tags: storyTags, blocks });
      }
    }
  }
  const { rows: indexed } = search.finish();
  for (const index of indexes) db.exec(index.sql);
  db.exec("update site_state set value = value + 1 where name = 'content_version'");
  db.exec('commit');
  db.exec('PRAGMA journal_mode = WAL');
  db.close();
  return { stories, articles, links, indexed };
}
