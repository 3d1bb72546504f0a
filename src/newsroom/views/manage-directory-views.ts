// Views of the directory: the hierarchy as nested lists, and the form of one institution.
import { html, type SafeHtml } from '../../site/html.ts';
import type { EditionName } from '../../services/manage-service.ts';
import type { ManagedEntry } from '../../services/manage-directory-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { csrfField } from './layout.ts';
import { displayName, inEdition, perEdition, problemSummary, selectField, textField, type FormState } from './manage-views.ts';

function childrenOf(entries: ManagedEntry[]): Map<number | null, ManagedEntry[]> {
  const ids = new Set(entries.map((e) => e.id));
  const children = new Map<number | null, ManagedEntry[]>();
  for (const e of entries) {
    // An entry whose parent is gone shows at the top level rather than not at all.
    const parent = e.parentId !== null && ids.has(e.parentId) ? e.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), e]);
  }
  return children;
}

export function directoryListBody(ctx: NewsroomContext, m: ManageMessages, editions: EditionName[], entries: ManagedEntry[]): SafeHtml {
  const children = childrenOf(entries);
  const seen = new Set<number>();
  const tree = (parent: number | null): SafeHtml => {
    const items = (children.get(parent) ?? []).filter((e) => !seen.has(e.id));
    if (!items.length) return html``;
    for (const e of items) seen.add(e.id);
    return html`<ul>${items.map((e) => html`<li><a href="/newsroom/directory/${e.id}">${displayName(e.texts, editions, 'name') || e.key}</a>${tree(e.id)}</li>`)}</ul>`;
  };
  return html`<h1>${ctx.t.directory}</h1>
<p class="actions"><a class="button" href="/newsroom/directory/new">${m.newEntry}</a></p>
<section aria-label="${m.hierarchy}" class="directory-tree">${entries.length ? tree(null) : html`<p>${m.none}</p>`}</section>`;
}

export function entryValues(entry: ManagedEntry): Record<string, string> {
  const values: Record<string, string> = { parent: entry.parentId === null ? '' : String(entry.parentId), website: entry.website };
  for (const [code, t] of Object.entries(entry.texts)) {
    for (const key of ['name', 'slug', 'description', 'head', 'address'] as const) values[`${key}.${code}`] = t[key];
  }
  return values;
}

/** Parent choices in tree order, indented by depth; an entry and its descendants are left out of its own choices. */
function parentOptions(m: ManageMessages, editions: EditionName[], entries: ManagedEntry[], self: number | null): [string, string][] {
  const children = childrenOf(entries);
  const options: [string, string][] = [['', m.topLevel]];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const e of children.get(parent) ?? []) {
      if (e.id === self || seen.has(e.id)) continue;
      seen.add(e.id);
      options.push([String(e.id), `${'— '.repeat(depth)}${displayName(e.texts, editions, 'name') || e.key}`]);
      walk(e.id, depth + 1);
    }
  };
  walk(null, 0);
  return options;
}

export function entryFormBody(ctx: NewsroomContext, m: ManageMessages, o: { title: string; action: string; editions: EditionName[]; entries: ManagedEntry[]; self: number | null; form: FormState }): SafeHtml {
  const f = o.form;
  const options = parentOptions(m, o.editions, o.entries, o.self);
  // A refused parent (say, one that would make a cycle) stays selectable so the form shows what was asked.
  const chosen = f.values.parent ?? '';
  if (chosen && !options.some(([value]) => value === chosen)) {
    const entry = o.entries.find((e) => String(e.id) === chosen);
    options.push([chosen, entry ? displayName(entry.texts, o.editions, 'name') || entry.key : chosen]);
  }
  const form = html`<form method="post" action="${o.action}" novalidate>${csrfField(ctx)}
${selectField(m, f, { name: 'parent', label: m.parent, options })}
${textField(m, f, { name: 'website', label: m.website, type: 'url', hint: m.websiteHint, max: 500 })}
${perEdition(o.editions, (e) => html`
${textField(m, f, { name: `name.${e.code}`, label: m.name, summaryLabel: inEdition(m.name, e), required: true, max: 200, lang: e.code })}
${textField(m, f, { name: `slug.${e.code}`, label: m.slug, summaryLabel: inEdition(m.slug, e), max: 80, hint: m.slugHint, code: true })}
${textField(m, f, { name: `description.${e.code}`, label: m.description, summaryLabel: inEdition(m.description, e), rows: 4, max: 4000, lang: e.code })}
${textField(m, f, { name: `head.${e.code}`, label: m.head, summaryLabel: inEdition(m.head, e), max: 200, lang: e.code })}
${textField(m, f, { name: `address.${e.code}`, label: m.address, summaryLabel: inEdition(m.address, e), rows: 2, max: 500, lang: e.code })}`)}
<p><button type="submit">${ctx.t.save}</button></p>
</form>`;
  return html`<h1>${o.title}</h1>
<p><a href="/newsroom/directory">${m.cancel}</a></p>
${problemSummary(ctx, m, f)}
${form}`;
}
