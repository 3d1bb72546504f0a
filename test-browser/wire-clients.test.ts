// An administrator sets up a subscriber in the newsroom in Chromium, copies the key shown once, and the
// subscriber's software reads the wire feed over real HTTP with it; the pages pass axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startNewsroomServer, type NewsroomServer, type NewsroomUser } from './support/newsroom-server.ts';
import { findSeriousAxeViolations } from './support/page-checks.ts';

const ADMIN: NewsroomUser = { email: 'ada@velta.example', name: 'Ada Admin', role: 'admin', password: 'Welna-Hochwasser-2026' };

let server: NewsroomServer;
let browser: Browser;

before(async () => {
  server = await startNewsroomServer();
  await server.addUser(ADMIN);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, { timeout: 90_000 });

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await findSeriousAxeViolations(page);
  assert.deepEqual(violations, [], `axe found on ${page.url()}:\n${violations.map((v) => `  ${v.rule} (${v.impact}): ${v.help}`).join('\n')}`);
}

test('an administrator creates a wire client, the key is shown once, and the feed answers it with the entitled edition only', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, baseURL: server.origin, locale: 'en-GB', timezoneId: 'UTC', bypassCSP: true });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto('/newsroom/login');
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await Promise.all([page.waitForURL('**/newsroom'), page.getByRole('button', { name: 'Log in' }).click()]);

  await page.getByRole('link', { name: 'Wire clients' }).click();
  await page.waitForURL('**/newsroom/clients');
  await expectNoSeriousViolations(page);
  await page.getByRole('link', { name: 'New wire client' }).click();
  await page.waitForURL('**/newsroom/clients/new');
  await expectNoSeriousViolations(page);

  // Nothing ticked: the form comes back with the problem and the typed name kept.
  await page.getByLabel('Name', { exact: true }).fill('Daily Courier');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.locator('fieldset', { hasText: 'Editions' }).getByText('Required.').waitFor();
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Daily Courier');

  await page.locator('input[name=editions][value=en]').check();
  await page.getByRole('button', { name: 'Create' }).click();
  const keyField = page.locator('#the-key');
  await keyField.waitFor();
  const key = await keyField.inputValue();
  assert.match(key, /^dpk_[A-Za-z0-9_-]{30,}$/);
  await expectNoSeriousViolations(page);

  const feed = await context.request.get('/wire/v1/items?limit=20', { headers: { authorization: `Bearer ${key}` } });
  assert.equal(feed.status(), 200);
  const body = await feed.json();
  assert.ok(body.items.length > 0, 'the demo agency has English stories on the wire');
  assert.deepEqual([...new Set(body.items.map((item: { language: string }) => item.language.slice(0, 2)))], ['en']);

  // Shown once: the client's own page names only the key's prefix.
  await page.goto('/newsroom/clients');
  const listed = await page.locator('main').textContent();
  assert.ok(listed?.includes('Daily Courier'));
  assert.ok(!listed?.includes(key), 'the list never shows the whole key');
  const refused = await context.request.get('/wire/v1/items', { headers: { authorization: 'Bearer dpk_not-a-key' } });
  assert.equal(refused.status(), 401);

  await page.goto('/newsroom/webhooks');
  await expectNoSeriousViolations(page);
  await context.close();
});
