// Which link addresses the article body may hold: absolute http, https and mailto only.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedHref(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  return url.protocol === 'mailto:' ? url.pathname.length > 0 : url.hostname.length > 0;
}

/** Turns what an editor typed into the prompt into an address: `example.org` → https, `a@b.org` → mailto. */
export function normalizeLinkInput(input: string): string {
  const text = input.trim();
  if (text === '' || /^[a-z][a-z\d+.-]*:/i.test(text)) return text;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#]|$)/u.test(text)) return `https://${text}`;
  return text;
}
