// Article texts for the synthetic archive, recombined from the demo stories so that sizes, scripts and markup
// look like the agency's own copy; a seeded generator makes every archive of one size the same.
import { DEMO_STORIES } from '../src/services/seed-service.ts';
import { sanitizeBody } from '../src/domain/body-html.ts';
import { slugify } from '../src/domain/slug.ts';
import type { Lang } from '../src/demo/demo-types.ts';

const LANGS: Lang[] = ['de', 'en', 'ru', 'be'];

/** mulberry32: small, fast and good enough to spread synthetic data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface HeadlineText {
  headline: string;
  slug: string;
  lead: string;
  place: string;
}

export interface TextPool {
  /** Per language: the demo stories' headlines (with their slugs), leads and places. */
  headlines: Record<Lang, HeadlineText[]>;
  /** Per language: the demo bodies' block elements (<p>, <h2>, <blockquote>…) with their UTF-8 sizes. */
  blocks: Record<Lang, { html: string; bytes: number }[]>;
}

export function buildTextPool(): TextPool {
  const headlines = { de: [], en: [], ru: [], be: [] } as Record<Lang, HeadlineText[]>;
  const blocks = { de: [], en: [], ru: [], be: [] } as TextPool['blocks'];
  for (const story of DEMO_STORIES) {
    for (const lang of LANGS) {
      const text = story.articles[lang];
      if (!text) continue;
      headlines[lang].push({ headline: text.headline, slug: slugify(text.headline), lead: text.lead, place: text.place });
      for (const line of sanitizeBody(text.body).split('\n')) {
        const html = line.trim();
        if (html) blocks[lang].push({ html, bytes: Buffer.byteLength(html) + 1 });
      }
    }
  }
  return { headlines, blocks };
}

/** Block elements of one language, drawn until they reach about `targetBytes`; joined by newlines they make a body. */
export function composeBlocks(pool: TextPool, lang: Lang, targetBytes: number, random: () => number): string[] {
  const blocks = pool.blocks[lang];
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const block = blocks[Math.floor(random() * blocks.length)];
    parts.push(block.html);
    bytes += block.bytes;
  }
  return parts;
}

/** A body of block elements from one language until it reaches about `targetBytes`. */
export function composeBody(pool: TextPool, lang: Lang, targetBytes: number, random: () => number): string {
  return wholeLists(composeBlocks(pool, lang, targetBytes, random)).join('\n');
}

const LIST_LINE = /^<\/?[ou]l>$/;

/**
 * The pool holds a list's lines apart (`<ul>`, each item, `</ul>`), so that blocks drawn at random leave items outside
 * any list, as no editor writes them: items drawn one after another are gathered into a list, stray list lines dropped.
 */
function wholeLists(blocks: string[]): string[] {
  const out: string[] = [];
  let items: string[] = [];
  const close = () => {
    if (items.length) out.push(`<ul>\n${items.join('\n')}\n</ul>`);
    items = [];
  };
  for (const block of blocks) {
    if (LIST_LINE.test(block)) continue;
    if (block.startsWith('<li>')) {
      items.push(block);
      continue;
    }
    close();
    out.push(block);
  }
  close();
  return out;
}
