// Every newsroom route goes through newsroomRoute: it declares a permission (or 'public'), gets the session,
// and every state change is checked for its CSRF token. A /newsroom route registered otherwise stops the app.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { can, type Permission } from '../domain/roles.ts';
import { findSession, type Session } from '../services/session-service.ts';
import { newsroomMessages, type NewsroomMessages } from './i18n.ts';
import type { SiteState } from '../site/routes/render.ts';

export const SESSION_COOKIE = 'depesche_session';
export const csrfCookieName = 'depesche_login_csrf';

export interface NewsroomState {
  db: Db;
  site: SiteState;
  secureCookies: boolean;
  assets: Map<string, { contentType: string; body: Buffer }>;
  assetPaths: { css: string; editorJs: string | null; editorCss: string | null };
  /** Every newsroom route with the permission it declared. */
  routes: DeclaredRoute[];
}

export type FormValue = string | string[];
export type FormBody = Record<string, FormValue>;

export interface NewsroomContext {
  session: Session;
  t: NewsroomMessages;
  can(permission: Permission): boolean;
  ip: string;
  body: FormBody;
}

export interface PublicContext {
  session: Session | undefined;
  t: NewsroomMessages;
  ip: string;
  body: FormBody;
}

type Method = 'GET' | 'POST';

interface RouteSpec<P extends Permission | 'public'> {
  method: Method;
  url: string;
  permission: P;
  handler: (request: FastifyRequest, reply: FastifyReply, ctx: P extends 'public' ? PublicContext : NewsroomContext) => Promise<unknown>;
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function cookie(name: string, value: string, opts: { maxAge?: number; secure: boolean; path?: string }): string {
  return `${name}=${encodeURIComponent(value)}; Path=${opts.path ?? '/newsroom'}; HttpOnly; SameSite=Lax${opts.secure ? '; Secure' : ''}${opts.maxAge !== undefined ? `; Max-Age=${opts.maxAge}` : ''}`;
}

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function field(body: FormBody, name: string): string {
  const value = body[name];
  return Array.isArray(value) ? value[0] ?? '' : value ?? '';
}

export function fields(body: FormBody, name: string): string[] {
  const value = body[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A UTC date and time from a form ("2026-12-01T09:00"); null when empty. */
export function parseUtc(value: string): number | null | 'invalid' {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return 'invalid';
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? 'invalid' : ms;
}

export function setNewsroomHeaders(reply: FastifyReply): void {
  reply.headers({
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
  });
}

export function clientIp(request: FastifyRequest): string {
  return request.ip ?? '';
}

/** The one way to add a newsroom route. */
export function newsroomRoute<P extends Permission | 'public'>(app: FastifyInstance, nr: NewsroomState, spec: RouteSpec<P>): void {
  app.route({
    method: spec.method,
    url: spec.url,
    config: { permission: spec.permission },
    handler: async (request, reply) => {
      setNewsroomHeaders(reply);
      const session = await findSession(nr.db, readCookie(request, SESSION_COOKIE));
      const t = newsroomMessages(session?.user.locale ?? pickLocale(request));
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as FormBody;
      const wantsJson = (request.headers.accept ?? '').includes('application/json') || request.headers['content-type']?.startsWith('application/json');
      if (spec.permission === 'public') {
        return (spec.handler as RouteSpec<'public'>['handler'])(request, reply, { session, t, ip: clientIp(request), body });
      }
      if (!session) {
        if (spec.method === 'GET' && !wantsJson) return reply.redirect(`/newsroom/login?next=${encodeURIComponent(request.url)}`, 303);
        return reply.code(401).send({ error: 'not logged in' });
      }
      if (spec.method === 'POST') {
        const token = (request.headers['x-csrf-token'] as string | undefined) ?? field(body, '_csrf');
        if (!sameToken(token, session.csrfToken)) return refuse(reply, 403, t.csrfFailed, wantsJson);
      }
      if (!can(session.user.role, spec.permission as Permission)) return refuse(reply, 403, t.forbidden, wantsJson);
      const ctx: NewsroomContext = { session, t, can: (p) => can(session.user.role, p), ip: clientIp(request), body };
      return (spec.handler as RouteSpec<Permission>['handler'])(request, reply, ctx);
    },
  });
}

export function refuse(reply: FastifyReply, status: number, message: string, json: boolean | undefined): FastifyReply {
  if (json) return reply.code(status).send({ error: message });
  return reply.code(status).type('text/html; charset=utf-8').send(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${status}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>${status}</h1><p>${message.replace(/[<>&"]/g, '')}</p><p><a href="/newsroom">Newsroom</a></p></main></body></html>`);
}

function pickLocale(request: FastifyRequest): string {
  const first = (request.headers['accept-language'] ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first || 'en';
}

export interface DeclaredRoute {
  method: string;
  url: string;
  permission: string;
}

/** Refuses to start when a /newsroom route was added without declaring who may call it; lists the routes. */
export function enforceDeclaredPermissions(app: FastifyInstance, declared: DeclaredRoute[]): void {
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path ?? '';
    if (!url.startsWith('/newsroom')) return;
    const permission = (route.config as { permission?: string } | undefined)?.permission;
    if (!permission) throw new Error(`Route ${String(route.method)} ${url} declares no permission`);
    for (const method of ([] as string[]).concat(route.method)) if (method !== 'HEAD') declared.push({ method, url, permission });
  });
}
