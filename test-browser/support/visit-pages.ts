// Loads every page at every width in one browser, a few tabs at a time, and records what the checks found.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ReaderPage } from './find-pages.ts';
import { findSeriousAxeViolations, measureOverflow, type AxeFinding, type Overflow } from './page-checks.ts';

export interface Visit {
  page: ReaderPage;
  width: number;
  status: number;
  violations: AxeFinding[];
  overflow: Overflow;
}

const TABS = 4;

export interface VisitOptions {
  widths: number[];
  /** When set, a full-page PNG of every visit is saved here, for looking at the layout by eye. */
  screenshotDir?: string;
}

async function visitOne(browser: Browser, origin: string, page: ReaderPage, width: number, screenshotDir?: string): Promise<Visit> {
  const tab = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    const response = await tab.goto(origin + page.path, { waitUntil: 'load' });
    const overflow = await measureOverflow(tab);
    if (screenshotDir) {
      await tab.screenshot({ path: join(screenshotDir, `${page.name.replace(/\W+/g, '-')}-${width}.png`), fullPage: true });
    }
    const violations = await findSeriousAxeViolations(tab);
    return { page, width, status: response?.status() ?? 0, violations, overflow };
  } finally {
    await tab.close();
  }
}

export async function visitReaderPages(browser: Browser, origin: string, pages: ReaderPage[], options: VisitOptions): Promise<Visit[]> {
  const jobs = pages.flatMap((page) => options.widths.map((width) => ({ page, width })));
  const visits: Visit[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      visits[i] = await visitOne(browser, origin, jobs[i].page, jobs[i].width, options.screenshotDir);
    }
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  return visits;
}
