// Newsroom accounts and sessions: login, throttling, CSRF, fixation, redirects, logout everywhere.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { addUser, cookieFrom, csrfIn, formBody, logIn, PASSWORD } from './support/newsroom.ts';

for (const dialect of DIALECTS) {
  describe(`newsroom sessions on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    before(async () => {
      site = await startSite(dialect);
    });
    after(() => site?.close());

    async function loginForm(): Promise<{ csrf: string; cookie: string }> {
      const page = await site.app.inject('/newsroom/login');
      return { csrf: csrfIn(page.body), cookie: `depesche_login_csrf=${cookieFrom(page.headers['set-cookie'], 'depesche_login_csrf')}` };
    }

    async function postLogin(fields: Record<string, string>, extraCookie = '', ip = '127.0.0.1') {
      const form = await loginForm();
      return site.app.inject({
        method: 'POST', url: '/newsroom/login', remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [form.cookie, extraCookie].filter(Boolean).join('; ') },
        payload: formBody({ _csrf: form.csrf, ...fields }),
      });
    }

    test('anonymous visitors are sent to the login page, and scripts get 401', async () => {
      const page = await site.app.inject('/newsroom/articles');
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, '/newsroom/login?next=%2Fnewsroom%2Farticles');
      const api = await site.app.inject({ method: 'POST', url: '/newsroom/articles/1/autosave', headers: { 'content-type': 'application/json' }, payload: '{}' });
      assert.equal(api.statusCode, 401);
    });

    test('a correct login sets an HttpOnly SameSite session cookie whose token is stored only hashed', async () => {
      const user = await addUser(site.database.handle.db, 'editor');
      const res = await postLogin({ email: user.email.toUpperCase(), password: PASSWORD, next: '/newsroom/articles' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/newsroom/articles');
      const setCookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]).find((c) => c.startsWith('depesche_session='))!;
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /SameSite=Lax/);
      assert.match(setCookie, /Secure/, 'PUBLIC_URL is https, so the cookie is Secure');
      const token = cookieFrom(res.headers['set-cookie'], 'depesche_session')!;
      const stored = await site.database.handle.db.selectFrom('sessions').select('token_hash').execute();
      assert.ok(stored.length > 0 && stored.every((s) => s.token_hash !== token && !s.token_hash.includes(token)));
      const dashboard = await site.app.inject({ url: '/newsroom', headers: { cookie: `depesche_session=${token}` } });
      assert.equal(dashboard.statusCode, 200);
      assert.match(dashboard.headers['cache-control'] as string, /no-store/);
      assert.match(dashboard.headers['content-security-policy'] as string, /frame-ancestors 'none'/);
    });

    test('after login only newsroom addresses of this site are followed: no open redirect', async () => {
      const user = await addUser(site.database.handle.db, 'editor');
      for (const next of ['https://evil.example/', '//evil.example/newsroom', '/\\evil.example', 'javascript:alert(1)', '/newsroom/../../x y']) {
        const res = await postLogin({ email: user.email, password: PASSWORD, next });
        assert.equal(res.statusCode, 303, next);
        assert.equal(res.headers.location, '/newsroom', next);
      }
    });

    test('a wrong password is refused, and the login form needs its CSRF token', async () => {
      const user = await addUser(site.database.handle.db, 'editor');
      const wrong = await postLogin({ email: user.email, password: 'not the password at all' });
      assert.equal(wrong.statusCode, 401);
      assert.match(wrong.body, /E-mail or password is wrong/);
      const noCsrf = await site.app.inject({ method: 'POST', url: '/newsroom/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: formBody({ email: user.email, password: PASSWORD }) });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal(cookieFrom(noCsrf.headers['set-cookie'], 'depesche_session'), undefined);
    });

    test('after five failures an account is locked for a while, even with the right password', async () => {
      const user = await addUser(site.database.handle.db, 'editor');
      for (let i = 0; i < 5; i++) assert.equal((await postLogin({ email: user.email, password: `wrong password ${i}` })).statusCode, 401);
      const locked = await postLogin({ email: user.email, password: PASSWORD });
      assert.equal(locked.statusCode, 429);
      assert.match(locked.body, /Too many failed attempts/);
    });

    test('one address guessing many accounts is throttled too', async () => {
      for (let i = 0; i < 20; i++) await postLogin({ email: `nobody${i}@agency.example`, password: 'guess guess guess' }, '', '10.9.8.7');
      const user = await addUser(site.database.handle.db, 'editor');
      assert.equal((await postLogin({ email: user.email, password: PASSWORD }, '', '10.9.8.7')).statusCode, 429);
      assert.equal((await postLogin({ email: user.email, password: PASSWORD }, '', '10.9.8.8')).statusCode, 303);
    });

    test('a session id planted before login is not the one that logs in (fixation)', async () => {
      const user = await addUser(site.database.handle.db, 'editor');
      const res = await postLogin({ email: user.email, password: PASSWORD }, 'depesche_session=planted-by-attacker');
      const token = cookieFrom(res.headers['set-cookie'], 'depesche_session');
      assert.ok(token && token !== 'planted-by-attacker');
      assert.equal((await site.app.inject({ url: '/newsroom', headers: { cookie: 'depesche_session=planted-by-attacker' } })).statusCode, 303);
    });

    test('state changes need the session’s CSRF token', async () => {
      const user = await addUser(site.database.handle.db, 'editor');
      const browser = await logIn(site.app, user.email);
      const missing = await browser.post('/newsroom/articles', { edition: 'de' }, { csrf: null });
      assert.equal(missing.status, 403);
      const wrong = await browser.post('/newsroom/articles', { edition: 'de' }, { csrf: 'x'.repeat(43) });
      assert.equal(wrong.status, 403);
      const other = await logIn(site.app, (await addUser(site.database.handle.db, 'editor')).email);
      assert.equal((await browser.post('/newsroom/articles', { edition: 'de' }, { csrf: other.csrf })).status, 403, 'another session’s token');
      const json = await browser.postJson('/newsroom/articles/1/autosave', { version: 1 }, { csrf: null });
      assert.equal(json.status, 403);
      const ok = await browser.post('/newsroom/articles', { edition: 'de' });
      assert.equal(ok.status, 303);
    });

    test('log out ends the session; log out everywhere ends them all', async () => {
      const user = await addUser(site.database.handle.db, 'editor');
      const a = await logIn(site.app, user.email);
      const b = await logIn(site.app, user.email);
      const c = await logIn(site.app, user.email);
      assert.equal((await a.post('/newsroom/logout', {})).status, 303);
      assert.equal((await a.get('/newsroom')).status, 303);
      assert.equal((await b.get('/newsroom')).status, 200);
      assert.equal((await b.post('/newsroom/logout-everywhere', {})).status, 303);
      assert.equal((await b.get('/newsroom')).status, 303);
      assert.equal((await c.get('/newsroom')).status, 303);
    });

    test('users change their own password (other sessions end) and their newsroom language', async () => {
      const user = await addUser(site.database.handle.db, 'contributor');
      const a = await logIn(site.app, user.email);
      const b = await logIn(site.app, user.email);
      const bad = await a.post('/newsroom/account/password', { current: 'wrong wrong wrong', password: 'a brand new password 1' });
      assert.equal(bad.status, 400);
      const ok = await a.post('/newsroom/account/password', { current: PASSWORD, password: 'a brand new password 1' });
      assert.equal(ok.status, 200);
      assert.equal((await b.get('/newsroom')).status, 303, 'the other session ended');
      assert.equal((await a.get('/newsroom')).status, 200, 'this one stays');
      await logIn(site.app, user.email, 'a brand new password 1');
      assert.equal((await a.post('/newsroom/account/locale', { locale: 'ru' })).status, 303);
      assert.match((await a.get('/newsroom')).body, /Мои черновики/);
      assert.equal((await a.post('/newsroom/account/locale', { locale: 'xx' })).status, 400);
    });
  });
}
