// Newsroom views of articles: dashboard, filtered list, the editor with its side panel, conflict and revisions.
import { html, type SafeHtml } from '../../site/html.ts';
import type { Edition, Term } from '../../domain/model.ts';
import { actionsFrom } from '../../domain/workflow.ts';
import type { EditableArticle } from '../../services/article-service.ts';
import type { DiffPart, RevisionInfo, SnapshotDiff } from '../../services/revision-service.ts';
import type { NewsroomMessages } from '../i18n.ts';
import type { NewsroomContext } from '../guard.ts';
import { csrfField } from './layout.ts';
import { editorMessageAttributes } from '../editor-i18n.ts';

export interface ArticleRow {
  id: number;
  edition: string;
  headline: string;
  status: string;
  updatedAt: number;
  publishedAt: number | null;
  scheduledAt: number | null;
  authorName: string;
}

export function when(ms: number | null): string {
  if (ms === null) return '';
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function statusLabel(t: NewsroomMessages, status: string): string {
  return ({ draft: t.draft, review: t.review, scheduled: t.scheduled, published: t.published, withdrawn: t.withdrawn } as Record<string, string>)[status] ?? status;
}

export function articleTable(ctx: NewsroomContext, rows: ArticleRow[]): SafeHtml {
  const { t } = ctx;
  if (!rows.length) return html`<p>${t.none}</p>`;
  return html`<table><thead><tr><th scope="col">${t.headline}</th><th scope="col">${t.edition}</th><th scope="col">${t.status}</th><th scope="col">${t.author}</th><th scope="col">${t.updatedAt}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td><a href="/newsroom/articles/${r.id}">${r.headline || `#${r.id}`}</a></td><td>${r.edition}</td><td><span class="status status-${r.status}">${statusLabel(t, r.status)}</span>${r.status === 'scheduled' ? html` ${when(r.scheduledAt)}` : ''}</td><td>${r.authorName}</td><td>${when(r.updatedAt)}</td></tr>`)}</tbody></table>`;
}

export interface DashboardData {
  mine: ArticleRow[];
  review: ArticleRow[];
  scheduled: ArticleRow[];
  published: ArticleRow[];
  /** Per edition and status; for 'published', those published in the last 24 hours. */
  counts: { edition: string; status: string; n: number }[];
  editions: Edition[];
}

export function dashboardBody(ctx: NewsroomContext, d: DashboardData): SafeHtml {
  const { t } = ctx;
  const statuses = ['draft', 'review', 'scheduled', 'published'];
  const count = (edition: string, status: string) => d.counts.find((c) => c.edition === edition && c.status === status)?.n ?? 0;
  return html`<h1>${t.dashboard}</h1>
<p class="actions">${ctx.can('article:write') ? d.editions.map((e) => html`<a class="button" href="/newsroom/articles/new?edition=${e.code}">${t.newArticle} (${e.name})</a>`) : ''}</p>
<div class="dashboard">
<section aria-labelledby="d-mine"><h2 id="d-mine">${t.myDrafts} <span class="count">${d.mine.length}</span></h2>${articleTable(ctx, d.mine)}</section>
<section aria-labelledby="d-review"><h2 id="d-review">${t.inReview} <span class="count">${d.review.length}</span></h2>${articleTable(ctx, d.review)}</section>
<section aria-labelledby="d-scheduled"><h2 id="d-scheduled">${t.scheduled} <span class="count">${d.scheduled.length}</span></h2>${articleTable(ctx, d.scheduled)}</section>
<section aria-labelledby="d-published"><h2 id="d-published">${t.recentlyPublished}</h2>${articleTable(ctx, d.published)}</section>
<section aria-labelledby="d-editions"><h2 id="d-editions">${t.perEdition}</h2>
<table><thead><tr><th scope="col">${t.edition}</th>${statuses.map((s) => html`<th scope="col">${s === 'published' ? t.publishedLastDay : statusLabel(t, s)}</th>`)}</tr></thead>
<tbody>${d.editions.map((e) => html`<tr><th scope="row">${e.name}</th>${statuses.map((s) => html`<td><a href="/newsroom/articles?edition=${e.code}&amp;status=${s}">${count(e.code, s)}</a></td>`)}</tr>`)}</tbody></table></section>
</div>`;
}

export interface ListFilters {
  edition: string;
  rubric: string;
  status: string;
  author: string;
  from: string;
  to: string;
  q: string;
}

export function articleListBody(ctx: NewsroomContext, f: ListFilters, rows: ArticleRow[], opts: { editions: Edition[]; rubrics: Term[]; authors: { id: number; name: string }[]; newer: string | null; older: string | null }): SafeHtml {
  const { t } = ctx;
  const option = (value: string, label: string, selected: string) => html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;
  return html`<h1>${t.articles}</h1>
<form method="get" action="/newsroom/articles" class="filters">
<p><label for="f-edition">${t.edition}</label><select id="f-edition" name="edition">${option('', t.all, f.edition)}${opts.editions.map((e) => option(e.code, e.name, f.edition))}</select></p>
<p><label for="f-rubric">${t.rubric}</label><select id="f-rubric" name="rubric">${option('', t.all, f.rubric)}${opts.rubrics.map((r) => option(String(r.id), r.name, f.rubric))}</select></p>
<p><label for="f-status">${t.status}</label><select id="f-status" name="status">${option('', t.all, f.status)}${['draft', 'review', 'scheduled', 'published', 'withdrawn'].map((s) => option(s, statusLabel(t, s), f.status))}</select></p>
<p><label for="f-author">${t.author}</label><select id="f-author" name="author">${option('', t.all, f.author)}${opts.authors.map((a) => option(String(a.id), a.name, f.author))}</select></p>
<p><label for="f-from">${t.from}</label><input id="f-from" type="date" name="from" value="${f.from}"></p>
<p><label for="f-to">${t.to}</label><input id="f-to" type="date" name="to" value="${f.to}"></p>
<p><label for="f-q">${t.text}</label><input id="f-q" type="search" name="q" value="${f.q}"></p>
<p><button type="submit">${t.filter}</button></p>
</form>
${articleTable(ctx, rows)}
<nav class="actions" aria-label="${t.articles}">${opts.newer ? html`<a rel="prev" href="${opts.newer}">${t.newer}</a>` : ''}${opts.older ? html`<a rel="next" href="${opts.older}">${t.older}</a>` : ''}</nav>`;
}

export interface EditorData {
  article: EditableArticle;
  editions: Edition[];
  rubrics: Term[];
  tagSuggestions: string[];
  translations: { edition: string; id: number; status: string }[];
  image: { id: number; url: string; alt: string; caption: string; credit: string; width: number; height: number } | null;
  errors: Record<string, string>;
  conflict?: { current: EditableArticle; updatedByName: string; diff: SnapshotDiff };
  readerUrl: string | null;
  editable: boolean;
}

function fieldError(errors: Record<string, string>, name: string): SafeHtml {
  return errors[name] ? html`<span class="field-error" id="err-${name}">${errors[name]}</span>` : html``;
}

export function diffView(parts: DiffPart[]): SafeHtml {
  return html`<div class="diff">${parts.map((p) => (p.added ? html`<ins>${p.value}</ins>` : p.removed ? html`<del>${p.value}</del>` : p.value))}</div>`;
}

function localInput(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString().slice(0, 16);
}

export function editorBody(ctx: NewsroomContext, d: EditorData): SafeHtml {
  const { t } = ctx;
  const a = d.article;
  const edition = d.editions.find((e) => e.code === a.edition);
  const disabled = d.editable ? '' : html` disabled`;
  const actions = actionsFrom(a.status).filter((action) => (action === 'submit' ? d.editable : ctx.can('article:publish')));
  return html`<h1>${a.headline || t.newArticle} <span class="status status-${a.status}">${statusLabel(t, a.status)}</span></h1>
<p class="hint">${edition?.name ?? a.edition} · ${t.version} ${a.version} · ${t.updatedAt} ${when(a.updatedAt)}${d.readerUrl ? html` · <a href="${d.readerUrl}">${t.readerPage}</a>` : ''} · <a href="/newsroom/articles/${a.id}/preview">${t.preview}</a> · <a href="/newsroom/articles/${a.id}/revisions">${t.revisions}</a></p>
${d.conflict ? html`<section class="conflict" role="alert" aria-labelledby="conflict-title"><h2 id="conflict-title">${t.conflictTitle}${d.conflict.updatedByName ? ` (${d.conflict.updatedByName})` : ''}</h2><p>${t.conflictText}</p>
<h3>${t.headline}</h3>${diffView(d.conflict.diff.headline)}<h3>${t.lead}</h3>${diffView(d.conflict.diff.lead)}<h3>${t.body}</h3>${diffView(d.conflict.diff.body)}</section>` : ''}
${Object.keys(d.errors).length ? html`<p class="error" role="alert">${t.invalid}</p>` : ''}
<div class="editor-layout">
<form id="article-form" method="post" action="/newsroom/articles/${a.id}" data-autosave-url="/newsroom/articles/${a.id}/autosave" data-presence-url="/newsroom/articles/${a.id}/presence" data-autosave-interval="5000"
 data-msg-saved="${t.autosaveSaved}" data-msg-conflict="${t.autosaveConflict}" data-msg-retry="${t.autosaveRetry}" data-msg-restore="${t.restoreLocal}"${editorMessageAttributes(ctx.session.user.locale)}>
${csrfField(ctx)}
<input type="hidden" name="version" value="${d.conflict ? d.conflict.current.version : a.version}">
<p data-autosave-status aria-live="polite" class="hint"></p>
<p data-presence data-presence-label="${t.alsoOpenBy}" aria-live="polite" class="hint"></p>
<p><label for="headline">${t.headline}</label><input id="headline" name="headline" type="text" maxlength="300" required value="${a.headline}"${disabled}${d.errors.headline ? html` aria-invalid="true" aria-describedby="err-headline"` : ''}>${fieldError(d.errors, 'headline')}</p>
<p><label for="lead">${t.lead}</label><textarea id="lead" name="lead" rows="3" maxlength="1000" style="min-height:4rem"${disabled}>${a.lead}</textarea>${fieldError(d.errors, 'lead')}</p>
<p><label for="place">${t.place}</label><input id="place" name="place" type="text" maxlength="100" value="${a.place}"${disabled}>${fieldError(d.errors, 'place')}</p>
<p><label for="body" id="body-label">${t.body}</label><textarea id="body" name="body" rows="18" data-rich-text aria-labelledby="body-label"${disabled}>${a.body}</textarea>${fieldError(d.errors, 'body')}</p>
<p><label for="rubric">${t.rubric}</label><select id="rubric" name="rubric"${disabled}><option value="">${t.none}</option>${d.rubrics.map((r) => html`<option value="${r.id}"${r.id === a.rubricId ? html` selected` : ''}>${r.name}</option>`)}</select>${fieldError(d.errors, 'rubric')}</p>
<p><label for="tags">${t.tags} <span class="hint">(${t.tagsHint})</span></label><input id="tags" name="tags" type="text" list="tag-suggestions" value="${a.tags.join(', ')}"${disabled}><datalist id="tag-suggestions">${d.tagSuggestions.map((s) => html`<option value="${s}"></option>`)}</datalist>${fieldError(d.errors, 'tags')}</p>
<p><label for="urgency">${t.urgency} <span class="hint">(${t.urgencyHint})</span></label><input id="urgency" name="urgency" type="number" min="1" max="9" value="${a.urgency}"${disabled}>${fieldError(d.errors, 'urgency')}</p>
<fieldset><legend>${t.leadImage}</legend>
<input type="hidden" name="lead_media_id" value="${a.leadMediaId ?? ''}">
<div data-upload data-upload-url="/newsroom/media">
<div data-upload-preview>${d.image ? html`<img src="${d.image.url}" width="${d.image.width}" height="${d.image.height}" alt="${d.image.alt}" style="max-width:100%;height:auto">` : ''}</div>
<p><label for="file">${t.upload}</label><input id="file" type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" form="upload-form"${disabled}></p>
</div>
<p><label for="lead_media_alt">${t.altText}</label><input id="lead_media_alt" name="lead_media_alt" type="text" maxlength="300" value="${d.image?.alt ?? ''}"${disabled}>${fieldError(d.errors, 'lead_media_alt')}</p>
<p><label for="lead_media_caption">${t.caption}</label><input id="lead_media_caption" name="lead_media_caption" type="text" maxlength="500" value="${d.image?.caption ?? ''}"${disabled}></p>
<p><label for="lead_media_credit">${t.credit}</label><input id="lead_media_credit" name="lead_media_credit" type="text" maxlength="200" value="${d.image?.credit ?? ''}"${disabled}></p>
</fieldset>
${a.status === 'published' ? html`<p><label for="correction_note">${t.correctionNote} <span class="hint">(${t.correction})</span></label><input id="correction_note" name="correction_note" type="text" maxlength="500" value=""${disabled}></p>` : ''}
${d.editable ? html`<p><button type="submit">${t.save}</button></p>` : ''}
</form>
<aside class="side-panel">
${actions.length ? html`<section aria-labelledby="workflow-h"><h2 id="workflow-h">${t.status}: ${statusLabel(t, a.status)}</h2>
${actions.map((action) => html`<form method="post" action="/newsroom/articles/${a.id}/action">${csrfField(ctx)}<input type="hidden" name="action" value="${action}"><input type="hidden" name="version" value="${a.version}">
${action === 'schedule' ? html`<p><label for="scheduled_at">${t.scheduleAt} (UTC)</label><input id="scheduled_at" name="scheduled_at" type="datetime-local" required value="${localInput(a.scheduledAt)}">${fieldError(d.errors, 'scheduled_at')}</p>` : ''}
${action === 'publish' || action === 'schedule' ? html`<p><label for="embargo-${action}">${t.embargoUntil} (UTC)</label><input id="embargo-${action}" name="embargo_until" type="datetime-local" value="${localInput(a.embargoUntil)}">${fieldError(d.errors, 'embargo_until')}</p>` : ''}
<p><button type="submit"${action === 'withdraw' ? html` class="danger"` : ''}>${t[action]}</button></p></form>`)}</section>` : ''}
<section aria-labelledby="translations-h"><h2 id="translations-h">${t.translations}</h2><ul>${d.editions.filter((e) => e.code !== a.edition).map((e) => {
    const tr = d.translations.find((x) => x.edition === e.code);
    return html`<li>${e.name}: ${tr ? html`<a href="/newsroom/articles/${tr.id}">${statusLabel(t, tr.status)}</a>` : html`${t.noTranslation}${ctx.can('article:write') ? html` <form method="post" action="/newsroom/articles/${a.id}/translate" style="display:inline">${csrfField(ctx)}<input type="hidden" name="edition" value="${e.code}"><button type="submit" class="secondary">${t.translate} ${e.name}</button></form>` : ''}`}</li>`;
  })}</ul></section>
</aside>
</div>
<form id="upload-form" method="post" action="/newsroom/media" enctype="multipart/form-data">${csrfField(ctx)}<input type="hidden" name="article_id" value="${a.id}"><noscript><p><button type="submit" class="secondary">${t.upload}</button></p></noscript></form>`;
}

export function revisionsBody(ctx: NewsroomContext, a: EditableArticle, revisions: RevisionInfo[], diff?: { a: number; b: number; diff: SnapshotDiff }): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t.revisions}: ${a.headline}</h1>
<p><a href="/newsroom/articles/${a.id}">← ${t.open}</a></p>
${diff ? html`<section aria-labelledby="diff-h"><h2 id="diff-h">${t.compare} #${diff.a} → #${diff.b}</h2>
<h3>${t.headline}</h3>${diffView(diff.diff.headline)}<h3>${t.lead}</h3>${diffView(diff.diff.lead)}<h3>${t.place}</h3>${diffView(diff.diff.place)}<h3>${t.body}</h3>${diffView(diff.diff.body)}<h3>${t.tags}</h3>${diffView(diff.diff.tags)}</section>` : ''}
<form method="get" action="/newsroom/articles/${a.id}/revisions">
<table><thead><tr><th scope="col">A</th><th scope="col">B</th><th scope="col">${t.version}</th><th scope="col">${t.kind}</th><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col"></th></tr></thead>
<tbody>${revisions.map((r, i) => html`<tr><td><input type="radio" name="a" value="${r.id}" aria-label="A #${r.id}"${i === 1 ? html` checked` : ''}></td><td><input type="radio" name="b" value="${r.id}" aria-label="B #${r.id}"${i === 0 ? html` checked` : ''}></td><td>${r.version}</td><td>${r.kind}</td><td>${when(r.createdAt)}</td><td>${r.userName}</td>
<td>${i > 0 ? html`<button type="submit" form="restore-${r.id}" class="secondary">${t.restore}</button>` : ''}</td></tr>`)}</tbody></table>
<p><button type="submit">${t.compare}</button></p></form>
${revisions.slice(1).map((r) => html`<form id="restore-${r.id}" method="post" action="/newsroom/articles/${a.id}/revisions/${r.id}/restore">${csrfField(ctx)}<input type="hidden" name="version" value="${a.version}"></form>`)}`;
}
