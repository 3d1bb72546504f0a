// Views of projects: the list in the site's order and the curated stories of one project.
import { html, type SafeHtml } from '../../site/html.ts';
import type { EditionName } from '../../services/manage-service.ts';
import type { ManagedTerm } from '../../services/manage-term-service.ts';
import type { CuratedStory } from '../../services/manage-project-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { csrfField } from './layout.ts';
import { displayName, moveButtons, problemSummary, textField, type FormState } from './manage-views.ts';
import { statusLabel } from './article-views.ts';

export function projectListBody(ctx: NewsroomContext, m: ManageMessages, editions: EditionName[], projects: ManagedTerm[]): SafeHtml {
  return html`<h1>${ctx.t.projects}</h1>
<p class="actions"><a class="button" href="/newsroom/projects/new">${m.newProject}</a></p>
${projects.length ? html`<table><thead><tr><th scope="col">${m.order}</th>${editions.map((e) => html`<th scope="col">${e.name}</th>`)}<th scope="col">${m.actions}</th></tr></thead>
<tbody>${projects.map((p, i) => {
    const name = displayName(p.texts, editions, 'name') || p.key;
    return html`<tr><td>${moveButtons(ctx, m, `/newsroom/projects/${p.id}/move`, { first: i === 0, last: i === projects.length - 1, label: name })}</td>${editions.map((e) => html`<td lang="${e.code}">${p.texts[e.code]?.name ?? '—'}</td>`)}<td><a href="/newsroom/projects/${p.id}" aria-label="${m.edit}: ${name}">${m.edit}</a></td></tr>`;
  })}</tbody></table>` : html`<p>${m.none}</p>`}`;
}

/** The project's stories in order, each with its articles per edition, and the form to add another. */
export function projectStoriesSection(ctx: NewsroomContext, m: ManageMessages, projectId: number, stories: CuratedStory[], form: FormState): SafeHtml {
  const base = `/newsroom/projects/${projectId}/stories`;
  const addForm = html`<form method="post" action="${base}" class="filters" novalidate>${csrfField(ctx)}
${textField(m, form, { name: 'article', label: m.articleId, hint: m.articleIdHint, required: true, max: 9 })}
<p><button type="submit">${m.add}</button></p>
</form>`;
  return html`<section aria-labelledby="stories-heading"><h2 id="stories-heading">${m.stories}</h2>
${stories.length ? html`<ol class="curated">${stories.map((s, i) => {
    const label = s.articles[0]?.headline ?? `${m.storyLabel} ${s.storyId}`;
    return html`<li><p>${s.articles.length ? s.articles.map((a) => html`<span lang="${a.edition}"><a href="/newsroom/articles/${a.id}">${a.headline || `#${a.id}`}</a> (${a.edition}, ${statusLabel(ctx.t, a.status)})</span> `) : m.noArticle}</p>
<div class="actions">${moveButtons(ctx, m, `${base}/${s.storyId}/move`, { first: i === 0, last: i === stories.length - 1, label })}
<form method="post" action="${base}/${s.storyId}/remove">${csrfField(ctx)}<button type="submit" class="secondary" aria-label="${m.remove}: ${label}">${m.remove}</button></form></div></li>`;
  })}</ol>` : html`<p>${m.none}</p>`}
<h3>${m.addStory}</h3>
${problemSummary(ctx, m, form)}
${addForm}</section>`;
}
