// A copy of the form in localStorage, so a crash, a closed tab or a lost connection never loses
// text: keyed by the form's action and the version the text was based on, and removed once saved.
import { readFields, sameFields, type FieldValues } from './form-fields.ts';

const PREFIX = 'depesche:draft:';
const KEEP_MS = 30 * 24 * 3600 * 1000;
/** Never stored: the token changes; the version is part of the key and restored from it. */
export const NOT_STORED = new Set(['_csrf']);
/** Not compared when deciding whether a copy differs from the page. */
const NOT_COMPARED = new Set(['_csrf', 'version']);

export interface LocalDraft {
  key: string;
  version: string;
  storedAt: number;
  fields: FieldValues;
}

function openStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function parseDraft(key: string, raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof value.version !== 'string' || typeof value.storedAt !== 'number' || typeof value.fields !== 'object' || !value.fields) return null;
    return { key, version: value.version, storedAt: value.storedAt, fields: value.fields };
  } catch {
    return null;
  }
}

export interface DraftStore {
  /** Stores the form as it is now (after a short pause in typing unless `now`). */
  store(now?: boolean): void;
  /** The newest copy for this form that differs from `current`, if any. */
  findUnsaved(current: FieldValues): LocalDraft | null;
  remove(key: string): void;
  /** The server has the text that was based on `version`; `editedSince` if typing went on meanwhile. */
  saved(version: string, editedSince: boolean): void;
}

export function openDraftStore(form: HTMLFormElement, debounceMs = 400): DraftStore {
  const storage = openStorage();
  const prefix = `${PREFIX}${form.action}#`;
  let timer: number | undefined;

  function keys(): string[] {
    if (!storage) return [];
    const found: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  }

  function writeNow(): void {
    window.clearTimeout(timer);
    timer = undefined;
    if (!storage) return;
    const fields = readFields(form, NOT_STORED);
    const version = typeof fields['version'] === 'string' ? fields['version'] : '';
    const draft: Omit<LocalDraft, 'key'> = { version, storedAt: Date.now(), fields };
    try {
      storage.setItem(prefix + version, JSON.stringify(draft));
    } catch {
      // Storage full or forbidden: autosave still runs, only the offline copy is missing.
    }
  }

  function remove(key: string): void {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing to clean up then.
    }
  }

  // Copies nobody came back for in a month are dropped rather than offered forever.
  for (const key of keys()) {
    const draft = parseDraft(key, storage?.getItem(key) ?? null);
    if (!draft || Date.now() - draft.storedAt > KEEP_MS) remove(key);
  }
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) writeNow();
  });

  return {
    store(now = false) {
      if (now) return writeNow();
      window.clearTimeout(timer);
      timer = window.setTimeout(writeNow, debounceMs);
    },
    findUnsaved(current) {
      const drafts = keys()
        .map((key) => parseDraft(key, storage?.getItem(key) ?? null))
        .filter((draft): draft is LocalDraft => draft !== null && !sameFields(draft.fields, current, NOT_COMPARED))
        .sort((a, b) => b.storedAt - a.storedAt);
      return drafts[0] ?? null;
    },
    remove,
    saved(version, editedSince) {
      // Edits typed while the save was under way are stored again under the new version first.
      if (editedSince || timer !== undefined) writeNow();
      const current = hiddenVersion(form);
      if (current !== version) remove(prefix + version);
    },
  };
}

function hiddenVersion(form: HTMLFormElement): string {
  const input = form.elements.namedItem('version');
  return input instanceof HTMLInputElement ? input.value : '';
}
