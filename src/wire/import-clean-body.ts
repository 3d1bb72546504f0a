// Tells, in one pass, whether a body is already in the form the editor's allowlist writes, so that sanitizing it would
// return it unchanged (copy that went through an allowlist before, as Depesche's own exports): sanitize-html costs
// about 0.1 ms per KB, the check a few microseconds. Reads the words of a stored body for search at a like cost.
import { sanitizeBody } from '../domain/body-html.ts';

const BLOCKS = new Set(['p', 'h2', 'h3', 'blockquote', 'ul', 'ol']);
const INLINE = new Set(['strong', 'em', 'b', 'i', 'cite', 'sub', 'sup']);
type Context = 'blocks' | 'list' | 'inline';

function contextOf(tag: string): Context {
  if (tag === 'blockquote') return 'blocks';
  if (tag === 'ul' || tag === 'ol') return 'list';
  return 'inline';
}

function allowedIn(context: Context, tag: string): boolean {
  if (context === 'blocks') return BLOCKS.has(tag);
  if (context === 'list') return tag === 'li';
  return INLINE.has(tag);
}

const TOKEN = /<(\/?)([a-z0-9]{1,10})>|<br \/>|[^<>&\r\0]+|&(?:amp|lt|gt);/y;
const BLANK = /^[ \t\n\f]*$/;

/**
 * The subset accepted is deliberately narrow, where sanitize-html (over htmlparser2) provably changes nothing:
 * lowercase tags without attributes, each closed explicitly, nested so that no tag implies closing another
 * (blocks hold blocks, lists hold items, paragraphs, headings and items hold inline markup and text), `<br />` as
 * sanitize-html spells it, text free of `<`, `>`, CR and NUL with `&` only in `&amp;`, `&lt;`, `&gt;` (what
 * re-escaping writes back), and nothing but whitespace between blocks. Anything else takes the full sanitizer.
 */
export function isCleanBody(html: string): boolean {
  const stack: string[] = [];
  const contexts: Context[] = ['blocks'];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(html);
    if (!m) return false;
    const context = contexts[contexts.length - 1];
    if (m[2] !== undefined) {
      const tag = m[2];
      if (m[1]) {
        if (stack.pop() !== tag) return false;
        contexts.pop();
      } else {
        if (!allowedIn(context, tag)) return false;
        stack.push(tag);
        contexts.push(contextOf(tag));
      }
    } else if (context !== 'inline' && (m[0].charCodeAt(0) === 0x3c || m[0].charCodeAt(0) === 0x26 || !BLANK.test(m[0]))) {
      // <br /> or text (an entity too) outside paragraphs: sanitize-html keeps it, but it is not the editor's form.
      return false;
    }
    if (TOKEN.lastIndex === at) return false;
  }
  return stack.length === 0;
}

/** sanitizeBody's result, without running it when the body is already clean. */
export function cleanBody(html: string): string {
  return isCleanBody(html) ? html.trim() : sanitizeBody(html);
}

// In the sanitizer's output (and in the paragraphs the importer makes of a plain-text body) `<` and `>` only delimit
// tags, attribute values and text having them escaped, and the only entities are those it escapes with.
const BLOCK_END = /<\/(?:p|h2|h3|li|blockquote|figcaption|td|th)>|<br\s*\/?>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const DECODED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * The words of bodyText's result, in order, for a body the importer stores (cleanBody's result, or a plain-text body
 * as paragraphs): its tags dropped with a space after each block, as sanitize-html would drop them, at about a
 * fifteenth of the cost. Runs of whitespace are left as they are, which changes no word: the analysis that reads
 * this splits on them.
 */
export function sanitizedBodyText(body: string): string {
  return body.replace(BLOCK_END, ' ').replace(TAG, '').replace(ENTITY, (_, e: string) => DECODED[e]);
}
