// Views of wire clients: the list, the form (editions and rubrics as checkboxes), one client's actions,
// the page that shows a new key or webhook secret once, and the delete confirmation.
import { html, type SafeHtml } from '../../site/html.ts';
import type { WireClientDetails, WireClientProblem } from '../../wire/wire-client-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { WireClientMessages } from '../wire-client-i18n.ts';
import { csrfField } from './layout.ts';
import { utc } from './manage-views.ts';

export const CLIENTS = '/newsroom/clients';

export interface Choice {
  value: string;
  label: string;
}

/** What the form shows: the values typed (or stored) and a problem per field. */
export interface ClientForm {
  name: string;
  editions: string[];
  rubricIds: string[];
  embargoAccess: boolean;
  webhookUrl: string;
  problems: Record<string, WireClientProblem>;
}

export interface Choices {
  editions: Choice[];
  rubrics: Choice[];
}

export function formOf(c: WireClientDetails): ClientForm {
  return { name: c.name, editions: c.editions, rubricIds: c.rubricIds.map(String), embargoAccess: c.embargoAccess, webhookUrl: c.webhookUrl, problems: {} };
}

function namesOf(values: (string | number)[], choices: Choice[]): string {
  return values.map((v) => choices.find((c) => c.value === String(v))?.label ?? String(v)).join(', ');
}

export function clientListBody(ctx: NewsroomContext, m: WireClientMessages, clients: WireClientDetails[], choices: Choices): SafeHtml {
  const rows = clients.map((c) => html`<tr><td><a href="${CLIENTS}/${c.id}">${c.name}</a></td><td><code>${c.keyPrefix}…</code></td>
<td>${c.editions.join(', ')}</td><td>${c.rubricIds.length ? namesOf(c.rubricIds, choices.rubrics) : m.allRubrics}</td>
<td>${c.embargoAccess ? m.yes : m.no}</td><td>${c.webhookUrl ? html`<span class="code">${new URL(c.webhookUrl).host}</span>` : m.no}</td>
<td>${c.lastUsedAt === null ? m.never : utc(c.lastUsedAt)}</td><td>${c.disabled ? html`<span class="status status-withdrawn">${m.disabled}</span>` : m.active}</td></tr>`);
  return html`<h1>${ctx.t.wireClients}</h1>
<p class="actions"><a class="button" href="${CLIENTS}/new">${m.newClient}</a></p>
${clients.length === 0 ? html`<p>${m.none}</p>` : html`<table><thead><tr><th scope="col">${m.name}</th><th scope="col">${m.keyPrefix}</th><th scope="col">${m.editions}</th><th scope="col">${m.rubrics}</th><th scope="col">${m.embargo}</th><th scope="col">${m.webhook}</th><th scope="col">${m.lastUsed} (UTC)</th><th scope="col">${m.status}</th></tr></thead>
<tbody>${rows}</tbody></table>`}`;
}

function problemOf(m: WireClientMessages, f: ClientForm, name: string): string | undefined {
  const code = f.problems[name];
  return code ? m.problems[code] : undefined;
}

function invalidAttrs(id: string, problem: string | undefined, hint: boolean): SafeHtml {
  const ids = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${problem ? html` aria-invalid="true"` : ''}`;
}

function checkboxes(name: string, legend: string, choices: Choice[], checked: string[], problem: string | undefined, hint?: string): SafeHtml {
  const id = `f-${name}`;
  return html`<fieldset id="${id}"${invalidAttrs(id, problem, Boolean(hint))}><legend>${legend}</legend>
${choices.map((c, i) => html`<label for="${id}-${i}"><input type="checkbox" id="${id}-${i}" name="${name}" value="${c.value}"${checked.includes(c.value) ? html` checked` : ''}> ${c.label}</label>`)}
${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ''}${problem ? html`<span class="field-error" id="${id}-error">${problem}</span>` : ''}</fieldset>`;
}

function summary(ctx: NewsroomContext, m: WireClientMessages, f: ClientForm): SafeHtml {
  const labels: Record<string, string> = { name: m.name, editions: m.editions, rubrics: m.rubrics, webhookUrl: m.webhookUrl };
  const entries = Object.entries(f.problems);
  if (!entries.length) return html``;
  return html`<div class="error" role="alert"><p>${ctx.t.invalid}</p><ul>${entries.map(([name, code]) => html`<li><a href="#f-${name}">${labels[name] ?? name}</a>: ${m.problems[code]}</li>`)}</ul></div>`;
}

function clientFields(m: WireClientMessages, f: ClientForm, choices: Choices): SafeHtml {
  const nameProblem = problemOf(m, f, 'name');
  const urlProblem = problemOf(m, f, 'webhookUrl');
  return html`<p class="field${nameProblem ? ' invalid' : ''}"><label for="f-name">${m.name}</label><input id="f-name" name="name" type="text" required maxlength="120" autocomplete="off" value="${f.name}"${invalidAttrs('f-name', nameProblem, false)}>${nameProblem ? html`<span class="field-error" id="f-name-error">${nameProblem}</span>` : ''}</p>
${checkboxes('editions', m.editions, choices.editions, f.editions, problemOf(m, f, 'editions'))}
${checkboxes('rubrics', m.rubrics, choices.rubrics, f.rubricIds, problemOf(m, f, 'rubrics'), m.rubricsHint)}
<p class="field"><label for="f-embargo"><input type="checkbox" id="f-embargo" name="embargoAccess" value="1" aria-describedby="f-embargo-hint"${f.embargoAccess ? html` checked` : ''}> ${m.embargoAccess}</label><span class="hint" id="f-embargo-hint">${m.embargoHint}</span></p>
<p class="field${urlProblem ? ' invalid' : ''}"><label for="f-webhookUrl">${m.webhookUrl}</label><input id="f-webhookUrl" name="webhookUrl" type="url" maxlength="500" autocomplete="off" spellcheck="false" class="code" value="${f.webhookUrl}"${invalidAttrs('f-webhookUrl', urlProblem, true)}><span class="hint" id="f-webhookUrl-hint">${m.webhookHint}</span>${urlProblem ? html`<span class="field-error" id="f-webhookUrl-error">${urlProblem}</span>` : ''}</p>`;
}

export function newClientBody(ctx: NewsroomContext, m: WireClientMessages, f: ClientForm, choices: Choices): SafeHtml {
  return html`<h1>${m.newClient}</h1>
<p><a href="${CLIENTS}">${m.back}</a></p>
${summary(ctx, m, f)}
<form method="post" action="${CLIENTS}" novalidate>${csrfField(ctx)}
${clientFields(m, f, choices)}
<p><button type="submit">${m.create}</button></p>
</form>`;
}

function actionForm(ctx: NewsroomContext, action: string, label: string, hint: string, o: { danger?: boolean; method?: 'get' } = {}): SafeHtml {
  const id = `hint-${action}`;
  return html`<form method="${o.method ?? 'post'}" action="${action}">${o.method === 'get' ? '' : csrfField(ctx)}<p><button type="submit" class="${o.danger ? 'danger' : 'secondary'}" aria-describedby="${id}">${label}</button> <span class="hint" id="${id}">${hint}</span></p></form>`;
}

export function clientBody(ctx: NewsroomContext, m: WireClientMessages, c: WireClientDetails, f: ClientForm, choices: Choices): SafeHtml {
  const base = `${CLIENTS}/${c.id}`;
  return html`<h1>${c.name}</h1>
<p><a href="${CLIENTS}">${m.back}</a></p>
<p>${m.keyPrefix}: <code>${c.keyPrefix}…</code> · ${m.lastUsed}: ${c.lastUsedAt === null ? m.never : `${utc(c.lastUsedAt)} UTC`} · ${m.status}: ${c.disabled ? html`<span class="status status-withdrawn">${m.disabled}</span>` : m.active}</p>
${summary(ctx, m, f)}
<section aria-labelledby="settings-heading"><h2 id="settings-heading">${m.settings}</h2>
<form method="post" action="${base}" novalidate>${csrfField(ctx)}
${clientFields(m, f, choices)}
<p><button type="submit">${m.save}</button></p>
</form></section>
<section aria-labelledby="key-heading"><h2 id="key-heading">${m.keyTitle}</h2>
${actionForm(ctx, `${base}/rotate-key`, m.rotateKey, m.rotateKeyHint)}
${c.webhookUrl ? actionForm(ctx, `${base}/rotate-secret`, m.rotateSecret, m.rotateSecretHint) : ''}
${actionForm(ctx, `${base}/${c.disabled ? 'enable' : 'disable'}`, c.disabled ? m.enable : m.disable, m.disableHint, { danger: !c.disabled })}
</section>
<section class="danger-zone" aria-labelledby="delete-heading"><h2 id="delete-heading">${m.delete}</h2>
${actionForm(ctx, `${base}/delete`, m.delete, m.deleteHint, { danger: true, method: 'get' })}
</section>`;
}

/** The key or secret, this once; the page is sent with no-store like every newsroom page. */
export function shownOnceBody(ctx: NewsroomContext, m: WireClientMessages, c: { id: number; name: string }, o: { key?: string; secret?: string; feedUrl: string }): SafeHtml {
  return html`<h1>${c.name}</h1>
${o.key ? html`<section aria-labelledby="new-key"><h2 id="new-key">${m.keyTitle}</h2>
<p class="conflict" role="alert">${m.keyShownOnce}</p>
<p><label for="the-key">${m.keyTitle}</label><input id="the-key" type="text" readonly class="code" value="${o.key}" data-secret="key"></p>
<p class="hint">${m.usage} <code>${o.feedUrl}</code></p></section>` : ''}
${o.secret ? html`<section aria-labelledby="new-secret"><h2 id="new-secret">${m.secretTitle}</h2>
<p class="conflict" role="alert">${m.secretShownOnce}</p>
<p><label for="the-secret">${m.secretTitle}</label><input id="the-secret" type="text" readonly class="code" value="${o.secret}" data-secret="webhook"></p></section>` : ''}
<p><a class="button" href="${CLIENTS}/${c.id}">${m.done}</a></p>`;
}

export function confirmDeleteBody(ctx: NewsroomContext, m: WireClientMessages, c: WireClientDetails): SafeHtml {
  return html`<h1>${m.confirmDelete}</h1>
<p><strong>${c.name}</strong> (<code>${c.keyPrefix}…</code>)</p>
<p>${m.confirmDeleteHint}</p>
<form method="post" action="${CLIENTS}/${c.id}/delete">${csrfField(ctx)}<p class="actions"><button type="submit" class="danger">${m.delete}</button> <a class="button secondary" href="${CLIENTS}/${c.id}">${m.back}</a></p></form>`;
}
