// Views of rubrics and tags (lists, search, order) and the name/slug form shared with projects.
import { html, type SafeHtml } from '../../site/html.ts';
import type { EditionName } from '../../services/manage-service.ts';
import type { ManagedKind, ManagedTerm } from '../../services/manage-term-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { csrfField } from './layout.ts';
import { fieldId, inEdition, moveButtons, pager, perEdition, problemSummary, textField, type FormState } from './manage-views.ts';

export const TERM_PATHS: Record<ManagedKind, string> = { rubric: '/newsroom/rubrics', tag: '/newsroom/tags', project: '/newsroom/projects' };

function namesCells(editions: EditionName[], term: ManagedTerm): SafeHtml {
  return html`${editions.map((e) => {
    const text = term.texts[e.code];
    return html`<td lang="${e.code}">${text ? html`${text.name}<br><span class="hint">${text.slug}</span>` : '—'}</td>`;
  })}`;
}

function editionHeads(editions: EditionName[]): SafeHtml {
  return html`${editions.map((e) => html`<th scope="col">${e.name}</th>`)}`;
}

export function rubricListBody(ctx: NewsroomContext, m: ManageMessages, editions: EditionName[], rubrics: ManagedTerm[]): SafeHtml {
  return html`<h1>${ctx.t.rubrics}</h1>
<p class="actions"><a class="button" href="/newsroom/rubrics/new">${m.newRubric}</a></p>
${rubrics.length ? html`<table><thead><tr><th scope="col">${m.order}</th>${editionHeads(editions)}<th scope="col">${m.actions}</th></tr></thead>
<tbody>${rubrics.map((r, i) => html`<tr><td>${moveButtons(ctx, m, `/newsroom/rubrics/${r.id}/move`, { first: i === 0, last: i === rubrics.length - 1, label: r.texts[editions[0]?.code]?.name ?? r.key })}</td>${namesCells(editions, r)}<td><a href="/newsroom/rubrics/${r.id}" aria-label="${m.edit}: ${r.texts[editions[0]?.code]?.name ?? r.key}">${m.edit}</a></td></tr>`)}</tbody></table>` : html`<p>${m.none}</p>`}`;
}

export function tagListBody(ctx: NewsroomContext, m: ManageMessages, editions: EditionName[], o: { tags: ManagedTerm[]; q: string; page: number; hasNext: boolean }): SafeHtml {
  return html`<h1>${ctx.t.tags}</h1>
<p class="actions"><a class="button" href="/newsroom/tags/new">${m.newTag}</a></p>
<form method="get" action="/newsroom/tags" class="filters" role="search">
<p><label for="tag-q">${m.searchTags}</label><input id="tag-q" name="q" type="search" maxlength="100" value="${o.q}"></p>
<p><button type="submit">${m.search}</button></p>
</form>
${o.tags.length ? html`<table><thead><tr><th scope="col">${m.key}</th>${editionHeads(editions)}<th scope="col">${m.actions}</th></tr></thead>
<tbody>${o.tags.map((tag) => html`<tr><td>${tag.key}</td>${namesCells(editions, tag)}<td><a href="/newsroom/tags/${tag.id}" aria-label="${m.edit}: ${tag.key}">${m.edit}</a></td></tr>`)}</tbody></table>` : html`<p>${o.q ? m.noResults : m.none}</p>`}
${pager(ctx, m, '/newsroom/tags', { q: o.q }, o.page, o.hasNext)}`;
}

/** Form values of a term as stored, for its edit form. */
export function termValues(term: ManagedTerm): Record<string, string> {
  const values: Record<string, string> = { cover: term.coverMediaId === null ? '' : String(term.coverMediaId) };
  for (const [code, t] of Object.entries(term.texts)) {
    values[`name.${code}`] = t.name;
    values[`slug.${code}`] = t.slug;
    values[`description.${code}`] = t.description;
  }
  return values;
}

export interface TermFormOptions {
  kind: ManagedKind;
  title: string;
  action: string;
  editions: EditionName[];
  form: FormState;
  /** Shown below the form: a tag's delete button, a project's stories. */
  after?: SafeHtml;
}

export function termFormBody(ctx: NewsroomContext, m: ManageMessages, o: TermFormOptions): SafeHtml {
  const project = o.kind === 'project';
  const name = project ? m.title : m.name;
  const description = project ? m.intro : m.description;
  const form = html`<form method="post" action="${o.action}" novalidate>${csrfField(ctx)}
${perEdition(o.editions, (e) => html`
${textField(m, o.form, { name: `name.${e.code}`, label: name, summaryLabel: inEdition(name, e), required: true, max: 120, lang: e.code })}
${textField(m, o.form, { name: `slug.${e.code}`, label: m.slug, summaryLabel: inEdition(m.slug, e), max: 80, hint: m.slugHint, code: true })}
${textField(m, o.form, { name: `description.${e.code}`, label: description, summaryLabel: inEdition(description, e), rows: project ? 5 : 2, max: project ? 4000 : 1000, lang: e.code })}`)}
${project ? textField(m, o.form, { name: 'cover', label: m.cover, hint: m.coverHint, max: 9 }) : ''}
<p><button type="submit">${ctx.t.save}</button></p>
</form>`;
  return html`<h1>${o.title}</h1>
<p><a href="${TERM_PATHS[o.kind]}">${m.cancel}</a></p>
${problemSummary(ctx, m, o.form)}
${form}
${o.after ?? ''}`;
}

export function deleteTagForm(ctx: NewsroomContext, m: ManageMessages, id: number): SafeHtml {
  return html`<section class="danger-zone" aria-labelledby="${fieldId('delete')}"><h2 id="${fieldId('delete')}">${m.deleteTag}</h2><p class="hint">${m.deleteTagHint}</p>
<form method="post" action="/newsroom/tags/${id}/delete">${csrfField(ctx)}<button type="submit" class="danger">${m.delete}</button></form></section>`;
}
