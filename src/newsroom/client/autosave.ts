// Saves the form in the background while it has unsaved changes, and stops, saying so, when
// someone else saved first: the server's normal submit then offers the resolution.
import { readFields } from './form-fields.ts';
import type { Messages } from './messages.ts';

export interface AutosaveOptions {
  form: HTMLFormElement;
  url: string;
  intervalMs: number;
  status: HTMLElement | null;
  t: Messages;
  /** After a save the server accepted: the version the saved text was based on, and whether typing went on meanwhile. */
  onSaved?(previousVersion: string, editedSince: boolean): void;
}

export interface Autosave {
  markDirty(): void;
  isDirty(): boolean;
}

interface SavedReply {
  version: number;
  savedAt: string;
}

interface ConflictReply {
  error: 'conflict';
  current: { version: number; updatedByName: string };
}

const REQUEST_TIMEOUT_MS = 20_000;

function isSavedReply(value: unknown): value is SavedReply {
  const reply = value as Partial<SavedReply> | null;
  return typeof reply === 'object' && reply !== null && typeof reply.version === 'number' && typeof reply.savedAt === 'string';
}

function conflictName(value: unknown): string {
  const reply = value as Partial<ConflictReply> | null;
  const name = reply?.current?.updatedByName;
  return typeof name === 'string' && name.trim() ? name : '?';
}

export function formatClock(date: Date, lang: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
  try {
    return date.toLocaleTimeString(lang || undefined, options);
  } catch {
    return date.toLocaleTimeString(undefined, options);
  }
}

export function hiddenInput(form: HTMLFormElement, name: string): HTMLInputElement | null {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element : null;
}

export function csrfToken(form: HTMLFormElement): string {
  return hiddenInput(form, '_csrf')?.value ?? '';
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { form, url, status, t } = options;
  let dirty = false;
  let inFlight = false;
  let stopped = false;
  let submitting = false;

  function show(text: string, state: 'saved' | 'retrying' | 'conflict'): void {
    if (!status) return;
    status.textContent = text;
    status.dataset['state'] = state;
  }

  async function save(): Promise<void> {
    const version = hiddenInput(form, 'version');
    const basedOn = version?.value ?? '';
    const body = JSON.stringify(readFields(form));
    // Cleared before sending, so typing during the request marks the form dirty again.
    dirty = false;
    inFlight = true;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken(form) },
        body,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const reply: unknown = await response.json().catch(() => null);
      if (response.status === 409) {
        stopped = true;
        dirty = true;
        show(t('msgConflict', '{name} saved a newer version while you were writing. Autosave has stopped and your text is still here: save the form to compare the two versions.', { name: conflictName(reply) }), 'conflict');
        return;
      }
      if (response.status !== 200 || !isSavedReply(reply)) throw new Error(`autosave answered ${response.status}`);
      if (version) version.value = String(reply.version);
      const savedAt = new Date(reply.savedAt);
      const clock = formatClock(Number.isNaN(savedAt.getTime()) ? new Date() : savedAt, document.documentElement.lang);
      show(t('msgSaved', 'Saved at {time}', { time: clock }), 'saved');
      options.onSaved?.(basedOn, dirty);
    } catch {
      // Network errors, time-outs and server errors alike: keep the text dirty and try again next tick.
      dirty = true;
      show(t('msgRetry', 'Not saved — retrying'), 'retrying');
    } finally {
      inFlight = false;
    }
  }

  const timer = window.setInterval(() => {
    if (stopped) window.clearInterval(timer);
    else if (dirty && !inFlight) void save();
  }, options.intervalMs);

  // On window, so it runs after the page's own submit handlers and sees whether one cancelled it.
  window.addEventListener('submit', (event) => {
    if (event.target === form) submitting = !event.defaultPrevented;
  });
  window.addEventListener('beforeunload', (event) => {
    if (submitting || (!dirty && !inFlight)) return;
    event.preventDefault();
    // Older browsers still need returnValue set to show the warning.
    event.returnValue = '';
  });

  return {
    markDirty: () => {
      dirty = true;
    },
    isDirty: () => dirty || inFlight,
  };
}
