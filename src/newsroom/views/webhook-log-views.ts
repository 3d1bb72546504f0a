// The webhook delivery log page: filters by client and status, deliveries newest first with their recent attempts,
// "retry now", test pings.
import { html, type SafeHtml } from '../../site/html.ts';
import type { AttemptLogRow } from '../../webhooks/webhook-attempts.ts';
import type { DeliveryLogRow } from '../../webhooks/webhook-log.ts';
import { DELIVERY_STATUSES } from '../../webhooks/webhook-log.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import type { WebhookMessages } from '../webhook-i18n.ts';
import { csrfField } from './layout.ts';
import { pager, utc } from './manage-views.ts';

export interface WebhookLogView {
  rows: DeliveryLogRow[];
  /** The latest attempts of each delivery on the page, newest first. */
  attempts: Map<number, AttemptLogRow[]>;
  /** Every client, by id, for names and the filter; `hasWebhook` offers the test ping. */
  clients: { id: number; name: string; hasWebhook: boolean }[];
  client: string;
  status: string;
  page: number;
  hasNext: boolean;
}

/** The article list's status colours: delivered green, failed red, pending yellow. */
const STATUS_CLASS: Record<string, string> = { delivered: 'status-published', failed: 'status-withdrawn', pending: 'status-scheduled', dropped: '' };

function time(ms: number): SafeHtml {
  return html`<time datetime="${new Date(ms).toISOString()}">${utc(ms)}</time>`;
}

function answerOf(w: WebhookMessages, status: number | null, error: string | null): string {
  if (status !== null && !error) return `${w.httpStatus} ${status}`;
  return error || '—';
}

/** A row under its delivery's, spanning the table, folded open while the delivery is not done with. */
function attemptsRow(w: WebhookMessages, r: DeliveryLogRow, attempts: AttemptLogRow[] | undefined): SafeHtml | string {
  if (!attempts?.length) return '';
  const open = r.status === 'pending' || r.status === 'failed';
  return html`<tr class="webhook-attempts"><td colspan="10"><details${open ? html` open` : ''}><summary>${w.attemptsOf} ${r.id} (${attempts.length})</summary>
<table><caption>${w.attemptsCaption} ${r.id}</caption><thead><tr><th scope="col">${w.attemptedUtc}</th><th scope="col">${w.answer}</th><th scope="col">${w.duration}</th></tr></thead>
<tbody>${attempts.map((a) => html`<tr><td>${time(a.attemptedAt)}</td><td>${answerOf(w, a.httpStatus, a.error)}</td><td>${a.durationMs} ${w.ms}</td></tr>`)}</tbody></table></details></td></tr>`;
}

function row(ctx: NewsroomContext, w: WebhookMessages, names: Map<number, string>, r: DeliveryLogRow, attempts: AttemptLogRow[] | undefined): SafeHtml {
  const client = names.get(r.clientId) ?? `#${r.clientId} (${w.deletedClient})`;
  const article = r.headline === null
    ? html`#${r.articleId} (${w.deletedArticle})`
    : html`<a href="/newsroom/articles/${r.articleId}">${r.headline || `#${r.articleId}`}</a> <span class="hint">${r.edition}</span>`;
  const retry = r.status === 'failed' || r.status === 'pending'
    ? html`<form method="post" action="/newsroom/webhooks/${r.id}/retry">${csrfField(ctx)}<button type="submit" class="secondary" aria-label="${w.retryLabel} ${r.id}">${w.retry}</button></form>`
    : '';
  return html`<tr><td>${r.id}</td><td>${time(r.occurredAt)}</td><td>${client}</td><td>${w.events[r.event] ?? r.event}</td><td>${article}</td>
<td><span class="status ${STATUS_CLASS[r.status] ?? ''}">${w.statuses[r.status] ?? r.status}</span></td><td>${r.attempts}</td><td>${answerOf(w, r.lastStatus, r.lastError)}</td>
<td>${r.status === 'pending' ? time(r.nextAttemptAt) : r.deliveredAt !== null ? time(r.deliveredAt) : '—'}</td><td>${retry}</td></tr>
${attemptsRow(w, r, attempts)}`;
}

export function webhookLogBody(ctx: NewsroomContext, m: ManageMessages, w: WebhookMessages, v: WebhookLogView): SafeHtml {
  const names = new Map(v.clients.map((c) => [c.id, c.name]));
  const pingable = v.clients.filter((c) => c.hasWebhook);
  return html`<h1>${w.title}</h1>
<p class="hint">${w.intro}</p>
<form method="get" action="/newsroom/webhooks" class="filters">
<p><label for="webhook-client">${w.client}</label><select id="webhook-client" name="client"><option value="">${w.allClients}</option>${v.clients.map(
    (c) => html`<option value="${c.id}"${String(c.id) === v.client ? html` selected` : ''}>${c.name}</option>`,
  )}</select></p>
<p><label for="webhook-status">${w.status}</label><select id="webhook-status" name="status"><option value="">${w.allStatuses}</option>${DELIVERY_STATUSES.map(
    (s) => html`<option value="${s}"${s === v.status ? html` selected` : ''}>${w.statuses[s]}</option>`,
  )}</select></p>
<p><button type="submit">${ctx.t.filter}</button></p>
</form>
${v.rows.length ? html`<table><thead><tr><th scope="col">#</th><th scope="col">${w.occurredUtc}</th><th scope="col">${w.client}</th><th scope="col">${w.event}</th><th scope="col">${w.article}</th><th scope="col">${w.status}</th><th scope="col">${w.attempts}</th><th scope="col">${w.lastAnswer}</th><th scope="col">${w.nextAttempt}</th><th scope="col">${m.actions}</th></tr></thead>
<tbody>${v.rows.map((r) => row(ctx, w, names, r, v.attempts.get(r.id)))}</tbody></table>` : html`<p>${w.noEntries}</p>`}
${pager(ctx, m, '/newsroom/webhooks', { client: v.client, status: v.status }, v.page, v.hasNext)}
${pingable.length ? html`<section aria-labelledby="webhook-ping"><h2 id="webhook-ping">${w.ping}</h2><p class="hint">${w.pingHint}</p>
<ul class="actions">${pingable.map((c) => html`<li><form method="post" action="/newsroom/webhooks/clients/${c.id}/ping">${csrfField(ctx)}<button type="submit" class="secondary">${w.ping}: ${c.name}</button></form></li>`)}</ul></section>` : ''}`;
}
