// XML templates that escape every interpolated value unless it is marked rawXml(), for feeds and sitemaps.
export class XmlMarkup {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters XML 1.0 forbids even as references; one of them would make the whole document unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Most values (URLs, dates, slugs) need nothing: one test spares them three replacements.
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text safe in XML content and in quoted attributes: forbidden characters dropped, lone surrogates replaced. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.toWellFormed().replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Marks markup we built ourselves (nested templates are already XmlMarkup) to be inserted as it is. */
export function rawXml(markup: string): XmlMarkup {
  return new XmlMarkup(markup);
}

type Value = XmlMarkup | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof XmlMarkup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeXml(String(value));
}

export function xml(strings: TemplateStringsArray, ...values: Value[]): XmlMarkup {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new XmlMarkup(out);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A whole document: the declaration, then the root element. */
export function xmlDocument(root: XmlMarkup): string {
  return `${XML_DECLARATION}${root.value}\n`;
}
