// The newsroom editor's browser code in Chromium, against a fixture page written to the contract at
// the top of src/newsroom/client/editor.ts and fake endpoints for autosave, presence and upload.
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Dialog, type Page } from 'playwright-core';
import { buildEditorAssets } from '../src/newsroom/client-bundle.ts';
import { findSeriousAxeViolations } from './support/page-checks.ts';

interface SeenRequest {
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const CSRF = 'csrf-token-123';

function fixturePage(scriptPath: string, stylePath: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Edit article</title>
<link rel="stylesheet" href="${stylePath}"><script type="module" src="${scriptPath}"></script></head>
<body><main>
<p data-presence data-presence-label="Also open by:" aria-live="polite"></p>
<form method="post" action="/newsroom/articles/7" enctype="multipart/form-data"
  data-autosave-url="/newsroom/articles/7/autosave" data-autosave-interval="300"
  data-presence-url="/newsroom/articles/7/presence" data-presence-interval="300"
  data-msg-saved="Saved at" data-msg-retry="Not saved — retrying"
  data-msg-conflict="{name} saved a newer version. Your text is still here: save to compare."
  data-msg-restore="Restore my unsaved text" data-msg-bold="Bold">
  <input type="hidden" name="_csrf" value="${CSRF}">
  <input type="hidden" name="version" value="3">
  <p><label for="headline">Headline</label> <input id="headline" name="headline" value="Storm over the Baltic"></p>
  <fieldset><legend>Tags</legend>
    <label><input type="checkbox" name="tags" value="weather" checked> Weather</label>
    <label><input type="checkbox" name="tags" value="baltic" checked> Baltic</label>
  </fieldset>
  <p><label id="body-label" for="body">Text</label></p>
  <textarea id="body" name="body" data-rich-text required rows="12"><p>First paragraph.</p></textarea>
  <div data-upload data-upload-url="/newsroom/media">
    <div data-upload-drop><label for="file">Lead image</label>
      <input type="file" id="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif"></div>
    <progress hidden></progress>
    <p data-upload-status aria-live="polite"></p>
  </div>
  <input type="hidden" name="lead_media_id" value="">
  <div data-upload-preview></div>
  <p><label for="alt">Alt text</label> <input id="alt" name="lead_media_alt"></p>
  <p data-autosave-status aria-live="polite"></p>
  <button>Save</button>
</form></main></body></html>`;
}

let server: Server;
let origin = '';
let browser: Browser;
let page: Page;
const autosaves: SeenRequest[] = [];
const presences: SeenRequest[] = [];
const uploads: SeenRequest[] = [];
const pageErrors: string[] = [];
let autosaveAnswer: 'saved' | 'conflict' | 'unreachable' = 'saved';
let version = 3;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function startFixtureServer(): Promise<void> {
  const { script, styles } = await buildEditorAssets();
  const html = fixturePage(script.path, styles.path);
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    const seen: SeenRequest = { url: request.url ?? '', headers: request.headers, body };
    const json = (status: number, value: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (request.url === '/newsroom/articles/7/edit') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (request.url === script.path || request.url === styles.path) {
      const asset = request.url === script.path ? script : styles;
      response.writeHead(200, { 'content-type': asset.contentType }).end(asset.body);
    } else if (request.url === '/newsroom/articles/7/autosave') {
      autosaves.push(seen);
      if (autosaveAnswer === 'unreachable') request.socket.destroy();
      else if (autosaveAnswer === 'saved') json(200, { version: ++version, savedAt: new Date().toISOString() });
      else json(409, { error: 'conflict', current: { version: version + 1, headline: 'Theirs', body: '<p>Theirs</p>', updatedByName: 'Anna Novak' } });
    } else if (request.url === '/newsroom/articles/7/presence') {
      presences.push(seen);
      json(200, { others: [{ name: 'Anna' }, { name: 'Igor' }] });
    } else if (request.url === '/newsroom/media') {
      uploads.push(seen);
      if (body.includes('huge.png')) json(413, { error: 'The image is larger than 20 MB.' });
      else json(201, { id: 42, url: '/media/42.png', width: 640, height: 427 });
    } else if (request.url === '/media/42.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const statusText = (): Promise<string> => page.locator('[data-autosave-status]').innerText();
const bodyValue = (): Promise<string> => page.locator('textarea[name=body]').inputValue();

before(async () => {
  await startFixtureServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/newsroom/articles/7/edit`);
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the textarea gives way to a labelled rich-text editor with a toolbar of real buttons', async () => {
  const editor = page.locator('[role=textbox][contenteditable=true]');
  await editor.waitFor();
  assert.equal(await page.locator('textarea[name=body]').isHidden(), true);
  assert.equal(await editor.getAttribute('aria-multiline'), 'true');
  assert.equal(await editor.getAttribute('aria-labelledby'), 'body-label');
  assert.equal(await editor.innerText(), 'First paragraph.');
  const buttons = page.locator('[role=toolbar] button[type=button]');
  assert.equal(await buttons.count(), 11);
  for (const button of await buttons.all()) assert.ok(await button.getAttribute('aria-label'));
  assert.equal(await page.locator('[role=toolbar] button[aria-label="Bold"]').getAttribute('aria-pressed'), 'false');
});

test('the enhanced form has no serious accessibility violations', async () => {
  assert.deepEqual(await findSeriousAxeViolations(page), []);
});

test('the toolbar is one tab stop: Alt+F10 reaches it, arrow keys move along it and Escape returns to the text', async () => {
  await page.locator('[role=textbox]').click();
  await page.keyboard.press('Alt+F10');
  const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.getAttribute('role') ?? null);
  assert.equal(await focused(), 'Heading 2');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'Bold');
  assert.deepEqual(await page.locator('[role=toolbar] button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLButtonElement).tabIndex).filter((i) => i === 0).length), 1);
  await page.keyboard.press('End');
  assert.equal(await focused(), 'Redo');
  await page.keyboard.press('Escape');
  // TipTap focuses on the next animation frame.
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'textbox');
});

test('typing with the bold button fills the textarea with HTML and autosaves it as JSON with the CSRF token', async () => {
  await page.locator('[role=textbox]').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Hello ');
  const bold = page.locator('[role=toolbar] button[aria-label="Bold"]');
  await bold.click();
  assert.equal(await bold.getAttribute('aria-pressed'), 'true');
  await page.keyboard.type('world');
  await bold.click();
  assert.equal(await bold.getAttribute('aria-pressed'), 'false');
  await waitUntil(async () => !!autosaves.at(-1)?.body.includes('<strong>world</strong>')
    && await page.locator('input[name=version]').inputValue() === String(version), 'the bold word is saved');
  assert.match(await statusText(), /^Saved at \d\d:\d\d:\d\d$/);
  assert.equal(await bodyValue(), '<p>First paragraph. Hello <strong>world</strong></p>');
  const last = autosaves.at(-1);
  assert.ok(last);
  assert.equal(last.headers['content-type'], 'application/json');
  assert.equal(last.headers['x-csrf-token'], CSRF);
  const sent = JSON.parse(last.body.toString()) as Record<string, unknown>;
  assert.deepEqual({ ...sent, body: undefined }, { _csrf: CSRF, version: String(version - 1), headline: 'Storm over the Baltic', tags: ['weather', 'baltic'], lead_media_id: '', lead_media_alt: '', body: undefined });
  assert.equal(sent['body'], await bodyValue());
  assert.equal(await page.locator('input[name=version]').inputValue(), String(version));
});

test('a save that cannot reach the server says so and is retried until it gets through', async () => {
  autosaveAnswer = 'unreachable';
  const before = autosaves.length;
  await page.keyboard.type(' Offline.');
  await page.waitForFunction(() => document.querySelector('[data-autosave-status]')?.textContent === 'Not saved — retrying');
  await waitUntil(() => autosaves.length >= before + 2, 'autosave tries again');
  autosaveAnswer = 'saved';
  await page.waitForFunction(() => /^Saved at /.test(document.querySelector('[data-autosave-status]')?.textContent ?? ''));
  assert.match(autosaves.at(-1)?.body.toString() ?? '', /Offline\.<\/p>/);
});

test('a save that meets a newer version stops autosave, names who saved and keeps the text', async () => {
  autosaveAnswer = 'conflict';
  await page.keyboard.type(' More.');
  await page.waitForFunction(() => (document.querySelector('[data-autosave-status]')?.textContent ?? '').includes('Anna Novak'));
  assert.equal(await statusText(), 'Anna Novak saved a newer version. Your text is still here: save to compare.');
  const attempts = autosaves.length;
  await page.keyboard.type(' Still mine.');
  await page.waitForTimeout(1_000);
  assert.equal(autosaves.length, attempts, 'no save after the conflict');
  assert.match(await bodyValue(), /More\. Still mine\.<\/p>$/);
  assert.equal(await page.locator('[role=textbox]').innerText(), 'First paragraph. Hello world Offline. More. Still mine.');
});

test('the people who also have the article open are listed with the server\'s label', async () => {
  await page.waitForFunction(() => document.querySelector('[data-presence]')?.textContent === 'Also open by: Anna, Igor');
  const first = presences[0];
  assert.ok(first);
  assert.equal(first.headers['x-csrf-token'], CSRF);
  assert.equal(first.body.toString(), '{}');
});

test('a chosen image uploads at once, fills lead_media_id, shows a preview and asks for alt text', async () => {
  await page.locator('input[name=file]').setInputFiles({ name: 'lead.png', mimeType: 'image/png', buffer: PNG });
  await page.locator('[data-upload-preview] img').waitFor();
  const preview = page.locator('[data-upload-preview] img');
  assert.equal(await preview.getAttribute('src'), '/media/42.png');
  assert.equal(await preview.getAttribute('width'), '640');
  assert.equal(await preview.getAttribute('height'), '427');
  assert.equal(await page.locator('input[name=lead_media_id]').inputValue(), '42');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'lead_media_alt');
  assert.equal(await page.locator('input[name=file]').inputValue(), '', 'the file is not posted a second time with the form');
  const upload = uploads.at(-1);
  assert.ok(upload);
  assert.equal(upload.headers['x-csrf-token'], CSRF);
  assert.match(upload.headers['content-type'] ?? '', /^multipart\/form-data; boundary=/);
  assert.match(upload.body.toString('latin1'), /name="file"; filename="lead.png"/);
});

test('a dropped image that the server refuses shows the server\'s message, and the drop zone lights up while dragging', async () => {
  const highlighted = await page.evaluate(() => {
    const zone = document.querySelector('[data-upload-drop]');
    if (!zone) return null;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'huge.png', { type: 'image/png' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    const lit = zone.classList.contains('is-dragover');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return lit && !zone.classList.contains('is-dragover');
  });
  assert.equal(highlighted, true);
  await page.waitForFunction(() => document.querySelector('[data-upload-status]')?.textContent === 'The image is larger than 20 MB.');
  assert.equal(await page.locator('input[name=lead_media_id]').inputValue(), '42', 'the earlier image stays the lead image');
});

test('leaving with unsaved text warns, and coming back offers the text the server never got', async () => {
  const dialogs: string[] = [];
  const onDialog = (dialog: Dialog): void => {
    dialogs.push(dialog.type());
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  page.off('dialog', onDialog);
  assert.deepEqual(dialogs, ['beforeunload']);
  assert.equal(await page.locator('[role=textbox]').innerText(), 'First paragraph.');
  const restore = page.getByRole('button', { name: 'Restore my unsaved text' });
  await restore.click();
  assert.equal(await page.locator('[role=textbox]').innerText(), 'First paragraph. Hello world Offline. More. Still mine.');
  assert.match(await bodyValue(), /<strong>world<\/strong> Offline\. More\. Still mine\.<\/p>$/);
  // The copy was typed on top of the last saved version, not the page's 3: restoring brings that version back, so the server can tell.
  assert.equal(await page.locator('input[name=version]').inputValue(), String(version));
  assert.equal(await page.locator('input[name=lead_media_id]').inputValue(), '42');
  assert.equal(await page.locator('[data-draft-banner]').count(), 0);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/newsroom-editor.png`, fullPage: true });
});

test('the link button links the selection to a web address and refuses a script address', async () => {
  const answers = ['example.org/storm', 'javascript:alert(1)'];
  const seen: string[] = [];
  const onDialog = (dialog: Dialog): void => {
    seen.push(dialog.type());
    void (dialog.type() === 'prompt' ? dialog.accept(answers.shift()) : dialog.accept());
  };
  page.on('dialog', onDialog);
  await page.locator('[role=textbox] strong').dblclick();
  await page.locator('[role=toolbar] button[aria-label="Link"]').click();
  await waitUntil(async () => (await bodyValue()).includes('href'), 'the link is in the body');
  assert.match(await bodyValue(), /<a href="https:\/\/example\.org\/storm"><strong>world<\/strong><\/a>|<strong><a href="https:\/\/example\.org\/storm">world<\/a><\/strong>/);
  assert.equal(await page.locator('[role=toolbar] button[aria-label="Remove link"]').getAttribute('aria-disabled'), 'false');
  const linked = await bodyValue();
  await page.locator('[role=toolbar] button[aria-label="Link"]').click();
  await waitUntil(() => seen.length === 3, 'the refusal is shown');
  page.off('dialog', onDialog);
  assert.deepEqual(seen, ['prompt', 'prompt', 'alert']);
  assert.equal(await bodyValue(), linked);
});

test('the editor code threw no errors in the page', () => {
  assert.deepEqual(pageErrors, []);
});
