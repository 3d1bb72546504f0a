// Reads a form into a plain object (the autosave body and the local copy) and writes one back.

export type FieldValues = Record<string, string | string[]>;

/** Like a normal submission: repeated names become arrays, unchecked boxes are absent, files are left out. */
export function readFields(form: HTMLFormElement, skip: ReadonlySet<string> = new Set()): FieldValues {
  const fields: FieldValues = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || skip.has(name)) continue;
    const previous = fields[name];
    if (previous === undefined) fields[name] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else fields[name] = [previous, value];
  }
  return fields;
}

function valuesOf(fields: FieldValues, name: string): string[] {
  const value = fields[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isControl(element: Element): element is Control {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

/** Puts saved values back into every named control except files, buttons and the `skip` names. */
export function writeFields(form: HTMLFormElement, fields: FieldValues, skip: ReadonlySet<string> = new Set()): void {
  const seen = new Map<string, number>();
  for (const element of Array.from(form.elements)) {
    if (!isControl(element) || !element.name || skip.has(element.name)) continue;
    const values = valuesOf(fields, element.name);
    if (element instanceof HTMLSelectElement) {
      for (const option of Array.from(element.options)) option.selected = values.includes(option.value);
      continue;
    }
    if (element instanceof HTMLInputElement) {
      if (['file', 'submit', 'button', 'reset', 'image'].includes(element.type)) continue;
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = values.includes(element.value);
        continue;
      }
    }
    // The n-th control of a repeated name takes the n-th value, as the submission listed them.
    const index = seen.get(element.name) ?? 0;
    seen.set(element.name, index + 1);
    element.value = values[index] ?? '';
  }
}

/** Whether two snapshots hold the same values, ignoring the `skip` names. */
export function sameFields(a: FieldValues, b: FieldValues, skip: ReadonlySet<string> = new Set()): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const name of names) {
    if (skip.has(name)) continue;
    if (valuesOf(a, name).join('\u0000') !== valuesOf(b, name).join('\u0000')) return false;
  }
  return true;
}
