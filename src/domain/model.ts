// The nouns of the brief as the reader site, API and services see them.
export interface DatePatterns {
  /** Article date, e.g. "d. MMMM yyyy". */
  date: string;
  /** Time of day, e.g. "HH:mm". */
  time: string;
  /** Today's date in the header, e.g. "EEEE, d. MMMM yyyy". */
  header: string;
  /** Day and month in the wire dateline, e.g. "d. MMMM". */
  dateline: string;
}

export interface SocialLink {
  network: string;
  url: string;
}

export interface Edition {
  code: string;
  locale: string;
  timeZone: string;
  name: string;
  flag: string;
  host: string | null;
  isDefault: boolean;
  position: number;
  agencyName: string;
  agencyShort: string;
  datePatterns: DatePatterns;
  socialLinks: SocialLink[];
  labels: Record<string, string>;
}

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'withdrawn';

export interface Term {
  id: number;
  key: string;
  name: string;
  slug: string;
  description: string;
}

export interface ImageRef {
  id: number;
  width: number;
  height: number;
  caption: string;
  alt: string;
  credit: string;
  /** Widths of the stored variants, ascending. */
  variants: number[];
}

/** A published article as a list shows it. */
export interface ArticleSummary {
  id: number;
  storyId: number;
  edition: string;
  headline: string;
  slug: string;
  lead: string;
  urgency: number;
  publishedAt: number;
  updatedAt: number;
  rubric: Term | null;
  image: ImageRef | null;
}

export interface ArticleTranslation {
  id: number;
  edition: string;
  headline: string;
  slug: string;
  rubricSlug: string | null;
}

export interface Article extends ArticleSummary {
  status: ArticleStatus;
  place: string;
  body: string;
  correctionNote: string;
  withdrawnAt: number | null;
  tags: Term[];
  authors: Term[];
  translations: ArticleTranslation[];
}
