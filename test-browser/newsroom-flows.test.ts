// The newsroom end to end in Chromium, against the real server: editors log in, write, upload, publish,
// collide, translate and schedule through the UI, and readers see the result on the site.
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium). With UPDATE_SCREENSHOTS=1 it also rewrites
// the README's screenshots in docs/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from './support/reader-server.ts';
import { startNewsroomServer, type NewsroomServer, type NewsroomUser } from './support/newsroom-server.ts';
import { findSeriousAxeViolations } from './support/page-checks.ts';

const VIEWPORT = { width: 1366, height: 900 };
const SCREENSHOT_DIR = join(REPO_ROOT, 'docs/screenshots');
const PASSWORD = 'Welna-Hochwasser-2026';
const ERIK: NewsroomUser = { email: 'erik@velta.example', name: 'Erik Editor', role: 'editor', password: PASSWORD };
const ANNA: NewsroomUser = { email: 'anna@velta.example', name: 'Anna Novak', role: 'editor', password: PASSWORD };

let server: NewsroomServer;
let browser: Browser;
const pageErrors: string[] = [];
/** The German article of the first flow, which the translation flow starts from. */
let germanArticle: { editorUrl: string; readerUrl: string } | undefined;
/** Scheduled first, checked after the other flows: the wait for its minute overlaps them. */
let scheduled: { headline: string; publishAt: number } | undefined;

before(async () => {
  server = await startNewsroomServer();
  await Promise.all([server.addUser(ERIK), server.addUser(ANNA)]);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, { timeout: 90_000 });

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** `bypassCSP` only where axe-core is injected: the newsroom's policy rightly refuses inline scripts. */
async function newContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: server.origin, locale: 'en-GB', timezoneId: 'UTC', ...options });
  context.setDefaultTimeout(10_000);
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
  return context;
}

/** Clicks something that loads another page (a link, a form's button) and waits until that page has loaded. */
async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await target.click();
  await navigated;
  await page.waitForLoadState('load');
}

async function logIn(context: BrowserContext, user: NewsroomUser): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/newsroom/login');
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await clickAndLoad(page, page.getByRole('button', { name: 'Log in' }));
  assert.equal(new URL(page.url()).pathname, '/newsroom');
  return page;
}

function richText(page: Page): Locator {
  return page.locator('[role=textbox][contenteditable=true]');
}

function saveButton(page: Page): Locator {
  return page.locator('#article-form').getByRole('button', { name: 'Save', exact: true });
}

/** From the dashboard: a new German draft, its editor open with the script running. */
async function startGermanArticle(page: Page): Promise<void> {
  await page.goto('/newsroom');
  await clickAndLoad(page, page.getByRole('link', { name: 'New article (Deutsch)' }));
  await clickAndLoad(page, page.getByRole('button', { name: 'New article' }));
  assert.match(new URL(page.url()).pathname, /^\/newsroom\/articles\/\d+$/);
  await richText(page).waitFor();
}

/** Writes headline, dateline place and a one-paragraph body, and saves with the form's button. */
async function writeAndSave(page: Page, text: { headline: string; place: string; body: string }): Promise<void> {
  await page.getByLabel('Headline').fill(text.headline);
  await page.getByLabel('Dateline place').fill(text.place);
  await richText(page).click();
  await page.keyboard.type(text.body);
  await clickAndLoad(page, saveButton(page));
  assert.equal(new URL(page.url()).searchParams.get('saved'), '1');
}

async function publish(page: Page): Promise<void> {
  await clickAndLoad(page, page.getByRole('button', { name: 'Publish', exact: true }));
  assert.equal(await page.locator('h1 .status').textContent(), 'Published');
}

async function openReaderPage(page: Page): Promise<string> {
  await clickAndLoad(page, page.getByRole('link', { name: 'Reader page' }));
  return new URL(page.url()).pathname;
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), type: 'png' });
}

/** A 1200×600 JPEG of a river landscape, drawn by sharp: a lead image as a photographer would send one. */
function riverPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fb8d8"/><stop offset="1" stop-color="#e4ecf1"/></linearGradient></defs>
<rect width="1200" height="600" fill="url(#sky)"/>
<path d="M0 350 L220 270 L420 330 L640 250 L880 320 L1200 260 L1200 600 L0 600Z" fill="#5d7d5a"/>
<path d="M0 460 C300 400 640 500 1200 430 L1200 600 L0 600Z" fill="#3f6e8c"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function isImageLoaded(image: Locator): Promise<boolean> {
  return image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);
}

test('an editor schedules an article for the next full minute, and until then readers do not see it', { timeout: 30_000 }, async () => {
  const context = await newContext();
  const page = await logIn(context, ERIK);
  await startGermanArticle(page);
  const headline = 'Fahrplan für die Welna-Fähre steht fest';
  await writeAndSave(page, { headline, place: 'Welinsk', body: 'Die Fähre verkehrt ab Montag stündlich.' });

  // The field takes minutes (a datetime-local's step is 60 s): the next minute at least 5 s ahead.
  const publishAt = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000);
  await page.getByLabel('Publish at (UTC)').fill(publishAt.toISOString().slice(0, 16));
  await clickAndLoad(page, page.getByRole('button', { name: 'Schedule', exact: true }));
  assert.equal(await page.locator('h1 .status').textContent(), 'Scheduled');
  scheduled = { headline, publishAt: publishAt.getTime() };

  await page.goto('/de/news');
  assert.equal(await page.getByText(headline).count(), 0);
  await context.close();
});

test('an editor logs in, writes a German article with bold text, a quote and an image, publishes it and readers see it', { timeout: 60_000 }, async () => {
  const context = await newContext();
  const page = await logIn(context, ERIK);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Dashboard');
  await startGermanArticle(page);

  await page.getByLabel('Headline').fill('Hochwasser an der Welna');
  await page.getByLabel('Lead').fill('Nach tagelangem Regen steigt der Fluss über die Ufer.');
  await page.getByLabel('Dateline place').fill('Welinsk');
  await richText(page).click();
  await page.keyboard.type('Die Pegel steigen ');
  const bold = page.getByRole('toolbar').getByRole('button', { name: 'Bold' });
  await bold.click();
  await page.keyboard.type('schnell');
  await bold.click();
  await page.keyboard.type('. Die Feuerwehr ist im Einsatz.');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar').getByRole('button', { name: 'Quote' }).click();
  await page.keyboard.type('Wir sind vorbereitet, sagte die Bürgermeisterin.');
  const status = page.locator('[data-autosave-status]');
  await page.waitForFunction(() => document.querySelector('[data-autosave-status]')?.getAttribute('data-state') === 'saved', null, { timeout: 12_000 });
  assert.match(await status.innerText(), /^Saved at \d\d:\d\d:\d\d$/);

  await page.getByLabel('Rubric').selectOption({ label: 'Regionen' });
  await page.getByLabel('Tags').fill('Hochwasser, Welna');
  await page.getByLabel('Upload an image').setInputFiles({ name: 'welna.jpg', mimeType: 'image/jpeg', buffer: await riverPhoto() });
  const preview = page.locator('[data-upload-preview] img');
  await preview.waitFor();
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('[data-upload-preview] img');
    return !!img && img.complete && img.naturalWidth > 0;
  });
  assert.match(await page.locator('input[name=lead_media_id]').inputValue(), /^\d+$/);
  await page.getByLabel('Alt text').fill('Die Welna bei Welinsk, über die Ufer getreten');
  await page.getByLabel('Caption').fill('Die Welna am Morgen');
  await page.getByLabel('Credit').fill('Velta/M. Kowal');
  await clickAndLoad(page, saveButton(page));
  assert.equal(new URL(page.url()).searchParams.get('saved'), '1');
  assert.equal(await page.getByLabel('Headline').inputValue(), 'Hochwasser an der Welna');
  assert.equal(await isImageLoaded(preview), true, 'the saved article shows its image');
  assert.equal(await page.getByLabel('Alt text').inputValue(), 'Die Welna bei Welinsk, über die Ufer getreten');
  // Framed from the body's toolbar down to the lead image.
  await page.locator('#body-label').evaluate((label) => window.scrollTo(0, label.getBoundingClientRect().top + window.scrollY - 16));
  await keepScreenshot(page, 'newsroom-editor.png');

  await publish(page);
  const editorUrl = new URL(page.url()).pathname;
  const readerUrl = await openReaderPage(page);
  germanArticle = { editorUrl, readerUrl };
  assert.match(readerUrl, /^\/de\/regionen\/\d+-hochwasser-an-der-welna$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Hochwasser an der Welna');
  assert.match(await page.locator('.story-body .dateline').textContent() ?? '', /^WELINSK, /);
  assert.equal(await page.locator('.story-body strong').innerText(), 'schnell');
  assert.equal(await page.locator('.story-body blockquote').innerText(), 'Wir sind vorbereitet, sagte die Bürgermeisterin.');
  const figureImage = page.locator('.story figure img').first();
  assert.equal(await figureImage.getAttribute('alt'), 'Die Welna bei Welinsk, über die Ufer getreten');
  assert.equal(await page.locator('.story figcaption').innerText(), 'Die Welna am Morgen Foto: Velta/M. Kowal');
  await figureImage.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.story figure img');
    return !!img && img.complete && img.naturalWidth > 0;
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await keepScreenshot(page, 'reader-article.png');
  await context.close();
});

test('two editors see each other on the same article, and the later save is refused with both versions until saved again', { timeout: 60_000 }, async () => {
  const erikContext = await newContext();
  const annaContext = await newContext();
  const erik = await logIn(erikContext, ERIK);
  const anna = await logIn(annaContext, ANNA);
  await startGermanArticle(erik);
  await writeAndSave(erik, { headline: 'Brücke in Welinsk gesperrt', place: 'Welinsk', body: 'Die Brücke bleibt bis auf Weiteres zu.' });
  const articleUrl = new URL(erik.url()).pathname;
  await anna.goto(articleUrl);
  await richText(anna).waitFor();

  // Presence is polled every 10 s: each sees the other by the next tick.
  await Promise.all([
    erik.waitForFunction(() => document.querySelector('[data-presence]')?.textContent === 'Also open by: Anna Novak', null, { timeout: 15_000 }),
    anna.waitForFunction(() => document.querySelector('[data-presence]')?.textContent === 'Also open by: Erik Editor', null, { timeout: 15_000 }),
  ]);

  await richText(erik).click();
  await erik.keyboard.press('Control+End');
  await erik.keyboard.type(' Umleitung über die Nordstraße.');
  await clickAndLoad(erik, saveButton(erik));
  assert.equal(new URL(erik.url()).searchParams.get('saved'), '1');

  await richText(anna).click();
  await anna.keyboard.press('Control+End');
  await anna.keyboard.type(' Fähre fährt ab Montag.');
  await clickAndLoad(anna, saveButton(anna));
  const conflict = anna.locator('section.conflict');
  assert.equal(await conflict.isVisible(), true, 'the conflict section is shown');
  assert.equal(await conflict.getByRole('heading', { level: 2 }).innerText(), 'Someone else saved this article (Erik Editor)');
  const bodyDiff = conflict.locator('.diff').nth(2);
  assert.match(await bodyDiff.locator('del').allInnerTexts().then((t) => t.join(' ')), /Umleitung über die Nordstraße/);
  assert.match(await bodyDiff.locator('ins').allInnerTexts().then((t) => t.join(' ')), /Fähre fährt ab Montag/);
  await richText(anna).waitFor();
  assert.equal(await richText(anna).innerText(), 'Die Brücke bleibt bis auf Weiteres zu. Fähre fährt ab Montag.', 'her own text is still in the form');

  // She takes his sentence over by hand and saves again.
  await richText(anna).click();
  await anna.keyboard.press('Control+End');
  await anna.keyboard.type(' Umleitung über die Nordstraße.');
  await clickAndLoad(anna, saveButton(anna));
  assert.equal(new URL(anna.url()).searchParams.get('saved'), '1');
  assert.equal(await anna.locator('section.conflict').count(), 0);
  await publish(anna);
  await openReaderPage(anna);
  assert.match(await anna.locator('.story-body').innerText(), /Die Brücke bleibt bis auf Weiteres zu\. Fähre fährt ab Montag\. Umleitung über die Nordstraße\.$/);
  await Promise.all([erikContext.close(), annaContext.close()]);
});

test('an editor translates the German article into English from its side panel, publishes it, and the German reader page leads to it', { timeout: 60_000 }, async () => {
  const context = await newContext();
  const page = await logIn(context, ERIK);
  if (!germanArticle) {
    // The first flow failed; a plain German article stands in for it.
    await startGermanArticle(page);
    await writeAndSave(page, { headline: 'Hochwasser an der Welna', place: 'Welinsk', body: 'Die Pegel steigen schnell.' });
    await publish(page);
    germanArticle = { editorUrl: new URL(page.url()).pathname, readerUrl: '' };
    germanArticle.readerUrl = await openReaderPage(page);
  }
  await page.goto(germanArticle.editorUrl);
  await clickAndLoad(page, page.getByRole('button', { name: 'Translate into English' }));
  await richText(page).waitFor();
  assert.equal(await page.getByLabel('Headline').inputValue(), 'Hochwasser an der Welna', 'the draft is prefilled from the German text');
  assert.match(await richText(page).innerText(), /Die Pegel steigen schnell/);
  assert.match(await page.locator('.hint').first().innerText(), /^English ·/);

  await page.getByLabel('Headline').fill('Welna bursts its banks');
  await page.getByLabel('Lead').fill('After days of rain the river floods the town.');
  await richText(page).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Water levels are rising fast. The fire brigade is out.');
  const alt = page.getByLabel('Alt text');
  if (await page.locator('[data-upload-preview] img').count()) await alt.fill('The Welna near Welinsk, over its banks');
  await clickAndLoad(page, saveButton(page));
  await publish(page);
  const englishUrl = await openReaderPage(page);
  assert.match(englishUrl, /^\/en\//);

  await page.goto(germanArticle.readerUrl);
  const switcherLink = page.locator('nav.languages').getByRole('link', { name: 'English' });
  const listedLink = page.locator('section.translations').getByRole('link', { name: 'Welna bursts its banks' });
  assert.equal(await switcherLink.getAttribute('href'), englishUrl);
  assert.equal(await listedLink.getAttribute('href'), englishUrl);
  await clickAndLoad(page, switcherLink);
  assert.equal(new URL(page.url()).pathname, englishUrl);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Welna bursts its banks');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
  await context.close();
});

test('the scheduled article appears on the reader site\'s all-news page by itself at its time', { timeout: 90_000 }, async () => {
  assert.ok(scheduled, 'needs the article scheduled by the earlier test');
  const context = await newContext();
  const reader = await context.newPage();
  await reader.goto('/de/news');
  // The server's scheduler runs every second: the article is there at most a few seconds after its time.
  const deadline = scheduled.publishAt + 15_000;
  const link = reader.getByRole('link', { name: scheduled.headline });
  while ((await link.count()) === 0) {
    assert.ok(Date.now() < deadline, 'the article did not appear within 15 s after its time');
    await reader.waitForTimeout(1_000);
    await reader.reload();
  }
  assert.ok(Date.now() >= scheduled.publishAt, 'it did not appear before its time');
  const time = reader.locator('article.card', { has: link }).locator('time');
  assert.equal(Date.parse(await time.getAttribute('datetime') ?? ''), scheduled.publishAt, 'it is dated at its scheduled time');
  await context.close();
});

test('the login page, dashboard, article list and editor have no serious accessibility violations', { timeout: 60_000 }, async (t) => {
  const context = await newContext({ bypassCSP: true });
  const anonymous = await context.newPage();
  await anonymous.goto('/newsroom/login');
  const check = async (name: string, page: Page): Promise<void> => {
    await t.test(name, async () => {
      const violations = await findSeriousAxeViolations(page);
      assert.deepEqual(violations, [], `axe found on ${page.url()}:\n${violations.map((v) => `  ${v.rule} (${v.impact}): ${v.help}\n    at ${v.targets.join('\n    at ')}`).join('\n')}`);
    });
  };
  await check('login page', anonymous);
  const page = await logIn(context, ERIK);
  await check('dashboard', page);
  await page.goto('/newsroom/articles');
  await check('article list', page);
  await page.goto(germanArticle?.editorUrl ?? '/newsroom/articles/1');
  await richText(page).waitFor();
  await check('editor', page);
  await context.close();
});

test('the dashboard shows an editor\'s drafts, what is scheduled and what was published recently', { timeout: 30_000 }, async () => {
  const context = await newContext();
  const page = await logIn(context, ERIK);
  await startGermanArticle(page);
  await writeAndSave(page, { headline: 'Stromausfall im Nordviertel von Welinsk', place: 'Welinsk', body: 'Seit dem Morgen sind 2000 Haushalte ohne Strom.' });
  await startGermanArticle(page);
  await writeAndSave(page, { headline: 'Stadtrat berät über den Hochwasserschutz', place: 'Welinsk', body: 'Der Rat tagt am Donnerstag.' });
  const tomorrow = new Date(Date.now() + 86_400_000);
  await page.getByLabel('Publish at (UTC)').fill(`${tomorrow.toISOString().slice(0, 10)}T09:00`);
  await clickAndLoad(page, page.getByRole('button', { name: 'Schedule', exact: true }));

  await clickAndLoad(page, page.getByRole('link', { name: 'Dashboard' }));
  const section = (id: string): Locator => page.locator(`section[aria-labelledby=${id}]`);
  assert.equal(await section('d-mine').getByRole('link', { name: 'Stromausfall im Nordviertel von Welinsk' }).count(), 1);
  assert.equal(await section('d-scheduled').getByRole('link', { name: 'Stadtrat berät über den Hochwasserschutz' }).count(), 1);
  assert.match(await section('d-scheduled').innerText(), new RegExp(`${tomorrow.toISOString().slice(0, 10)} 09:00 UTC`));
  assert.ok(await section('d-published').locator('tbody tr').count() > 0);
  await keepScreenshot(page, 'newsroom-dashboard.png');
  await context.close();
});

test('the dashboard\'s tables stay inside their cards on a 1366 px screen', { timeout: 30_000 }, async () => {
  const context = await newContext();
  const page = await logIn(context, ERIK);
  const spilling = await page.locator('.dashboard section').evaluateAll((sections) => sections
    .filter((section) => (section.querySelector('table')?.getBoundingClientRect().right ?? 0) > section.getBoundingClientRect().right + 0.5)
    .map((section) => section.querySelector('h2')?.textContent ?? ''));
  await context.close();
  assert.deepEqual(spilling, []);
});

test('the newsroom and reader pages threw no script errors', () => {
  assert.deepEqual(pageErrors, []);
});
