// Whole responses are cached with ETags and compressed variants, and emptied when any process changes content.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { request as httpRequest } from 'node:http';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (const dialect of DIALECTS) {
  describe(`the page cache on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let port: number;
    before(async () => {
      site = await startSite(dialect, { pollMs: 200 });
      await site.app.listen({ port: 0, host: '127.0.0.1' });
      port = (site.app.server.address() as { port: number }).port;
    });
    after(() => site?.close());

    test('pages carry an ETag and CDN-friendly Cache-Control, and a matching If-None-Match gets 304', async () => {
      const first = await get(port, '/de/politik');
      assert.equal(first.status, 200);
      const etag = first.headers.etag as string;
      assert.match(etag, /^"[\w-]+"$/);
      assert.match(String(first.headers['cache-control']), /public, max-age=\d+, s-maxage=\d+/);
      const again = await get(port, '/de/politik', { 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
      assert.ok(site.app.depesche.cache!.hits >= 1, 'the second answer came from memory');
    });

    test('compressed variants are served to clients that accept them, and say so', async () => {
      const plain = await get(port, '/en');
      const gz = await get(port, '/en', { 'accept-encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.deepEqual(gunzipSync(gz.body), plain.body);
      const br = await get(port, '/en', { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.deepEqual(brotliDecompressSync(br.body), plain.body);
      assert.match(String(br.headers.vary), /Accept-Encoding/);
      assert.ok(br.body.length < plain.body.length / 3);
    });

    test('a cached feed answers If-Modified-Since from memory: 304 when unchanged, the feed when newer', async () => {
      const first = await get(port, '/sitemap.xml');
      assert.equal(first.status, 200);
      const lastModified = String(first.headers['last-modified']);
      assert.ok(lastModified, 'the sitemap index carries Last-Modified');
      const hits = site.app.depesche.cache!.hits;
      const same = await get(port, '/sitemap.xml', { 'if-modified-since': lastModified });
      assert.equal(same.status, 304);
      assert.equal(same.body.length, 0);
      assert.equal(same.headers['last-modified'], lastModified);
      assert.equal(same.headers.etag, first.headers.etag);
      assert.equal(site.app.depesche.cache!.hits, hits + 1, 'answered from the page cache');
      const older = await get(port, '/sitemap.xml', { 'if-modified-since': new Date(Date.parse(lastModified) - 3600_000).toUTCString() });
      assert.equal(older.status, 200);
      assert.deepEqual(older.body, first.body);
      // If-None-Match decides alone where both are sent (RFC 9110 §13.1.3).
      const both = await get(port, '/sitemap.xml', { 'if-modified-since': lastModified, 'if-none-match': '"something-else"' });
      assert.equal(both.status, 200);
      // Reader pages have no Last-Modified: a date alone never makes them 304.
      const page = await get(port, '/de/politik', { 'if-modified-since': new Date(Date.now() + 3600_000).toUTCString() });
      assert.equal(page.status, 200);
    });

    test('a story written by another process is visible within a second', async () => {
      const before = await get(port, '/de/news');
      assert.ok(!before.body.toString().includes('Andere Instanz Meldung'));
      // A second connection stands for the CLI or another app node writing to the same database.
      const other = site.database.openAnother();
      try {
        const start = Date.now();
        await insertArticle(other.db, { headline: 'Andere Instanz Meldung', rubricKey: 'politics' });
        let seen = false;
        while (!seen && Date.now() - start < 1000) {
          seen = (await get(port, '/de/news')).body.toString().includes('Andere Instanz Meldung');
          if (!seen) await sleep(50);
        }
        assert.ok(seen, 'visible within a second');
      } finally {
        await other.close();
      }
    });

    test('the same page is rendered again only after a change', async () => {
      const a = await get(port, '/ru/politika');
      const b = await get(port, '/ru/politika');
      assert.equal(a.headers.etag, b.headers.etag);
      await insertArticle(site.database.handle.db, { edition: 'ru', headline: 'Новая заметка для кэша', rubricKey: 'politics' });
      await site.app.depesche.checkContent();
      const c = await get(port, '/ru/politika');
      assert.notEqual(c.headers.etag, a.headers.etag);
      assert.ok(c.body.toString().includes('Новая заметка для кэша'));
    });
  });
}
