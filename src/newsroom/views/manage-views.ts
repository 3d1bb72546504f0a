// Building blocks of the management pages: labelled fields with their inline problems, per-edition fieldsets,
// order buttons and page links. Forms re-render with what the user typed when a change is refused.
import { html, type SafeHtml } from '../../site/html.ts';
import type { Problem } from '../../services/manage-service.ts';
import type { EditionName } from '../../services/manage-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { csrfField } from './layout.ts';

export interface FormState {
  values: Record<string, string>;
  problems: Record<string, Problem>;
  /** Filled as fields render, so the summary above the form can name them: render the form first. */
  labels?: Map<string, string>;
}

export function blankForm(values: Record<string, string> = {}): FormState {
  return { values, problems: {} };
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export interface FieldOptions {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'search';
  required?: boolean;
  max?: number;
  hint?: string;
  rows?: number;
  lang?: string;
  autocomplete?: string;
  /** Monospace, no spell checking: slugs, codes, JSON, HTML. */
  code?: boolean;
  /** The field's name in the problem summary when the label alone is ambiguous ("Name (Deutsch)"). */
  summaryLabel?: string;
}

function described(id: string, hint: string | undefined, problem: string | undefined): SafeHtml {
  const ids = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${problem ? html` aria-invalid="true"` : ''}`;
}

function hintAndError(id: string, hint: string | undefined, problem: string | undefined): SafeHtml {
  return html`${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ''}${problem ? html`<span class="field-error" id="${id}-error">${problem}</span>` : ''}`;
}

/** A labelled input or textarea; a password is never sent back to the browser. */
function remember(f: FormState, name: string, label: string): void {
  (f.labels ??= new Map()).set(name, label);
}

export function textField(m: ManageMessages, f: FormState, o: FieldOptions): SafeHtml {
  remember(f, o.name, o.summaryLabel ?? o.label);
  const id = fieldId(o.name);
  const problemCode = f.problems[o.name];
  const problem = problemCode ? m.problems[problemCode] : undefined;
  const value = o.type === 'password' ? '' : (f.values[o.name] ?? '');
  const common = html`id="${id}" name="${o.name}"${o.required ? html` required` : ''}${o.max ? html` maxlength="${o.max}"` : ''}${o.lang ? html` lang="${o.lang}"` : ''}${o.code ? html` spellcheck="false" class="code"` : ''}${described(id, o.hint, problem)}`;
  const control = o.rows
    ? html`<textarea ${common} rows="${o.rows}">${value}</textarea>`
    : html`<input ${common} type="${o.type ?? 'text'}" value="${value}"${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}>`;
  return html`<p class="field${problem ? ' invalid' : ''}"><label for="${id}">${o.label}</label>${control}${hintAndError(id, o.hint, problem)}</p>`;
}

export function selectField(m: ManageMessages, f: FormState, o: { name: string; label: string; options: [string, string][]; hint?: string }): SafeHtml {
  remember(f, o.name, o.label);
  const id = fieldId(o.name);
  const problemCode = f.problems[o.name];
  const problem = problemCode ? m.problems[problemCode] : undefined;
  const selected = f.values[o.name] ?? '';
  return html`<p class="field${problem ? ' invalid' : ''}"><label for="${id}">${o.label}</label><select id="${id}" name="${o.name}"${described(id, o.hint, problem)}>${o.options.map(
    ([value, label]) => html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`,
  )}</select>${hintAndError(id, o.hint, problem)}</p>`;
}

/** The notice above a refused form, linking to each field with its problem; render it after the form's fields. */
export function problemSummary(ctx: NewsroomContext, m: ManageMessages, f: FormState): SafeHtml {
  const entries = Object.entries(f.problems);
  if (!entries.length) return html``;
  return html`<div class="error" role="alert"><p>${ctx.t.invalid}</p><ul>${entries.map(([name, code]) => {
    const label = f.labels?.get(name);
    return html`<li>${label ? html`<a href="#${fieldId(name)}">${label}</a>: ` : ''}${m.problems[code]}</li>`;
  })}</ul></div>`;
}

/** "Name (Deutsch)": a per-edition field as the problem summary names it. */
export function inEdition(label: string, e: EditionName): string {
  return `${label} (${e.name})`;
}

/** One fieldset per edition, its inputs marked with the edition's language. */
export function perEdition(editions: EditionName[], render: (e: EditionName) => SafeHtml): SafeHtml {
  return html`${editions.map((e) => html`<fieldset class="per-edition"><legend>${e.name} (${e.code})</legend>${render(e)}</fieldset>`)}`;
}

/** A form with one button that moves an item a step up or down. */
export function moveButtons(ctx: NewsroomContext, m: ManageMessages, action: string, o: { first: boolean; last: boolean; label: string }): SafeHtml {
  const button = (direction: 'up' | 'down', text: string, disabled: boolean) => html`<form method="post" action="${action}">${csrfField(ctx)}<input type="hidden" name="direction" value="${direction}"><button type="submit" class="secondary"${disabled ? html` disabled` : ''} aria-label="${text}: ${o.label}">${direction === 'up' ? '↑' : '↓'}</button></form>`;
  return html`<div class="actions">${button('up', m.moveUp, o.first)}${button('down', m.moveDown, o.last)}</div>`;
}

/** Previous/next links keeping the current filters. */
export function pager(ctx: NewsroomContext, m: ManageMessages, path: string, params: Record<string, string>, page: number, hasNext: boolean): SafeHtml {
  if (page <= 1 && !hasNext) return html``;
  const link = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: p > 1 ? String(p) : '' }).filter(([, v]) => v !== ''));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return html`<nav class="pager actions" aria-label="${m.page}">${page > 1 ? html`<a class="button secondary" rel="prev" href="${link(page - 1)}">${ctx.t.previous}</a>` : ''}<span>${m.page} ${page}</span>${hasNext ? html`<a class="button secondary" rel="next" href="${link(page + 1)}">${ctx.t.next}</a>` : ''}</nav>`;
}

/** The name of an item in the first edition that has one, for lists and headings. */
export function displayName<T extends object>(texts: Record<string, T>, editions: EditionName[], key: keyof T): string {
  for (const e of editions) {
    const value = texts[e.code]?.[key];
    if (typeof value === 'string' && value) return value;
  }
  const any = Object.values(texts)[0]?.[key];
  return typeof any === 'string' ? any : '';
}

export function utc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
