// Every reader URL is built here, so routes and links never disagree.
import type { ArticleSummary, ArticleTranslation } from '../domain/model.ts';

export const urls = {
  home: (ed: string) => `/${ed}`,
  allNews: (ed: string, page = 1) => (page > 1 ? `/${ed}/news?page=${page}` : `/${ed}/news`),
  day: (ed: string, day: string) => `/${ed}/news/${day}`,
  rubric: (ed: string, slug: string, page = 1) => (page > 1 ? `/${ed}/${slug}?page=${page}` : `/${ed}/${slug}`),
  article: (ed: string, rubricSlug: string | null | undefined, id: number, slug: string) => `/${ed}/${rubricSlug || 'news'}/${id}-${slug}`,
  tag: (ed: string, slug: string, page = 1) => (page > 1 ? `/${ed}/tag/${slug}?page=${page}` : `/${ed}/tag/${slug}`),
  author: (ed: string, slug: string, page = 1) => (page > 1 ? `/${ed}/author/${slug}?page=${page}` : `/${ed}/author/${slug}`),
  projects: (ed: string) => `/${ed}/projects`,
  project: (ed: string, slug: string) => `/${ed}/projects/${slug}`,
  directory: (ed: string) => `/${ed}/directory`,
  institution: (ed: string, slug: string) => `/${ed}/directory/${slug}`,
  page: (ed: string, slug: string) => `/${ed}/page/${slug}`,
  media: (id: number, width: number) => `/media/${id}/${width}.jpg`,
  search: (ed: string) => `/${ed}/search`,
};

export function articleUrl(a: ArticleSummary): string {
  return urls.article(a.edition, a.rubric?.slug, a.id, a.slug);
}

export function translationUrl(t: ArticleTranslation): string {
  return urls.article(t.edition, t.rubricSlug, t.id, t.slug);
}
