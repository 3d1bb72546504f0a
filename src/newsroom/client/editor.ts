// The newsroom's article editor in the browser: progressive enhancement of a form that works
// without JavaScript. Built by ../client-bundle.ts (an ES module: <script type="module">, plus the
// stylesheet from buildEditorStyles). The contract with the server-rendered page:
//
// form[data-autosave-url]      the article form; its `action` keys the local copy.
//   data-autosave-url          POST JSON of all fields (FormData; repeated names → arrays of strings),
//                              headers content-type: application/json, x-csrf-token: <_csrf>.
//                              200 {version: number, savedAt: ISO string} → `version` updated, "Saved at".
//                              409 {error: 'conflict', current: {version, headline, body, updatedByName}}
//                              → autosave stops, nothing is overwritten. Anything else → retried next tick.
//   data-autosave-interval     ms between saves of a changed form (default 5000).
//   data-presence-url          POST {} with x-csrf-token every data-presence-interval ms (default 10000)
//                              → 200 {others: [{name: string}]}.
//   inputs _csrf, version, lead_media_id (hidden) and lead_media_alt (text).
//   data-msg-saved "Saved at {time}", data-msg-retry, data-msg-conflict "{name} saved…",
//   data-msg-restore-notice, data-msg-restore, data-msg-discard; toolbar: data-msg-toolbar,
//   data-msg-heading2, -heading3, -bold, -italic, -quote, -bullet-list, -ordered-list, -link,
//   -unlink, -undo, -redo, -link-prompt, -link-invalid (also read from the textarea, which wins).
//   A {placeholder} missing from a translation is appended after it.
// textarea[data-rich-text]     HTML body; named by aria-labelledby or a <label for>; hidden and kept
//                              in sync with the editor (an empty editor gives '').
// [data-autosave-status]       aria-live="polite" region for save messages; gets data-state
//                              saved | retrying | conflict.
// [data-presence]              "Also open by: Anna, Igor", label from its data-presence-label.
// [data-upload]                data-upload-url, optional data-upload-max-bytes; holds
//                              input[type=file][name=file][accept], optionally [data-upload-drop] (else
//                              the whole element takes drops; .is-dragover while dragging), <progress> and
//                              an aria-live [data-upload-status] (both created if missing).
//                              POST multipart `file` with x-csrf-token → 201 {id, url, width, height}
//                              → lead_media_id = id, <img> in [data-upload-preview], focus lead_media_alt;
//                              400/413/415 {error: string} → error shown. data-msg-uploading, -uploaded,
//                              -upload-failed, -upload-type, -upload-too-large (on [data-upload] or form).
// localStorage "depesche:draft:<form action>#<version>" holds unsaved fields (without _csrf) until the
// server has them; a page loading with a copy that differs from its fields offers it back in a banner
// put first in the form. Restoring puts the copy's `version` back too, so stale text meets a 409.
import { readFields, writeFields } from './form-fields.ts';
import { messagesFrom } from './messages.ts';
import { mountRichText, type RichText } from './rich-text.ts';
import { csrfToken, startAutosave } from './autosave.ts';
import { NOT_STORED, openDraftStore } from './local-draft.ts';
import { showDraftBanner } from './draft-banner.ts';
import { startPresence } from './presence.ts';
import { mountUpload } from './upload.ts';

function intervalOf(value: string | undefined, fallback: number): number {
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 100 ? ms : fallback;
}

function offerLocalCopy(form: HTMLFormElement, richText: RichText | null, drafts: ReturnType<typeof openDraftStore>): void {
  const current = readFields(form);
  // The body compared as the editor would write it, so markup the editor merely normalizes is no change.
  if (richText) current[richText.textarea.name] = richText.html();
  const draft = drafts.findUnsaved(current);
  if (!draft) return;
  const t = messagesFrom(form);
  showDraftBanner(form, t, {
    restore: () => {
      // The copy's own version goes back too: if the server moved on since, the next save is a conflict, not an overwrite.
      writeFields(form, draft.fields, NOT_STORED);
      richText?.reload();
      form.dispatchEvent(new Event('input', { bubbles: true }));
      drafts.remove(draft.key);
      drafts.store(true);
      richText?.focus();
    },
    discard: () => {
      drafts.remove(draft.key);
      richText?.focus();
    },
  });
}

export function enhanceEditorForm(form: HTMLFormElement): void {
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea[data-rich-text]');
  const richText = textarea ? mountRichText(textarea, messagesFrom(textarea, form)) : null;
  const statusElement = form.querySelector<HTMLElement>('[data-autosave-status]') ?? document.querySelector<HTMLElement>('[data-autosave-status]');
  const drafts = openDraftStore(form);
  const autosave = form.dataset['autosaveUrl']
    ? startAutosave({
      form,
      url: form.dataset['autosaveUrl'],
      intervalMs: intervalOf(form.dataset['autosaveInterval'], 5_000),
      status: statusElement,
      t: messagesFrom(form),
      onSaved: (previousVersion, editedSince) => drafts.saved(previousVersion, editedSince),
    })
    : null;

  const onChange = (event: Event): void => {
    // Choosing a file uploads it on its own; it is not a change of the article's text.
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') return;
    autosave?.markDirty();
    drafts.store();
  };
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);
  offerLocalCopy(form, richText, drafts);

  const presenceUrl = form.dataset['presenceUrl'];
  const presenceTarget = document.querySelector<HTMLElement>('[data-presence]');
  if (presenceUrl && presenceTarget) {
    startPresence({ url: presenceUrl, intervalMs: intervalOf(form.dataset['presenceInterval'], 10_000), target: presenceTarget, csrf: () => csrfToken(form) });
  }

  for (const root of Array.from(form.querySelectorAll<HTMLElement>('[data-upload]'))) {
    mountUpload({ root, form, t: messagesFrom(root, form), csrf: () => csrfToken(form) });
  }
}

function start(): void {
  for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-autosave-url]'))) enhanceEditorForm(form);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
