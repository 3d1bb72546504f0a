// Bad input answers a localized 400, 404, 405 or 414 — never a 500.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';

for (const dialect of DIALECTS) {
  describe(`bad requests on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    before(async () => {
      site = await startSite(dialect);
    });
    after(() => site?.close());

    const cases: [string, number, RegExp][] = [
      ['/xx', 404, /Seite nicht gefunden/],
      ['/xx/politik/1-x', 404, /Seite nicht gefunden/],
      ['/ru/no-such-rubric', 404, /Страница не найдена/],
      ['/be/palityka/99999999-x', 404, /Старонка не знойдзена/],
      ['/en/politics/99999999999999999999-x', 404, /Page not found/],
      ['/en/politics/abc', 404, /Page not found/],
      ['/en/politics/12-UPPER', 404, /Page not found/],
      ['/de/news?page=abc', 400, /Ungültige Anfrage/],
      ['/de/news?page=0', 400, /Ungültige Anfrage/],
      ['/de/news?page=-3', 400, /Ungültige Anfrage/],
      ['/de/news?page=1e3', 400, /Ungültige Anfrage/],
      ['/de/news?page=1&page=2', 400, /Ungültige Anfrage/],
      ['/de/news?page=99999', 404, /Seite nicht gefunden/],
      ['/en/politics?page=9999999', 400, /Bad request/],
      ['/de/news/2026-02-30', 400, /Ungültige Anfrage/],
      ['/de/news/2026-13-01', 400, /Ungültige Anfrage/],
      ['/de/news/9999-01-01', 400, /Ungültige Anfrage/],
      ['/de/news/2999-01-01', 404, /Seite nicht gefunden/],
      ['/ru/tag/nope', 404, /Страница не найдена/],
      ['/ru/author/nope', 404, /Страница не найдена/],
      ['/ru/projects/nope', 404, /Страница не найдена/],
      ['/ru/directory/nope', 404, /Страница не найдена/],
      ['/ru/page/nope', 404, /Страница не найдена/],
      ['/media/abc/800.jpg', 404, /Seite nicht gefunden/],
      ['/media/1/800.png', 404, /Seite nicht gefunden/],
      ['/de/%E0%A4%A', 400, /Ungültige Anfrage/],
      ['/de/politik/1-%00', 404, /Seite nicht gefunden/],
      [`/de/${'a'.repeat(3000)}`, 414, /Ungültige Anfrage/],
      [`/de/politik/${'9'.repeat(500)}`, 404, /Seite nicht gefunden/],
    ];

    for (const [url, status, text] of cases) {
      test(`GET ${url.length > 60 ? `${url.slice(0, 40)}… (${url.length} characters)` : url} answers ${status} in the edition’s language`, async () => {
        const res = await site.app.inject(url);
        assert.equal(res.statusCode, status);
        assert.match(res.headers['content-type'] as string, /^text\/html/);
        assert.match(res.body, text);
      });
    }

    test('unsupported methods answer 405 with the allowed ones', async () => {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
        const res = await site.app.inject({ method, url: '/en/politics', payload: { a: 1 } });
        assert.equal(res.statusCode, 405, method);
        assert.equal(res.headers.allow, 'GET, HEAD');
        assert.match(res.body, /Method not allowed/);
      }
    });

    test('HEAD answers like GET without a body', async () => {
      const res = await site.app.inject({ method: 'HEAD', url: '/de' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.body, '');
    });

    test('trailing and doubled slashes redirect to the one canonical address', async () => {
      for (const [url, location] of [['/de/', '/de'], ['/de/politik/', '/de/politik'], ['/de//politik', '/de/politik'], ['/en/news/?page=2', '/en/news?page=2']]) {
        const res = await site.app.inject(url);
        assert.equal(res.statusCode, 301, url);
        assert.equal(res.headers.location, location, url);
      }
    });

    test('an unknown address outside any edition speaks the reader’s language', async () => {
      const res = await site.app.inject({ url: '/no-such-thing', headers: { 'accept-language': 'be' } });
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Старонка не знойдзена/);
      const again = await site.app.inject({ url: '/no-such-thing', headers: { 'accept-language': 'en' } });
      assert.match(again.body, /Page not found/);
    });

    test('malformed and overlong content API addresses answer problem+json, not a reader page', async () => {
      for (const [url, status] of [['/api/v1/articles/%E0%A4%A', 400], [`/api/v1/${'a'.repeat(3000)}`, 414]] as const) {
        const res = await site.app.inject(url);
        assert.equal(res.statusCode, status);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        assert.equal(res.json().status, status);
      }
    });

    test('hostile text in the address is never echoed unescaped', async () => {
      const res = await site.app.inject('/de/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
      assert.equal(res.statusCode, 404);
      assert.ok(!res.body.includes('<script>alert(1)'));
    });
  });
}
