// Pieces shared by the reader pages: article cards and lists, figures, pagination, the latest-news box.
import { html, type SafeHtml } from '../html.ts';
import { formatDate, formatTime, isoWithOffset, localDay } from '../../domain/dates.ts';
import type { ArticleSummary, ImageRef } from '../../domain/model.ts';
import { articleUrl, urls } from '../urls.ts';
import type { PageContext } from './page-context.ts';

export function timeOf(ctx: PageContext, ms: number, withDate = true): SafeHtml {
  const { edition } = ctx;
  const sameDay = localDay(ms, edition.timeZone) === localDay(ctx.now, edition.timeZone);
  const text = withDate && !sameDay ? `${formatDate(ms, edition)}, ${formatTime(ms, edition)}` : formatTime(ms, edition);
  return html`<time datetime="${isoWithOffset(ms, edition.timeZone)}">${text}</time>`;
}

export function picture(image: ImageRef, sizes: string, eager: boolean, extraClass = ''): SafeHtml {
  const largest = image.variants.at(-1) ?? image.width;
  const fallback = image.variants.find((w) => w >= 640) ?? largest;
  const height = Math.round((image.height / image.width) * fallback);
  return html`<img class="${extraClass}" src="${urls.media(image.id, fallback)}" srcset="${image.variants.map((w) => `${urls.media(image.id, w)} ${w}w`).join(', ')}" sizes="${sizes}" width="${fallback}" height="${height}" alt="${image.alt}" ${eager ? html`fetchpriority="high"` : html`loading="lazy" decoding="async"`}>`;
}

export function figure(ctx: PageContext, image: ImageRef, eager: boolean): SafeHtml {
  return html`<figure class="figure">${picture(image, '(min-width: 1100px) 720px, 100vw', eager)}<figcaption>${image.caption}${image.credit ? html` <span class="credit">${ctx.t.photo}: ${image.credit}</span>` : ''}</figcaption></figure>`;
}

export function articleCard(ctx: PageContext, a: ArticleSummary, opts: { image?: boolean; eager?: boolean; lead?: boolean; level?: 2 | 3 } = {}): SafeHtml {
  const level = opts.level ?? 3;
  const title = level === 2 ? html`<h2 class="card-title"><a href="${articleUrl(a)}">${a.headline}</a></h2>` : html`<h3 class="card-title"><a href="${articleUrl(a)}">${a.headline}</a></h3>`;
  return html`<article class="card${a.urgency <= 3 ? ' urgent' : ''}">
${opts.image && a.image ? picture(a.image, '(min-width: 700px) 33vw, 100vw', opts.eager ?? false, 'card-image') : ''}
<div class="card-body">${title}
<p class="meta">${a.rubric ? html`<a class="rubric" href="${urls.rubric(a.edition, a.rubric.slug)}">${a.rubric.name}</a> ` : ''}${timeOf(ctx, a.publishedAt)}</p>
${opts.lead && a.lead ? html`<p class="lead">${a.lead}</p>` : ''}</div>
</article>`;
}

export function articleList(ctx: PageContext, items: ArticleSummary[], opts: { lead?: boolean; image?: boolean; level?: 2 | 3 } = {}): SafeHtml {
  return html`<ul class="article-list">${items.map((a, i) => html`<li>${articleCard(ctx, a, { ...opts, eager: i === 0 })}</li>`)}</ul>`;
}

export function headlineList(ctx: PageContext, items: ArticleSummary[]): SafeHtml {
  return html`<ul class="headline-list">${items.map(
    (a) => html`<li>${timeOf(ctx, a.publishedAt, false)} <a href="${articleUrl(a)}">${a.headline}</a></li>`,
  )}</ul>`;
}

export function latestNewsBox(ctx: PageContext, items: ArticleSummary[], heading?: string): SafeHtml {
  if (!items.length) return html``;
  return html`<section class="latest" aria-labelledby="latest-heading"><h2 id="latest-heading">${heading ?? ctx.t.latestNews}</h2>${headlineList(ctx, items)}<p><a href="${urls.allNews(ctx.edition.code)}">${ctx.t.allNews}</a></p></section>`;
}

export function pagination(ctx: PageContext, page: number, hasNext: boolean, link: (page: number) => string): SafeHtml {
  if (page === 1 && !hasNext) return html``;
  return html`<nav class="pagination" aria-label="${ctx.t.pagination}"><ul>
${page > 1 ? html`<li><a rel="prev" href="${link(page - 1)}">← ${ctx.t.newer}</a></li>` : ''}
<li><span aria-current="page">${ctx.t.page} ${page}</span></li>
${hasNext ? html`<li><a rel="next" href="${link(page + 1)}">${ctx.t.older} →</a></li>` : ''}
</ul></nav>`;
}
