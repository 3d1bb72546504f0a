// Row types of every table, as Kysely sees them; times are epoch milliseconds, booleans 0/1, JSON as text.
import type { Generated } from 'kysely';

export interface EditionTable {
  code: string;
  locale: string;
  time_zone: string;
  name: string;
  flag: string;
  host: string | null;
  is_default: number;
  position: number;
  agency_name: string;
  agency_short: string;
  /** JSON: DatePatterns overrides (house style). */
  date_patterns: string;
  /** JSON: SocialLink[]. */
  social_links: string;
  /** JSON: chrome label overrides by message key. */
  labels: string;
}

export interface KeyedTable {
  id: Generated<number>;
  key: string;
  position: number;
}

export interface NamedTextTable {
  owner_id: number;
  edition: string;
  name: string;
  slug: string;
  description: string;
}

export interface StoryTable {
  id: Generated<number>;
  /** Stable external identifier (ninjs uri) for import idempotency. */
  uri: string | null;
  created_at: number;
}

export interface ArticleTable {
  id: Generated<number>;
  story_id: number;
  edition: string;
  status: string;
  headline: string;
  slug: string;
  lead: string;
  place: string;
  body: string;
  rubric_id: number | null;
  lead_media_id: number | null;
  urgency: number;
  created_at: number;
  updated_at: number;
  published_at: number | null;
  scheduled_at: number | null;
  embargo_until: number | null;
  withdrawn_at: number | null;
  correction_note: string;
  version: number;
  created_by: number | null;
  /** The ninjs item URI it was imported with (unique); null for articles written here. */
  uri: Generated<string | null>;
}

export interface ArticleLinkTable {
  article_id: number;
  target_id: number;
  position: number;
}

export interface StoryLinkTable {
  story_id: number;
  target_id: number;
  position: number;
}

export interface MediaTable {
  id: Generated<number>;
  mime: string;
  width: number;
  height: number;
  credit: string;
  created_at: number;
  created_by: number | null;
}

export interface MediaTextTable {
  media_id: number;
  edition: string;
  caption: string;
  alt: string;
}

export interface MediaFileTable {
  media_id: number;
  width: number;
  height: number;
  mime: string;
  bytes: Uint8Array;
}

export interface ProjectTable extends KeyedTable {
  cover_media_id: number | null;
}

export interface DirectoryEntryTable extends KeyedTable {
  parent_id: number | null;
  website: string;
}

export interface DirectoryTextTable {
  entry_id: number;
  edition: string;
  name: string;
  slug: string;
  description: string;
  head: string;
  address: string;
}

export interface PageTextTable {
  page_id: number;
  edition: string;
  title: string;
  slug: string;
  body: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  locale: string;
  disabled: number;
  created_at: number;
}

export interface SiteStateTable {
  name: string;
  value: number;
}

/** Text settings fixed once chosen (the wire's URN namespace). */
export interface SiteSettingTable {
  name: string;
  value: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string;
  user_agent: string;
}

export interface LoginFailureTable {
  id: Generated<number>;
  key: string;
  at: number;
}

export interface RevisionTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  user_id: number | null;
  created_at: number;
  kind: string;
  /** JSON: ArticleSnapshot. */
  snapshot: string;
}

export interface PresenceTable {
  article_id: number;
  user_id: number;
  seen_at: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: number;
  user_id: number | null;
  action: string;
  object_type: string;
  object_id: string;
  summary: string;
  ip: string;
}

export interface Database {
  editions: EditionTable;
  rubrics: KeyedTable;
  rubric_texts: NamedTextTable;
  tags: KeyedTable;
  tag_texts: NamedTextTable;
  authors: KeyedTable;
  author_texts: NamedTextTable;
  stories: StoryTable;
  articles: ArticleTable;
  article_tags: ArticleLinkTable;
  article_authors: ArticleLinkTable;
  media: MediaTable;
  media_texts: MediaTextTable;
  media_files: MediaFileTable;
  projects: ProjectTable;
  project_texts: NamedTextTable;
  project_stories: StoryLinkTable;
  directory_entries: DirectoryEntryTable;
  directory_texts: DirectoryTextTable;
  story_institutions: StoryLinkTable;
  pages: KeyedTable;
  page_texts: PageTextTable;
  users: UserTable;
  site_state: SiteStateTable;
  site_settings: SiteSettingTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  revisions: RevisionTable;
  article_presence: PresenceTable;
  audit_log: AuditTable;
}
