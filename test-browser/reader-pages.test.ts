// The reader site in a real browser: every kind of page, on a phone and on a desktop, checked for
// accessibility (axe-core), sideways scrolling and valid HTML (Nu Html Checker).
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and Java for vnu.jar. Set SCREENSHOT_DIR to
// keep a full-page PNG of every page at both widths, for checking the layout by eye.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startReaderServer, type ReaderServer } from './support/reader-server.ts';
import { findReaderPages, type ReaderPage } from './support/find-pages.ts';
import { visitReaderPages, type Visit } from './support/visit-pages.ts';
import { findHtmlErrors, type HtmlProblem } from './support/nu-checker.ts';

const PHONE = 390;
const DESKTOP = 1366;

let server: ReaderServer | undefined;
let browser: Browser | undefined;
let pages: ReaderPage[] = [];
let visits: Visit[] = [];
let htmlErrors: Promise<HtmlProblem[]>;

async function fetchHtml(origin: string, page: ReaderPage): Promise<{ url: string; html: string }> {
  const response = await fetch(origin + page.path);
  return { url: page.path, html: await response.text() };
}

before(async () => {
  server = await startReaderServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  pages = await findReaderPages(browser, server.origin);
  const origin = server.origin;
  // The checker's JVM starts while the browser works; its verdict is awaited by its own test.
  htmlErrors = Promise.all(pages.map((p) => fetchHtml(origin, p))).then(findHtmlErrors);
  htmlErrors.catch(() => {});
  const screenshotDir = process.env.SCREENSHOT_DIR;
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  visits = await visitReaderPages(browser, origin, pages, { widths: [PHONE, DESKTOP], screenshotDir });
}, { timeout: 150_000 });

after(async () => {
  await browser?.close();
  await server?.stop();
});

function label(visit: Visit): string {
  return `${visit.page.name} (${visit.page.path}) at ${visit.width} px`;
}

test('every edition has a home, a rubric and an article page to check, and the first edition every other kind', () => {
  const editions = new Set(pages.map((p) => p.path.split('/')[1]));
  assert.ok(editions.size >= 2, `expected several editions, found ${[...editions].join(', ')}`);
  for (const ed of editions) {
    for (const kind of ['home', 'rubric', 'article']) assert.ok(pages.some((p) => p.name === `${ed} ${kind}`), `${ed} has no ${kind} page`);
  }
  assert.equal(pages.length, editions.size * 3 + 10);
});

test('every page answers with the status a reader should get', async (t) => {
  for (const visit of visits) {
    await t.test(label(visit), () => assert.equal(visit.status, visit.page.status));
  }
});

test('no page has serious or critical accessibility violations, on a phone or a desktop', async (t) => {
  for (const visit of visits) {
    await t.test(label(visit), () => {
      if (!visit.violations.length) return;
      const lines = visit.violations.map((v) => `  ${v.rule} (${v.impact}): ${v.help}\n${v.targets.map((s) => `    at ${s}`).join('\n')}`);
      assert.fail(`axe found on ${visit.page.path} at ${visit.width} px:\n${lines.join('\n')}`);
    });
  }
});

test('no page scrolls sideways on a 390 px phone', async (t) => {
  for (const visit of visits.filter((v) => v.width === PHONE)) {
    await t.test(label(visit), () => {
      assert.ok(
        visit.overflow.scrollWidth <= PHONE,
        `${visit.page.path} is ${visit.overflow.scrollWidth} px wide; sticking out:\n  ${visit.overflow.culprits.join('\n  ')}`,
      );
    });
  }
});

test('every page is valid HTML according to the Nu Html Checker', async (t) => {
  const errors = await htmlErrors;
  for (const page of pages) {
    await t.test(`${page.name} (${page.path})`, () => {
      const mine = errors.filter((e) => e.url === page.path);
      if (!mine.length) return;
      assert.fail(`vnu found in ${page.path}:\n${mine.map((e) => `  line ${e.line ?? '?'}: ${e.message}${e.extract ? `\n    ${JSON.stringify(e.extract)}` : ''}`).join('\n')}`);
    });
  }
  const unmatched = errors.filter((e) => !pages.some((p) => p.path === e.url));
  assert.deepEqual(unmatched, [], 'vnu reported problems it could not tie to a page');
});
