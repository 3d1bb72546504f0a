// The article page: rubric, date and time, headline, lead, dateline, body, figures, tags, byline, translations.
import { html, raw, type SafeHtml } from '../html.ts';
import { formatDate, formatDateline, formatTime, isoWithOffset, localDay } from '../../domain/dates.ts';
import { bodyText } from '../../domain/body-html.ts';
import type { Article, ArticleSummary } from '../../domain/model.ts';
import { articleUrl, translationUrl, urls } from '../urls.ts';
import { layout, absolute, socialLinks } from './layout.ts';
import { articleList, figure, latestNewsBox } from './components.ts';
import type { PageContext } from './page-context.ts';
import { sharedPiece } from '../cache/fragment-memo.ts';

const idsOf = (items: ArticleSummary[]): string => items.map((a) => a.id).join(',');

/** Opens the first paragraph with the wire dateline, as agencies print it. */
export function bodyWithDateline(body: string, dateline: string): SafeHtml {
  const span = html`<span class="dateline">${dateline}</span> `.value;
  if (body.startsWith('<p>')) return raw(`<p>${span}${body.slice(3)}`);
  return raw(`<p>${span}</p>${body}`);
}

function newsArticleLd(ctx: PageContext, a: Article, url: string): object {
  const { edition } = ctx;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.lead || undefined,
    datePublished: isoWithOffset(a.publishedAt, edition.timeZone),
    dateModified: isoWithOffset(Math.max(a.updatedAt, a.publishedAt), edition.timeZone),
    inLanguage: edition.locale,
    articleSection: a.rubric?.name,
    keywords: a.tags.map((t) => t.name).join(', ') || undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    image: a.image ? a.image.variants.map((w) => absolute(ctx, urls.media(a.image!.id, w))) : [absolute(ctx, ctx.assets.logo)],
    author: a.authors.length
      ? a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: absolute(ctx, urls.author(edition.code, p.slug)) }))
      : [{ '@type': 'Organization', name: edition.agencyName, url: absolute(ctx, urls.home(edition.code)) }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: edition.agencyName,
      url: absolute(ctx, urls.home(edition.code)),
      logo: { '@type': 'ImageObject', url: absolute(ctx, ctx.assets.logo), width: 512, height: 512 },
    },
  };
}

export interface ArticlePageData {
  article: Article;
  related: ArticleSummary[];
  latest: ArticleSummary[];
}

export function articlePage(ctx: PageContext, { article: a, related, latest }: ArticlePageData): string {
  const { edition, t, catalog } = ctx;
  const ed = edition.code;
  const path = articleUrl(a);
  const alternates = new Map([[ed, path], ...a.translations.map((tr) => [tr.edition, translationUrl(tr)] as [string, string])]);
  const crumbs = [{ name: t.home, path: urls.home(ed) }];
  if (a.rubric) crumbs.push({ name: a.rubric.name, path: urls.rubric(ed, a.rubric.slug) });
  crumbs.push({ name: a.headline, path });
  const updated = a.updatedAt > a.publishedAt + 60_000;
  // The sidebar and related stories are the same on many articles; their dates say "today" by the reader's day.
  const day = localDay(ctx.now, edition.timeZone);
  const body = html`<div class="article-layout">
<article class="story">
<header class="story-header">
<p class="meta">${a.rubric ? html`<a class="rubric" href="${urls.rubric(ed, a.rubric.slug)}">${a.rubric.name}</a> ` : ''}<time datetime="${isoWithOffset(a.publishedAt, edition.timeZone)}">${formatDate(a.publishedAt, edition)}, ${formatTime(a.publishedAt, edition)}</time>${updated ? html` <span class="updated">(${t.updated}: <time datetime="${isoWithOffset(a.updatedAt, edition.timeZone)}">${formatDate(a.updatedAt, edition)}, ${formatTime(a.updatedAt, edition)}</time>)</span>` : ''}</p>
<h1>${a.headline}</h1>
${a.lead ? html`<p class="lead">${a.lead}</p>` : ''}
</header>
${a.image ? figure(ctx, a.image, true) : ''}
<div class="story-body">
${bodyWithDateline(a.body, formatDateline(a.place, a.publishedAt, edition))}
</div>
${a.correctionNote ? html`<aside class="correction" aria-label="${t.correction}"><p><strong>${t.correction}:</strong> ${a.correctionNote}</p></aside>` : ''}
<footer class="story-footer">
${a.authors.length ? html`<p class="byline">${t.by} ${a.authors.map((p, i) => html`${i ? ', ' : ''}<a href="${urls.author(ed, p.slug)}" rel="author">${p.name}</a>`)}</p>` : ''}
${a.tags.length ? html`<div class="tags"><h2 class="visually-hidden">${t.tags}</h2><ul>${a.tags.map((tag) => html`<li><a href="${urls.tag(ed, tag.slug)}">${tag.name}</a></li>`)}</ul></div>` : ''}
${a.translations.length ? html`<section class="translations" aria-labelledby="translations-heading"><h2 id="translations-heading">${t.translations}</h2><ul>${a.translations.map((tr) => {
    const other = catalog.byCode.get(tr.edition);
    return html`<li><a href="${translationUrl(tr)}" hreflang="${other?.locale ?? tr.edition}" lang="${other?.locale ?? tr.edition}"><span class="flag" aria-hidden="true">${other?.flag ?? ''}</span> ${tr.headline}</a></li>`;
  })}</ul></section>` : ''}
</footer>
</article>
${sharedPiece(ctx, `article-sidebar|${day}|${idsOf(latest)}`, () => html`<aside class="sidebar">
${latestNewsBox(ctx, latest)}
${socialLinks(ctx, 'sidebar')}
</aside>`)}
</div>
${related.length ? sharedPiece(ctx, `related|${day}|${idsOf(related)}`, () => html`<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">${t.related}</h2>${articleList(ctx, related, { image: true })}</section>`) : ''}`;
  const url = absolute(ctx, path);
  return layout(ctx, {
    title: a.headline,
    description: a.lead || bodyText(a.body).slice(0, 200),
    path,
    alternates,
    type: 'article',
    image: a.image,
    jsonLd: [newsArticleLd(ctx, a, url)],
    breadcrumbs: crumbs,
    current: a.rubric ? urls.rubric(ed, a.rubric.slug) : undefined,
  }, body);
}
