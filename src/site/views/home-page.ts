// The edition's front page: breaking ticker, top stories, rubric blocks, latest news, projects.
import { html } from '../html.ts';
import type { ArticleSummary, Term } from '../../domain/model.ts';
import { articleUrl, urls } from '../urls.ts';
import { layout, absolute } from './layout.ts';
import { articleCard, headlineList, latestNewsBox, timeOf } from './components.ts';
import type { PageContext } from './page-context.ts';

export interface HomePageData {
  breaking: ArticleSummary[];
  top: ArticleSummary[];
  blocks: { rubric: Term; items: ArticleSummary[] }[];
  latest: ArticleSummary[];
  projects: Term[];
}

export function homePage(ctx: PageContext, d: HomePageData): string {
  const { edition, t } = ctx;
  const ed = edition.code;
  const [lead, ...secondary] = d.top;
  const body = html`<h1 class="visually-hidden">${edition.agencyName}</h1>
${d.breaking.length ? html`<section class="ticker" aria-labelledby="ticker-heading"><h2 id="ticker-heading">${t.breaking}</h2><ul>${d.breaking.map(
    (a) => html`<li>${timeOf(ctx, a.publishedAt, false)} <a href="${articleUrl(a)}">${a.headline}</a></li>`,
  )}</ul></section>` : ''}
<div class="home-layout">
<div class="home-main">
<section class="top-stories" aria-labelledby="top-heading"><h2 id="top-heading" class="section-title">${t.topStories}</h2>
${lead ? html`<div class="top-lead">${articleCard(ctx, lead, { image: true, eager: true, lead: true })}</div>` : ''}
<ul class="top-secondary">${secondary.map((a) => html`<li>${articleCard(ctx, a, { image: true })}</li>`)}</ul>
</section>
${d.blocks.map(({ rubric, items }) => html`<section class="rubric-block" aria-labelledby="rubric-${rubric.key}"><h2 id="rubric-${rubric.key}" class="section-title"><a href="${urls.rubric(ed, rubric.slug)}">${rubric.name}</a></h2>
${headlineList(ctx, items)}
<p class="more"><a href="${urls.rubric(ed, rubric.slug)}">${t.more}: ${rubric.name}</a></p></section>`)}
</div>
<aside class="sidebar">
${latestNewsBox(ctx, d.latest)}
${d.projects.length ? html`<section class="projects-box" aria-labelledby="projects-heading"><h2 id="projects-heading">${t.projects}</h2><ul>${d.projects.map((p) => html`<li><a href="${urls.project(ed, p.slug)}">${p.name}</a></li>`)}</ul></section>` : ''}
</aside>
</div>`;
  const path = urls.home(ed);
  return layout(ctx, {
    title: edition.agencyName,
    description: `${edition.agencyName}: ${t.latestNews}`,
    path,
    alternates: new Map(ctx.catalog.editions.map((e) => [e.code, urls.home(e.code)])),
    jsonLd: [{
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: edition.agencyName,
      url: absolute(ctx, path),
      inLanguage: edition.locale,
      publisher: { '@type': 'NewsMediaOrganization', name: edition.agencyName, logo: { '@type': 'ImageObject', url: absolute(ctx, ctx.assets.logo) } },
    }],
    current: path,
  }, body);
}
