// Loads every page at every width in one browser, a few tabs at a time, and records what the checks found.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ReaderPage } from './find-pages.ts';
import { findSeriousAxeViolations, measureOverflow, type AxeFinding, type Overflow } from './page-checks.ts';

export interface Visit {
  page: ReaderPage;
  width: number;
  status: number;
  violations: AxeFinding[];
  overflow: Overflow;
}

export interface VisitOptions {
  widths: number[];
  /** When set, a full-page PNG of every visit is saved here, for looking at the layout by eye. */
  screenshotDir?: string;
}

// axe is CPU-bound: more tabs than the two cores CI has would only make each one slower.
const TABS = 2;
const HEIGHT = 900;

async function screenshot(tab: Page, file: string): Promise<void> {
  // Lazy images below the fold would show as blank boxes in a full-page picture.
  await tab.evaluate(async () => {
    for (const img of document.images) img.loading = 'eager';
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  });
  await tab.screenshot({ path: file, fullPage: true });
}

async function visitOne(tab: Page, origin: string, page: ReaderPage, width: number, screenshotDir?: string): Promise<Visit> {
  await tab.setViewportSize({ width, height: HEIGHT });
  const response = await tab.goto(origin + page.path, { waitUntil: 'load' });
  const overflow = await measureOverflow(tab);
  if (screenshotDir) await screenshot(tab, join(screenshotDir, `${page.name.replace(/\W+/g, '-')}-${width}.png`));
  const violations = await findSeriousAxeViolations(tab);
  return { page, width, status: response?.status() ?? 0, violations, overflow };
}

export async function visitReaderPages(browser: Browser, origin: string, pages: ReaderPage[], options: VisitOptions): Promise<Visit[]> {
  const jobs = pages.flatMap((page) => options.widths.map((width) => ({ page, width })));
  const visits: Visit[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    const tab = await browser.newPage();
    try {
      while (next < jobs.length) {
        const i = next++;
        visits[i] = await visitOne(tab, origin, jobs[i].page, jobs[i].width, options.screenshotDir);
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  return visits;
}
