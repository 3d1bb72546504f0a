// Projects, the directory of institutions, static pages and the localized error pages.
import { html, raw, type SafeHtml } from '../html.ts';
import type { ArticleSummary, ImageRef, Term } from '../../domain/model.ts';
import type { DirectoryEntry } from '../../db/repos/directory-repo.ts';
import type { StaticPage } from '../../db/repos/page-repo.ts';
import { urls } from '../urls.ts';
import { layout } from './layout.ts';
import { articleList, figure, latestNewsBox } from './components.ts';
import type { PageContext } from './page-context.ts';

function allEditions(ctx: PageContext, path: (ed: string) => string): Map<string, string> {
  return new Map(ctx.catalog.editions.map((e) => [e.code, path(e.code)]));
}

export function projectsPage(ctx: PageContext, projects: { term: Term; cover: ImageRef | null }[]): string {
  const { t, edition } = ctx;
  const ed = edition.code;
  const body = html`<h1>${t.projects}</h1>
<ul class="project-grid">${projects.map(({ term, cover }, i) => html`<li><article class="card">
${cover ? figureless(cover, i === 0) : ''}<div class="card-body"><h2 class="card-title"><a href="${urls.project(ed, term.slug)}">${term.name}</a></h2><p class="lead">${term.description}</p></div></article></li>`)}</ul>`;
  return layout(ctx, {
    title: t.projects, description: t.projects, path: urls.projects(ed), alternates: allEditions(ctx, urls.projects),
    breadcrumbs: [{ name: t.home, path: urls.home(ed) }, { name: t.projects, path: urls.projects(ed) }], current: urls.projects(ed),
  }, body);
}

function figureless(image: ImageRef, eager: boolean): SafeHtml {
  const w = image.variants.find((v) => v >= 640) ?? image.variants.at(-1) ?? image.width;
  return html`<img class="card-image" src="${urls.media(image.id, w)}" width="${w}" height="${Math.round((image.height / image.width) * w)}" alt="${image.alt}"${eager ? '' : html` loading="lazy"`}>`;
}

export function projectPage(ctx: PageContext, d: { term: Term; cover: ImageRef | null; items: ArticleSummary[]; alternates: Map<string, string> }): string {
  const { t, edition } = ctx;
  const ed = edition.code;
  const path = urls.project(ed, d.term.slug);
  const body = html`<article class="project">
<h1>${d.term.name}</h1>
<p class="lead">${d.term.description}</p>
${d.cover ? figure(ctx, d.cover, true) : ''}
<section aria-labelledby="project-news"><h2 id="project-news">${t.relatedNews}</h2>
${d.items.length ? articleList(ctx, d.items, { lead: true, image: true }) : html`<p class="empty">${t.noNews}</p>`}</section>
</article>`;
  return layout(ctx, {
    title: d.term.name, description: d.term.description, path, alternates: d.alternates, image: d.cover,
    breadcrumbs: [{ name: t.home, path: urls.home(ed) }, { name: t.projects, path: urls.projects(ed) }, { name: d.term.name, path }],
    current: urls.projects(ed),
  }, body);
}

function directoryTree(ctx: PageContext, entries: DirectoryEntry[], parentId: number | null): SafeHtml {
  const children = entries.filter((e) => e.parentId === parentId);
  if (!children.length) return html``;
  return html`<ul class="directory-tree">${children.map((e) => html`<li><a href="${urls.institution(ctx.edition.code, e.slug)}">${e.name}</a>${directoryTree(ctx, entries, e.id)}</li>`)}</ul>`;
}

export function directoryPage(ctx: PageContext, entries: DirectoryEntry[]): string {
  const { t, edition } = ctx;
  const ed = edition.code;
  const body = html`<h1>${t.directory}</h1>${directoryTree(ctx, entries, null)}`;
  return layout(ctx, {
    title: t.directory, description: t.directory, path: urls.directory(ed), alternates: allEditions(ctx, urls.directory),
    breadcrumbs: [{ name: t.home, path: urls.home(ed) }, { name: t.directory, path: urls.directory(ed) }], current: urls.directory(ed),
  }, body);
}

export function institutionPage(ctx: PageContext, d: { entry: DirectoryEntry; parents: DirectoryEntry[]; all: DirectoryEntry[]; items: ArticleSummary[]; alternates: Map<string, string> }): string {
  const { t, edition } = ctx;
  const ed = edition.code;
  const e = d.entry;
  const path = urls.institution(ed, e.slug);
  const children = d.all.filter((c) => c.parentId === e.id);
  const body = html`<div class="listing-layout"><article class="institution">
<h1>${e.name}</h1>
<p class="lead">${e.description}</p>
<dl class="facts">
${e.head ? html`<dt>${t.head}</dt><dd>${e.head}</dd>` : ''}
${e.address ? html`<dt>${t.address}</dt><dd>${e.address}</dd>` : ''}
${e.website ? html`<dt>${t.website}</dt><dd><a href="${e.website}" rel="noopener">${e.website.replace(/^https?:\/\//, '')}</a></dd>` : ''}
</dl>
${children.length ? html`<section aria-labelledby="subordinate"><h2 id="subordinate">${t.subordinate}</h2><ul>${children.map((c) => html`<li><a href="${urls.institution(ed, c.slug)}">${c.name}</a></li>`)}</ul></section>` : ''}
<section aria-labelledby="institution-news"><h2 id="institution-news">${t.relatedNews}</h2>
${d.items.length ? articleList(ctx, d.items, { lead: true }) : html`<p class="empty">${t.noNews}</p>`}</section>
</article></div>`;
  const crumbs = [{ name: t.home, path: urls.home(ed) }, { name: t.directory, path: urls.directory(ed) }, ...d.parents.map((p) => ({ name: p.name, path: urls.institution(ed, p.slug) })), { name: e.name, path }];
  return layout(ctx, {
    title: e.name, description: e.description, path, alternates: d.alternates, breadcrumbs: crumbs, current: urls.directory(ed),
    jsonLd: [{ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: e.name, description: e.description, url: e.website || undefined, address: e.address || undefined }],
  }, body);
}

export function staticPage(ctx: PageContext, page: StaticPage, alternates: Map<string, string>, latest: ArticleSummary[]): string {
  const { t, edition } = ctx;
  const path = urls.page(edition.code, page.slug);
  const body = html`<div class="listing-layout"><article class="static-page"><h1>${page.title}</h1><div class="story-body">${raw(page.body)}</div></article>
<aside class="sidebar">${latestNewsBox(ctx, latest)}</aside></div>`;
  return layout(ctx, {
    title: page.title, description: page.title, path, alternates,
    breadcrumbs: [{ name: t.home, path: urls.home(edition.code) }, { name: page.title, path }],
  }, body);
}

export type ErrorKind = 'notFound' | 'gone' | 'badRequest' | 'method' | 'error';

export function errorPage(ctx: PageContext, kind: ErrorKind, path: string): string {
  const { t, edition } = ctx;
  const [title, text] = {
    notFound: [t.notFoundTitle, t.notFoundText],
    gone: [t.goneTitle, t.goneText],
    badRequest: [t.badRequestTitle, t.badRequestText],
    method: [t.methodTitle, t.methodText],
    error: [t.errorTitle, t.errorText],
  }[kind];
  const body = html`<div class="error-page"><h1>${title}</h1><p>${text}</p><p><a href="${urls.home(edition.code)}">${t.backHome}</a></p></div>`;
  return layout(ctx, { title, description: text, path }, body).replace('<meta name="description"', '<meta name="robots" content="noindex">\n<meta name="description"');
}
