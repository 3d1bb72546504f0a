// Views of static pages: the list with links to the reader pages, and the form of one page.
import { html, type SafeHtml } from '../../site/html.ts';
import type { EditionName } from '../../services/manage-service.ts';
import type { ManagedPage } from '../../services/manage-page-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { csrfField } from './layout.ts';
import { displayName, inEdition, perEdition, problemSummary, textField, type FormState } from './manage-views.ts';

export function pageListBody(ctx: NewsroomContext, m: ManageMessages, editions: EditionName[], pages: ManagedPage[]): SafeHtml {
  return html`<h1>${ctx.t.pages}</h1>
<p class="actions"><a class="button" href="/newsroom/pages/new">${m.newPage}</a></p>
${pages.length ? html`<table><thead><tr>${editions.map((e) => html`<th scope="col">${e.name}</th>`)}<th scope="col">${m.actions}</th></tr></thead>
<tbody>${pages.map((p) => html`<tr>${editions.map((e) => {
    const text = p.texts[e.code];
    return html`<td lang="${e.code}">${text ? html`<a href="/${e.code}/page/${text.slug}">${text.title}</a>` : '—'}</td>`;
  })}<td><a href="/newsroom/pages/${p.id}" aria-label="${m.edit}: ${displayName(p.texts, editions, 'title') || p.key}">${m.edit}</a></td></tr>`)}</tbody></table>` : html`<p>${m.none}</p>`}`;
}

export function pageValues(page: ManagedPage): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [code, t] of Object.entries(page.texts)) {
    values[`title.${code}`] = t.title;
    values[`slug.${code}`] = t.slug;
    values[`body.${code}`] = t.body;
  }
  return values;
}

export function pageFormBody(ctx: NewsroomContext, m: ManageMessages, o: { title: string; action: string; editions: EditionName[]; form: FormState }): SafeHtml {
  const f = o.form;
  const form = html`<form method="post" action="${o.action}" novalidate>${csrfField(ctx)}
${perEdition(o.editions, (e) => html`
${textField(m, f, { name: `title.${e.code}`, label: m.title, summaryLabel: inEdition(m.title, e), required: true, max: 200, lang: e.code })}
${textField(m, f, { name: `slug.${e.code}`, label: m.slug, summaryLabel: inEdition(m.slug, e), max: 80, hint: m.slugHint, code: true })}
${textField(m, f, { name: `body.${e.code}`, label: m.body, summaryLabel: inEdition(m.body, e), rows: 12, hint: m.bodyHint, lang: e.code, code: true })}`)}
<p><button type="submit">${ctx.t.save}</button></p>
</form>`;
  return html`<h1>${o.title}</h1>
<p><a href="/newsroom/pages">${m.cancel}</a></p>
${problemSummary(ctx, m, f)}
${form}`;
}
