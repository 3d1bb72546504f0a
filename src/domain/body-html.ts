// The documented HTML subset of article bodies; one allowlist for the editor, import and seed.
import sanitizeHtml from 'sanitize-html';

export const BODY_ALLOWLIST: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'br', 'figure', 'figcaption', 'img', 'cite', 'sub', 'sup', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['scope'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener' } }),
  },
};

// rel is added by the transform above and must survive the attribute filter.
BODY_ALLOWLIST.allowedAttributes = { ...BODY_ALLOWLIST.allowedAttributes, a: ['href', 'title', 'hreflang', 'rel'] };

export function sanitizeBody(dirty: string): string {
  return sanitizeHtml(dirty, BODY_ALLOWLIST).trim();
}

/** Plain text of a body, for descriptions and search. */
export function bodyText(body: string): string {
  const spaced = body.replace(/<\/(p|h2|h3|li|blockquote|figcaption|td|th)>|<br\s*\/?>/gi, '$& ');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
