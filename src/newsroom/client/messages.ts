// The words the editor shows come from data-msg-* attributes that the server renders in the
// editor's language; the English fallbacks only cover a page that forgot one.

export type Messages = (key: string, fallback: string, values?: Readonly<Record<string, string>>) => string;

/** Looks a message up on each source in turn (nearest first), then fills `{placeholders}`. */
export function messagesFrom(...sources: ReadonlyArray<HTMLElement | null | undefined>): Messages {
  return (key, fallback, values = {}) => {
    let text = fallback;
    for (const source of sources) {
      const found = source?.dataset[key];
      if (found) {
        text = found;
        break;
      }
    }
    return fillMessage(text, values);
  };
}

/** `{name}` is replaced; a value whose placeholder the translation left out is appended, so it is never lost. */
export function fillMessage(text: string, values: Readonly<Record<string, string>>): string {
  let filled = text;
  for (const [name, value] of Object.entries(values)) {
    const placeholder = `{${name}}`;
    filled = filled.includes(placeholder) ? filled.split(placeholder).join(value) : `${filled} ${value}`;
  }
  return filled;
}
