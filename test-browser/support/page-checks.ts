// What the browser tests measure on one loaded page: axe-core's serious findings and sideways overflow.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { REPO_ROOT } from './reader-server.ts';

const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Violations of WCAG 2.2 A/AA rules that axe rates serious or critical. */
export async function findSeriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    // resultTypes only trims the passes axe reports back, which saves time on long pages; violations are complete.
    (tags) => (globalThis as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

export interface Overflow {
  scrollWidth: number;
  /** Elements sticking out past the right edge, outside the main navigation (which may scroll in itself). */
  culprits: string[];
}

export async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const culprits: string[] = [];
    // Only a page that overflows is worth walking element by element.
    if (scrollWidth > width) for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.main-nav') || el.closest('.visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        culprits.push(`${el.tagName.toLowerCase()}${cls} (right edge ${Math.round(box.right)} px)`);
      }
    }
    return { scrollWidth, culprits: culprits.slice(0, 8) };
  });
}
