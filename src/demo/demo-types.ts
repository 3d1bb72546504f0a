// Shapes of the demo agency's content, written by hand in the sibling files and seeded by seed-service.
export type Lang = 'de' | 'en' | 'ru' | 'be';

/** Text in some of the editions' languages; German is always present. */
export type Localized = { de: string } & Partial<Record<Exclude<Lang, 'de'>, string>>;
export type FullyLocalized = Record<Lang, string>;

export type RubricKey = 'politics' | 'economy' | 'society' | 'regions' | 'culture' | 'sport' | 'science' | 'world';

export type ImageMotif = 'skyline' | 'field' | 'waves' | 'mountains' | 'stadium' | 'factory' | 'columns' | 'books' | 'forest' | 'bridge';

export interface DemoImage {
  /** Drawn locally as an abstract scene. */
  motif: ImageMotif;
  /** 0–359, the scene's main colour. */
  hue: number;
  caption: FullyLocalized;
  alt: FullyLocalized;
  credit: string;
}

export interface DemoArticle {
  headline: string;
  lead: string;
  /** Dateline place as written in that language, not in capitals: "Welinsk", "Moskau". */
  place: string;
  /**
   * Body in the documented HTML subset: <p>, <h2>, <blockquote><p>…</p></blockquote>, <ul>/<ol> with <li>,
   * <a href="https://…">, <strong>, <em>. No dateline: the site composes it from place and date.
   */
  body: string;
}

export interface DemoStory {
  /** Unique, kebab-case. */
  key: string;
  rubric: RubricKey;
  /** Published this many days before the seed ran (0 = today), at hour:minute in the agency's time zone. */
  daysAgo: number;
  hour: number;
  minute: number;
  /** 1 flash … 9 routine; 1–3 put the story into the breaking ticker when recent. */
  urgency: number;
  tags: string[];
  authors: string[];
  projects?: string[];
  institutions?: string[];
  image?: DemoImage;
  /** German always; other editions where the story was translated. */
  articles: { de: DemoArticle } & Partial<Record<Exclude<Lang, 'de'>, DemoArticle>>;
}

export interface DemoRubric { key: RubricKey; name: FullyLocalized; slug: FullyLocalized }
export interface DemoTag { key: string; name: FullyLocalized; slug: FullyLocalized }
export interface DemoAuthor { key: string; name: FullyLocalized; bio: FullyLocalized }
export interface DemoProject {
  key: string;
  title: FullyLocalized;
  slug: FullyLocalized;
  intro: FullyLocalized;
  cover: DemoImage;
}
export interface DemoInstitution {
  key: string;
  /** Key of the parent institution; absent at the top of the hierarchy. */
  parent?: string;
  name: FullyLocalized;
  slug: FullyLocalized;
  description: FullyLocalized;
  /** Name of the person who heads it (invented), per language. */
  head: FullyLocalized;
  address: FullyLocalized;
  /** An invented https address under .example (RFC 2606), e.g. https://parliament.lirania.example */
  website: string;
}
export interface DemoPage { key: 'about' | 'contacts' | 'imprint'; title: FullyLocalized; slug: FullyLocalized; body: FullyLocalized }
export interface DemoSocialLink { network: 'telegram' | 'x' | 'facebook' | 'youtube' | 'instagram' | 'vk'; url: string }
