// A newsroom user driving the site as a browser would: log in through the form, keep the cookie, post forms with the CSRF token.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/database.ts';
import { createUser } from '../../src/services/user-service.ts';

export const PASSWORD = 'a long enough test password';

export interface Browser {
  cookie: string;
  csrf: string;
  get(url: string, headers?: Record<string, string>): Promise<{ status: number; body: string; headers: Record<string, unknown> }>;
  post(url: string, form: Record<string, string | string[]>, opts?: { csrf?: string | null }): Promise<{ status: number; body: string; headers: Record<string, unknown> }>;
  postJson(url: string, data: unknown, opts?: { csrf?: string | null }): Promise<{ status: number; json: any }>;
}

export function formBody(form: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const value of Array.isArray(v) ? v : [v]) params.append(k, value);
  return params.toString();
}

export function cookieFrom(setCookie: unknown, name: string): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [String(setCookie)] : [];
  for (const c of all) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c);
    if (m) return decodeURIComponent(m[1]);
  }
  return undefined;
}

export function csrfIn(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(m, 'the page carries a CSRF token');
  return m[1];
}

export async function addUser(db: Db, role: string, name = `${role} user`): Promise<{ id: number; email: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@agency.example`;
  const user = await createUser(db, { email, name, role, password: PASSWORD });
  return { id: user.id, email };
}

export async function logIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Browser> {
  const page = await app.inject('/newsroom/login');
  const loginCsrf = cookieFrom(page.headers['set-cookie'], 'depesche_login_csrf')!;
  const res = await app.inject({
    method: 'POST', url: '/newsroom/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `depesche_login_csrf=${loginCsrf}` },
    payload: formBody({ email, password, _csrf: csrfIn(page.body), next: '/newsroom' }),
  });
  assert.equal(res.statusCode, 303, `login of ${email}: ${res.body.slice(0, 200)}`);
  const session = cookieFrom(res.headers['set-cookie'], 'depesche_session')!;
  const cookie = `depesche_session=${session}`;
  const dashboard = await app.inject({ url: '/newsroom', headers: { cookie } });
  const browser: Browser = {
    cookie,
    csrf: csrfIn(dashboard.body),
    async get(url, headers = {}) {
      const r = await app.inject({ url, headers: { cookie, ...headers } });
      return { status: r.statusCode, body: r.body, headers: r.headers };
    },
    async post(url, form, opts = {}) {
      const csrf = opts.csrf === undefined ? browser.csrf : opts.csrf;
      const r = await app.inject({
        method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: formBody(csrf === null ? form : { _csrf: csrf, ...form }),
      });
      return { status: r.statusCode, body: r.body, headers: r.headers };
    },
    async postJson(url, data, opts = {}) {
      const csrf = opts.csrf === undefined ? browser.csrf : opts.csrf;
      const r = await app.inject({
        method: 'POST', url, headers: { cookie, 'content-type': 'application/json', accept: 'application/json', ...(csrf === null ? {} : { 'x-csrf-token': csrf }) },
        payload: JSON.stringify(data),
      });
      return { status: r.statusCode, json: r.body ? JSON.parse(r.body) : null };
    },
  };
  return browser;
}
