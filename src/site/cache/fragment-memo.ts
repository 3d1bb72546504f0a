// Rendered pieces of pages that many pages share (the header's navigation, the footer, the sidebar's latest news,
// related stories), kept as HTML per catalog, that is per content version, like the lists they are made from.
import { raw, type SafeHtml } from '../html.ts';
import type { SiteCatalog } from '../site-catalog.ts';
import type { PageContext } from '../views/page-context.ts';

/** Pieces kept at most per catalog: a few per edition and rubric, and one per list of stories a sidebar shows. */
const MAX_PIECES = 5000;

const piecesByCatalog = new WeakMap<SiteCatalog, Map<string, string>>();

/**
 * The piece under `key` in the page's edition, built once per catalog. The key must name everything the piece
 * depends on besides the edition and the content (the reader's day for relative dates, the current navigation
 * entry, the stories listed).
 */
export function sharedPiece(ctx: PageContext, key: string, build: () => SafeHtml): SafeHtml {
  let pieces = piecesByCatalog.get(ctx.catalog);
  if (!pieces) piecesByCatalog.set(ctx.catalog, (pieces = new Map()));
  const fullKey = `${ctx.edition.code}|${key}`;
  let piece = pieces.get(fullKey);
  if (piece === undefined) {
    if (pieces.size >= MAX_PIECES) pieces.clear();
    piece = build().value;
    pieces.set(fullKey, piece);
  }
  return raw(piece);
}
