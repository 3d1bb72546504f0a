// Views of newsroom accounts: the list, the form for a new user, and one user's role, status and password.
import { html, type SafeHtml } from '../../site/html.ts';
import { ROLES } from '../../domain/roles.ts';
import { USER_LOCALES, type ManagedUser } from '../../services/manage-user-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { csrfField } from './layout.ts';
import { problemSummary, selectField, textField, utc, type FormState } from './manage-views.ts';

const LOCALE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', ru: 'Русский' };

function roleOptions(m: ManageMessages): [string, string][] {
  return ROLES.map((r) => [r, m.roles[r]]);
}

export function userListBody(ctx: NewsroomContext, m: ManageMessages, users: ManagedUser[]): SafeHtml {
  return html`<h1>${ctx.t.users}</h1>
<p class="actions"><a class="button" href="/newsroom/users/new">${m.newUser}</a></p>
<table><thead><tr><th scope="col">${m.name}</th><th scope="col">${ctx.t.email}</th><th scope="col">${m.role}</th><th scope="col">${m.locale}</th><th scope="col">${m.accountStatus}</th><th scope="col">${m.created} (UTC)</th></tr></thead>
<tbody>${users.map((u) => html`<tr><td><a href="/newsroom/users/${u.id}">${u.name}</a>${u.id === ctx.session.user.id ? html` ${m.you}` : ''}</td><td>${u.email}</td><td>${m.roles[u.role as keyof typeof m.roles] ?? u.role}</td><td>${LOCALE_NAMES[u.locale] ?? u.locale}</td><td>${u.disabled ? html`<span class="status status-withdrawn">${m.disabled}</span>` : m.active}</td><td>${utc(u.createdAt)}</td></tr>`)}</tbody></table>`;
}

export function newUserBody(ctx: NewsroomContext, m: ManageMessages, f: FormState): SafeHtml {
  const form = html`<form method="post" action="/newsroom/users" novalidate>${csrfField(ctx)}
${textField(m, f, { name: 'email', label: ctx.t.email, type: 'email', required: true, max: 320, autocomplete: 'off' })}
${textField(m, f, { name: 'name', label: m.name, required: true, max: 120, autocomplete: 'off' })}
${selectField(m, f, { name: 'role', label: m.role, options: roleOptions(m) })}
${selectField(m, f, { name: 'locale', label: m.locale, options: USER_LOCALES.map((l) => [l, LOCALE_NAMES[l]]) })}
${textField(m, f, { name: 'password', label: m.initialPassword, type: 'password', required: true, hint: m.passwordHint, autocomplete: 'new-password' })}
<p><button type="submit">${m.create}</button></p>
</form>`;
  return html`<h1>${m.newUser}</h1>
<p><a href="/newsroom/users">${m.cancel}</a></p>
${problemSummary(ctx, m, f)}
${form}`;
}

export function userBody(ctx: NewsroomContext, m: ManageMessages, user: ManagedUser, f: FormState): SafeHtml {
  const self = user.id === ctx.session.user.id;
  const state = html`${user.disabled ? m.disabled : m.active}`;
  const disabledProblem = f.problems.disabled ? m.problems[f.problems.disabled] : '';
  (f.labels ??= new Map()).set('disabled', m.accountStatus);
  const forms = html`<section aria-labelledby="role-heading"><h2 id="role-heading">${m.changeRole}</h2>
<form method="post" action="/newsroom/users/${user.id}/role">${csrfField(ctx)}
${selectField(m, f, { name: 'role', label: m.role, options: roleOptions(m) })}
<p><button type="submit">${m.changeRole}</button></p></form></section>
<section aria-labelledby="status-heading"><h2 id="status-heading">${m.accountStatus}</h2>
<p class="hint" id="status-hint">${m.disableHint}</p>
${disabledProblem ? html`<p class="field-error" id="f-disabled">${disabledProblem}</p>` : ''}
<form method="post" action="/newsroom/users/${user.id}/${user.disabled ? 'enable' : 'disable'}">${csrfField(ctx)}
<button type="submit" class="${user.disabled ? 'secondary' : 'danger'}" aria-describedby="status-hint">${user.disabled ? m.enable : m.disable}</button></form></section>
<section aria-labelledby="password-heading"><h2 id="password-heading">${m.resetPassword}</h2>
<form method="post" action="/newsroom/users/${user.id}/password" novalidate>${csrfField(ctx)}
${textField(m, f, { name: 'password', label: ctx.t.newPassword, type: 'password', required: true, hint: `${m.passwordHint} ${m.resetPasswordHint}`, autocomplete: 'new-password' })}
<p><button type="submit">${m.resetPassword}</button></p></form></section>`;
  return html`<h1>${user.name}${self ? html` ${m.you}` : ''}</h1>
<p><a href="/newsroom/users">${m.cancel}</a></p>
<p>${user.email} · ${m.roles[user.role as keyof typeof m.roles] ?? user.role} · ${m.accountStatus}: ${state}</p>
${problemSummary(ctx, m, f)}
${forms}`;
}
