// The page cache's compressed variants: made at once for pages, on the thread pool for large bodies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { ASYNC_COMPRESS_BYTES, ResponseCache, type CachedResponse } from './response-cache.ts';

const html = { 'content-type': 'text/html; charset=utf-8' };

function body(bytes: number): Buffer {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `<url><loc>https://agency.example/de/news/${i}-meldung</loc></url>\n`;
  return Buffer.from(text.slice(0, bytes));
}

async function compressed(entry: CachedResponse): Promise<void> {
  for (let i = 0; i < 200 && (!entry.gzip || !entry.br); i++) await sleep(10);
}

test('a page is stored with its gzip and brotli variants at once', () => {
  const page = body(20_000);
  const entry = new ResponseCache(1 << 24).store('/de', { status: 200, headers: html, body: page, ttl: 60 }, Date.now());
  assert.deepEqual(gunzipSync(entry.gzip!), page);
  assert.deepEqual(brotliDecompressSync(entry.br!), page);
});

test('a large body is served uncompressed until its variants, made on the thread pool, are ready', async () => {
  const cache = new ResponseCache(1 << 26);
  const large = body(ASYNC_COMPRESS_BYTES + 1);
  const entry = cache.store('/sitemap.xml', { status: 200, headers: { 'content-type': 'application/xml' }, body: large, ttl: 60 }, Date.now());
  assert.equal(entry.gzip, null, 'not compressed in line');
  assert.equal(entry.headers.vary, 'Accept-Encoding');
  await compressed(entry);
  assert.deepEqual(gunzipSync(entry.gzip!), large);
  assert.deepEqual(brotliDecompressSync(entry.br!), large);
  assert.equal(cache.lookup('/sitemap.xml', Date.now()), entry);
});

test('variants of a body replaced meanwhile are not attached to the old entry', async () => {
  const cache = new ResponseCache(1 << 26);
  const first = cache.store('/sitemap.xml', { status: 200, headers: { 'content-type': 'application/xml' }, body: body(ASYNC_COMPRESS_BYTES + 10), ttl: 60 }, Date.now());
  const second = cache.store('/sitemap.xml', { status: 200, headers: { 'content-type': 'application/xml' }, body: body(ASYNC_COMPRESS_BYTES + 20), ttl: 60 }, Date.now());
  await compressed(second);
  assert.equal(first.gzip, null);
  assert.equal(first.br, null);
  assert.deepEqual(gunzipSync(second.gzip!), second.body);
});

test('variants made on the thread pool count against the memory budget as they arrive', async () => {
  const large = body(ASYNC_COMPRESS_BYTES + 1);
  // Room for the large answer with its variants (and its bookkeeping), not for the older one besides.
  const variants = gzipSync(large, { level: 6 }).length
    + brotliCompressSync(large, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: large.length } }).length;
  const budget = large.length + variants + '/sitemap.xml'.length + 512 + 100;
  const cache = new ResponseCache(budget);
  cache.store('/de', { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from('small and older'), ttl: 60 }, Date.now());
  const entry = cache.store('/sitemap.xml', { status: 200, headers: { 'content-type': 'application/xml' }, body: large, ttl: 60 }, Date.now());
  assert.ok(cache.bytes <= budget, 'both fit before the variants');
  assert.ok(cache.lookup('/de', Date.now()));
  await compressed(entry);
  assert.ok(cache.bytes <= budget, `${cache.bytes} bytes kept with a budget of ${budget}`);
  assert.equal(cache.lookup('/de', Date.now()), undefined, 'the oldest answer made room');
  assert.equal(cache.lookup('/sitemap.xml', Date.now()), entry, 'the new one is kept with its variants');
});
