// URL slugs from headlines in any of the editions' scripts: Latin kept, Cyrillic transliterated.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', і: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'w', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi',
};
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

// By UTF-16 unit: every letter replaced is one.
const REPLACED = new Map<number, string>(Object.entries({ ...CYRILLIC, ...GERMAN }).map(([ch, to]) => [ch.charCodeAt(0), to]));

const NOT_ASCII = /[^\0-\x7f]/;

export function slugify(text: string, maxLength = 80): string {
  const lower = text.toLowerCase();
  let out = '';
  let kept = 0;
  for (let i = 0; i < lower.length; i++) {
    const to = REPLACED.get(lower.charCodeAt(i));
    if (to === undefined) continue;
    out += lower.slice(kept, i) + to;
    kept = i + 1;
  }
  out += lower.slice(kept);
  // Only letters beyond ASCII have compatibility forms or marks to drop.
  const ascii = NOT_ASCII.test(out) ? out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : out;
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'article';
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength);
}
