// Domain objects as the API's JSON: absolute reader URLs, RFC 3339 times in the edition's zone, nothing internal.
import type { Article, ArticleTranslation, Edition, ImageRef, Term } from '../domain/model.ts';
import { formatDateline, isoWithOffset } from '../domain/dates.ts';
import type { DirectoryEntry } from '../db/repos/directory-repo.ts';
import { urls, translationUrl } from '../site/urls.ts';
import type { SiteState } from '../site/routes/render.ts';
import type { ArticleListItem } from './api-repo.ts';

export interface ApiEdition {
  code: string; locale: string; name: string; flag: string; timeZone: string; isDefault: boolean;
  agencyName: string; agencyShort: string; url: string;
}
export interface ApiTerm { id: number; key: string; name: string; slug: string; description: string; url: string }
export interface ApiImage {
  id: number; width: number; height: number; caption: string; alt: string; credit: string;
  variants: { width: number; url: string }[];
}
export interface ApiProject extends ApiTerm { cover: ApiImage | null }
export interface ApiInstitution {
  id: number; key: string; parentId: number | null; name: string; slug: string; description: string;
  head: string; address: string; website: string; url: string;
}
export interface ApiTranslation { id: number; edition: string; headline: string; url: string }
export interface ApiArticleSummary {
  id: number; storyId: number; edition: string; language: string; headline: string; lead: string; place: string;
  urgency: number; publishedAt: string; updatedAt: string; url: string;
  rubric: ApiTerm | null; image: ApiImage | null; translations: ApiTranslation[];
}
export interface ApiArticle extends ApiArticleSummary {
  dateline: string; body: string; correctionNote: string; tags: ApiTerm[]; authors: ApiTerm[];
}

type TermLink = (edition: string, slug: string) => string;

export function createSerializers(state: SiteState) {
  const abs = (path: string): string => state.publicUrl + path;
  const zoneOf = (edition: string): string => state.catalog.byCode.get(edition)?.timeZone ?? 'UTC';

  const edition = (e: Edition): ApiEdition => ({
    code: e.code, locale: e.locale, name: e.name, flag: e.flag, timeZone: e.timeZone, isDefault: e.isDefault,
    agencyName: e.agencyName, agencyShort: e.agencyShort, url: abs(urls.home(e.code)),
  });

  const term = (t: Term, ed: string, link: TermLink): ApiTerm => ({
    id: t.id, key: t.key, name: t.name, slug: t.slug, description: t.description, url: abs(link(ed, t.slug)),
  });

  const image = (i: ImageRef): ApiImage => ({
    id: i.id, width: i.width, height: i.height, caption: i.caption, alt: i.alt, credit: i.credit,
    variants: i.variants.map((width) => ({ width, url: abs(urls.media(i.id, width)) })),
  });

  const translations = (own: number, all: ArticleTranslation[]): ApiTranslation[] =>
    all.filter((t) => t.id !== own).map((t) => ({ id: t.id, edition: t.edition, headline: t.headline, url: abs(translationUrl(t)) }));

  const summary = (a: ArticleListItem | Article, siblings: ArticleTranslation[]): ApiArticleSummary => ({
    id: a.id,
    storyId: a.storyId,
    edition: a.edition,
    language: state.catalog.byCode.get(a.edition)?.locale ?? a.edition,
    headline: a.headline,
    lead: a.lead,
    place: a.place,
    urgency: a.urgency,
    publishedAt: isoWithOffset(a.publishedAt, zoneOf(a.edition)),
    updatedAt: isoWithOffset(a.updatedAt, zoneOf(a.edition)),
    url: abs(urls.article(a.edition, a.rubric?.slug, a.id, a.slug)),
    rubric: a.rubric ? term(a.rubric, a.edition, urls.rubric) : null,
    image: a.image ? image(a.image) : null,
    translations: translations(a.id, siblings),
  });

  return {
    edition,
    rubric: (t: Term, ed: string) => term(t, ed, urls.rubric),
    tag: (t: Term, ed: string) => term(t, ed, urls.tag),
    author: (t: Term, ed: string) => term(t, ed, urls.author),
    project: (t: Term, ed: string, cover: ImageRef | null): ApiProject => ({ ...term(t, ed, urls.project), cover: cover ? image(cover) : null }),
    institution: (e: DirectoryEntry, ed: string): ApiInstitution => ({
      id: e.id, key: e.key, parentId: e.parentId, name: e.name, slug: e.slug, description: e.description,
      head: e.head, address: e.address, website: e.website, url: abs(urls.institution(ed, e.slug)),
    }),
    summary,
    article: (a: Article): ApiArticle => {
      const ed = state.catalog.byCode.get(a.edition);
      return {
        ...summary(a, a.translations),
        dateline: ed ? formatDateline(a.place, a.publishedAt, ed) : a.place,
        body: a.body,
        correctionNote: a.correctionNote,
        tags: a.tags.map((t) => term(t, a.edition, urls.tag)),
        authors: a.authors.map((t) => term(t, a.edition, urls.author)),
      };
    },
  };
}

export type Serializers = ReturnType<typeof createSerializers>;
