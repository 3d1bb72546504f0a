// The reader's search page: the form with its filters, highlighted results, pagination, and near misses.
import { html, raw, type SafeHtml } from '../html.ts';
import type { Term } from '../../domain/model.ts';
import { articleUrl, urls } from '../urls.ts';
import { layout } from './layout.ts';
import { pagination, timeOf } from './components.ts';
import type { PageContext } from './page-context.ts';
import type { SearchParams, SearchHit, SearchOutcome } from '../../search/search-service.ts';
import { MAX_QUERY_LENGTH } from '../../search/search-query.ts';
import { searchMessagesFor } from '../../search/search-i18n.ts';
import { languageOf } from '../../search/normalize.ts';

/** The search page's address with these parameters; defaults and empty values are left out. */
export function searchUrl(ed: string, p: { q?: string; rubric?: string; tag?: string; from?: string; to?: string; sort?: string; page?: number }): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...p, sort: p.sort === 'relevance' ? undefined : p.sort, page: p.page && p.page > 1 ? String(p.page) : undefined })) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return `/${ed}/search${text ? `?${text}` : ''}`;
}

export interface SearchPageData {
  params: SearchParams;
  outcome: SearchOutcome | null;
  rubrics: Term[];
  tags: Term[];
}

function linkParams(p: SearchParams) {
  return { q: p.q, rubric: p.rubric?.slug, tag: p.tag?.slug, from: p.fromDay, to: p.toDay, sort: p.sort };
}

function options(terms: Term[], selected: Term | undefined, anyLabel: string): SafeHtml {
  return html`<option value="">${anyLabel}</option>${terms.map((t) => html`<option value="${t.slug}"${t.id === selected?.id ? html` selected` : ''}>${t.name}</option>`)}`;
}

function searchForm(ctx: PageContext, d: SearchPageData): SafeHtml {
  const m = searchMessagesFor(languageOf(ctx.edition.locale));
  const p = d.params;
  const filtered = Boolean(p.rubric || p.tag || p.fromDay || p.toDay || p.sort !== 'relevance');
  return html`<form class="search-form" role="search" action="/${ctx.edition.code}/search" method="get">
<p class="search-query"><label for="search-q">${m.queryLabel}</label> <input id="search-q" type="search" name="q" value="${p.q}" maxlength="${MAX_QUERY_LENGTH}" autocomplete="off"> <button type="submit">${m.submit}</button></p>
<details class="search-filters"${filtered ? html` open` : ''}><summary>${m.filters}</summary>
<p><label for="search-rubric">${m.rubric}</label> <select id="search-rubric" name="rubric">${options(d.rubrics, p.rubric, m.anyRubric)}</select></p>
<p><label for="search-tag">${m.tag}</label> <select id="search-tag" name="tag">${options(d.tags, p.tag, m.anyTag)}</select></p>
<p><label for="search-from">${m.from}</label> <input id="search-from" type="date" name="from" value="${p.fromDay ?? ''}">
<label for="search-to">${m.to}</label> <input id="search-to" type="date" name="to" value="${p.toDay ?? ''}"></p>
<p><label for="search-sort">${m.sort}</label> <select id="search-sort" name="sort"><option value="relevance"${p.sort === 'relevance' ? html` selected` : ''}>${m.byRelevance}</option><option value="date"${p.sort === 'date' ? html` selected` : ''}>${m.byDate}</option></select></p>
</details>
</form>
<p class="search-hint">${m.hint}</p>`;
}

function hitCard(ctx: PageContext, hit: SearchHit): SafeHtml {
  const a = hit.article;
  // headlineHtml and snippetHtml are escaped by snippets.ts; only <mark> is added.
  return html`<article class="card">
<div class="card-body"><h2 class="card-title"><a href="${articleUrl(a)}">${raw(hit.headlineHtml)}</a></h2>
<p class="meta">${a.rubric ? html`<a class="rubric" href="${urls.rubric(a.edition, a.rubric.slug)}">${a.rubric.name}</a> ` : ''}${timeOf(ctx, a.publishedAt)}</p>
${hit.snippetHtml ? html`<p class="lead snippet">${raw(hit.snippetHtml)}</p>` : ''}</div>
</article>`;
}

function results(ctx: PageContext, d: SearchPageData, pageSize: number): SafeHtml {
  const m = searchMessagesFor(languageOf(ctx.edition.locale));
  const { params: p, outcome } = d;
  if (!outcome || !outcome.searched) return html`<p class="empty">${m.enterQuery}</p>`;
  const suggestion = outcome.suggestion
    ? html`<p class="search-suggestion">${m.didYouMean}: <a href="${searchUrl(ctx.edition.code, { ...linkParams(p), q: outcome.suggestion })}">${outcome.suggestion}</a>?</p>`
    : '';
  if (outcome.hits.length === 0) return html`<p class="empty" role="status">${m.noResults.replace('{q}', p.q)}</p>${suggestion}`;
  return html`<h2 class="search-results-heading">${m.resultsFor.replace('{q}', p.q)}${p.page > 1 ? ` – ${ctx.t.page} ${p.page}` : ''}</h2>
<ol class="article-list search-results" start="${(p.page - 1) * pageSize + 1}">${outcome.hits.map((h) => html`<li>${hitCard(ctx, h)}</li>`)}</ol>
${pagination(ctx, p.page, outcome.hasNext, (page) => searchUrl(ctx.edition.code, { ...linkParams(p), page }))}`;
}

export function searchPage(ctx: PageContext, d: SearchPageData, pageSize: number): string {
  const m = searchMessagesFor(languageOf(ctx.edition.locale));
  const ed = ctx.edition.code;
  const title = d.params.q ? `${m.heading}: ${d.params.q}` : m.heading;
  const body = html`<div class="listing-layout">
<div class="listing search">
<h1>${m.heading}</h1>
${searchForm(ctx, d)}
${results(ctx, d, pageSize)}
</div>
</div>`;
  return layout(ctx, {
    title,
    description: m.heading,
    path: searchUrl(ed, { ...linkParams(d.params), page: d.params.page }),
    alternates: new Map(ctx.catalog.editions.map((e) => [e.code, searchUrl(e.code, {})])),
    breadcrumbs: [{ name: ctx.t.home, path: urls.home(ed) }, { name: m.heading, path: searchUrl(ed, {}) }],
  }, body);
}
