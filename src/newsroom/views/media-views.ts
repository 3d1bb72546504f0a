// Newsroom views of images: the library (grid, upload form, pages) and one image's credit, captions and alt texts.
import { html, type SafeHtml } from '../../site/html.ts';
import type { Edition } from '../../domain/model.ts';
import type { MediaSummary, MediaText } from '../../db/repos/media-admin-repo.ts';
import type { NewsroomContext } from '../guard.ts';
import type { MediaMessages } from '../media-i18n.ts';
import { TEXT_LIMITS } from '../../services/media-service.ts';
import { csrfField } from './layout.ts';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** The texts of the preferred edition, else of the first edition that has any. */
export function pickText(texts: MediaText[], preferred: string): MediaText | undefined {
  return texts.find((t) => t.edition === preferred) ?? texts[0];
}

function variantNear(media: MediaSummary, width: number): number {
  return media.variants.find((w) => w >= width) ?? media.variants.at(-1) ?? media.width;
}

function thumbnail(media: MediaSummary, width: number, text: MediaText | undefined, eager = false): SafeHtml {
  const w = variantNear(media, width);
  const h = Math.round((media.height / media.width) * w);
  return html`<img src="/media/${media.id}/${w}.jpg" width="${w}" height="${h}" alt="${text?.alt ?? ''}"${text ? html` lang="${text.edition}"` : ''}${eager ? '' : html` loading="lazy"`}>`;
}

export interface LibraryData {
  items: MediaSummary[];
  page: number;
  pages: number;
  preferredEdition: string;
  uploadedId?: number;
  error?: string;
}

export function uploadForm(ctx: NewsroomContext, m: MediaMessages): SafeHtml {
  return html`<form method="post" action="/newsroom/media" enctype="multipart/form-data">${csrfField(ctx)}
<p><label for="media-file">${m.file}</label><input id="media-file" type="file" name="file" accept="${ACCEPT}" required aria-describedby="media-file-hint">
<span id="media-file-hint" class="hint">${m.uploadHint}</span></p>
<p><button type="submit">${m.uploadButton}</button></p>
</form>`;
}

function card(ctx: NewsroomContext, m: MediaMessages, media: MediaSummary, preferred: string): SafeHtml {
  const text = pickText(media.texts, preferred);
  return html`<li class="media-card">
<a href="/newsroom/media/${media.id}">${thumbnail(media, 480, text)}<span>${m.editImage} #${media.id}</span></a>
${text ? html`<p lang="${text.edition}">${text.caption || ctx.t.none}</p>` : html`<p class="hint">${m.noText}</p>`}
${text?.alt ? '' : html`<p class="field-error">${m.altMissing}</p>`}
<p class="hint">${media.credit ? html`${ctx.t.credit}: ${media.credit} · ` : ''}${media.width}×${media.height}${text ? html` · ${text.edition}` : ''}</p>
</li>`;
}

function pager(ctx: NewsroomContext, m: MediaMessages, page: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  return html`<nav aria-label="${m.page}" class="actions">
${page > 1 ? html`<a class="button secondary" href="/newsroom/media?page=${page - 1}" rel="prev">${ctx.t.previous}</a>` : ''}
<span>${m.page} ${page} ${m.of} ${pages}</span>
${page < pages ? html`<a class="button secondary" href="/newsroom/media?page=${page + 1}" rel="next">${ctx.t.next}</a>` : ''}
</nav>`;
}

export function libraryBody(ctx: NewsroomContext, m: MediaMessages, d: LibraryData): SafeHtml {
  return html`<h1>${m.library}</h1>
${d.uploadedId ? html`<p class="flash" role="status">${m.uploadedFlash} <a href="/newsroom/media/${d.uploadedId}">${m.editImage} #${d.uploadedId}</a></p>` : ''}
<section aria-labelledby="upload-heading"><h2 id="upload-heading">${m.uploadTitle}</h2>
${d.error ? html`<p class="error" role="alert">${d.error}</p>` : ''}
${uploadForm(ctx, m)}</section>
${d.items.length
    ? html`<ul class="media-grid">${d.items.map((item) => card(ctx, m, item, d.preferredEdition))}</ul>`
    : html`<p>${m.noMedia}</p>`}
${pager(ctx, m, d.page, d.pages)}`;
}

export interface EditData {
  media: MediaSummary;
  editions: Edition[];
  editable: boolean;
  preferredEdition: string;
  saved?: boolean;
  /** Values as submitted, when the form comes back with errors. */
  values?: { credit: string; texts: MediaText[] };
  errors?: Record<string, string>;
}

function fieldError(ctx: NewsroomContext, errors: Record<string, string> | undefined, name: string): SafeHtml {
  const problem = errors?.[name];
  if (!problem) return html``;
  return html` <span class="field-error" id="${name}-error">${problem === 'tooLong' ? ctx.t.tooLong : ctx.t.invalid}</span>`;
}

function textInput(ctx: NewsroomContext, o: { name: string; label: string; value: string; max: number; readonly: boolean; lang?: string; errors?: Record<string, string> }): SafeHtml {
  const invalid = !!o.errors?.[o.name];
  return html`<p><label for="${o.name}">${o.label}</label><input id="${o.name}" name="${o.name}" type="text" maxlength="${o.max}" value="${o.value}"${o.lang ? html` lang="${o.lang}"` : ''}${o.readonly ? html` readonly` : ''}${invalid ? html` aria-invalid="true" aria-describedby="${o.name}-error"` : ''}>${fieldError(ctx, o.errors, o.name)}</p>`;
}

export function editBody(ctx: NewsroomContext, m: MediaMessages, d: EditData): SafeHtml {
  const { t } = ctx;
  const { media } = d;
  const credit = d.values?.credit ?? media.credit;
  const textOf = (edition: string) => (d.values?.texts ?? media.texts).find((x) => x.edition === edition);
  const readonly = !d.editable;
  return html`<h1>${m.editTitle} #${media.id}</h1>
<p><a href="/newsroom/media">${m.library}</a></p>
${d.saved ? html`<p class="flash" role="status">${m.savedFlash}</p>` : ''}
${d.errors ? html`<p class="error" role="alert">${t.invalid}</p>` : ''}
<div class="editor-layout">
<form method="post" action="/newsroom/media/${media.id}">${csrfField(ctx)}
${readonly ? html`<p class="hint">${m.readOnly}</p>` : ''}
${textInput(ctx, { name: 'credit', label: t.credit, value: credit, max: TEXT_LIMITS.credit, readonly, errors: d.errors })}
${d.editions.map((e) => html`<fieldset><legend>${e.name} (${e.code})</legend>
${textInput(ctx, { name: `caption_${e.code}`, label: t.caption, value: textOf(e.code)?.caption ?? '', max: TEXT_LIMITS.caption, readonly, lang: e.code, errors: d.errors })}
${textInput(ctx, { name: `alt_${e.code}`, label: t.altText, value: textOf(e.code)?.alt ?? '', max: TEXT_LIMITS.alt, readonly, lang: e.code, errors: d.errors })}
</fieldset>`)}
${d.editable ? html`<p><button type="submit">${t.save}</button></p>` : ''}
</form>
<aside class="side-panel"><section>
${thumbnail(media, 800, pickText(media.texts, d.preferredEdition), true)}
<dl>
<dt>${m.original}</dt><dd>${media.width}×${media.height}</dd>
<dt>${m.variants}</dt><dd>${media.variants.map((w, i) => html`${i ? ', ' : ''}<a href="/media/${media.id}/${w}.jpg">${w}</a>`)}</dd>
<dt>${m.uploadedBy}</dt><dd>${media.uploaderName ?? m.unknownUploader}</dd>
<dt>${t.created}</dt><dd>${new Date(media.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC</dd>
</dl>
</section></aside>
</div>`;
}
