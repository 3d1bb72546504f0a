// The audit log page: newest first, filtered by user and action, 50 entries a page.
import { html, type SafeHtml } from '../../site/html.ts';
import type { AuditRow } from '../../services/manage-audit-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { pager, utc } from './manage-views.ts';

export interface AuditView {
  rows: AuditRow[];
  users: { id: number; name: string; email: string }[];
  user: string;
  action: string;
  page: number;
  hasNext: boolean;
}

export function auditBody(ctx: NewsroomContext, m: ManageMessages, v: AuditView): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t.audit}</h1>
<form method="get" action="/newsroom/audit" class="filters">
<p><label for="audit-user">${m.userFilter}</label><select id="audit-user" name="user"><option value="">${t.all}</option>${v.users.map(
    (u) => html`<option value="${u.id}"${String(u.id) === v.user ? html` selected` : ''}>${u.name} (${u.email})</option>`,
  )}</select></p>
<p><label for="audit-action">${m.actionFilter}</label><input id="audit-action" name="action" type="text" maxlength="100" value="${v.action}" aria-describedby="audit-action-hint" spellcheck="false"><span class="hint" id="audit-action-hint">${m.actionHint}</span></p>
<p><button type="submit">${t.filter}</button></p>
</form>
${v.rows.length ? html`<table><thead><tr><th scope="col">${m.whenUtc}</th><th scope="col">${t.who}</th><th scope="col">${t.action}</th><th scope="col">${t.object}</th><th scope="col">${t.summary}</th><th scope="col">${m.ip}</th></tr></thead>
<tbody>${v.rows.map((r) => html`<tr><td><time datetime="${new Date(r.at).toISOString()}">${utc(r.at)}</time></td><td>${r.userId === null ? m.system : r.userName ?? `#${r.userId}`}${r.userEmail ? html`<br><span class="hint">${r.userEmail}</span>` : ''}</td><td><code>${r.action}</code></td><td>${r.objectType}${r.objectId ? ` #${r.objectId}` : ''}</td><td>${r.summary}</td><td>${r.ip}</td></tr>`)}</tbody></table>` : html`<p>${m.noEntries}</p>`}
${pager(ctx, m, '/newsroom/audit', { user: v.user, action: v.action }, v.page, v.hasNext)}`;
}
