// Logging in and out, and the user's own account (password, newsroom language).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { html } from '../../site/html.ts';
import { attemptLogin, createSession, hashToken, revokeAllSessions, revokeSession, SESSION_MAX_MS } from '../../services/session-service.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../services/password-service.ts';
import { audit } from '../../services/audit-service.ts';
import { NEWSROOM_LOCALES, newsroomMessages } from '../i18n.ts';
import { cookie, csrfCookieName, field, newsroomRoute, readCookie, sameToken, SESSION_COOKIE, type NewsroomState } from '../guard.ts';
import { csrfField, loginPage, newsroomPage } from '../views/layout.ts';

/** Only newsroom addresses of this site are followed after login: no open redirect. */
export function safeNext(next: string): string {
  return /^\/newsroom(?:[/?][^\s\\]*)?$/.test(next) && !next.startsWith('//') ? next : '/newsroom';
}

export function registerAuthRoutes(app: FastifyInstance, nr: NewsroomState): void {
  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/login', permission: 'public',
    handler: async (request, reply, ctx) => {
      const next = safeNext(String((request.query as Record<string, unknown>).next ?? '/newsroom'));
      if (ctx.session) return reply.redirect(next, 303);
      // Before a session exists, CSRF is checked by a token in a cookie and in the form (double submit).
      const csrf = randomBytes(24).toString('base64url');
      reply.header('set-cookie', cookie(csrfCookieName, csrf, { secure: nr.secureCookies, maxAge: 3600 }));
      return reply.type('text/html; charset=utf-8').send(loginPage(nr, ctx.t, { csrf, next, lang: ctx.t === newsroomMessages('de') ? 'de' : ctx.t === newsroomMessages('ru') ? 'ru' : 'en' }));
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/login', permission: 'public',
    handler: async (request, reply, ctx) => {
      const t = ctx.t;
      const next = safeNext(field(ctx.body, 'next'));
      const email = field(ctx.body, 'email').slice(0, 320);
      const password = field(ctx.body, 'password').slice(0, 1024);
      const csrf = randomBytes(24).toString('base64url');
      const again = (status: number, error: string) => {
        reply.header('set-cookie', cookie(csrfCookieName, csrf, { secure: nr.secureCookies, maxAge: 3600 }));
        return reply.code(status).type('text/html; charset=utf-8').send(loginPage(nr, t, { csrf, next, email, error, lang: 'en' }));
      };
      if (!sameToken(field(ctx.body, '_csrf'), readCookie(request, csrfCookieName))) return again(403, t.csrfFailed);
      const result = await attemptLogin(nr.db, email, password, ctx.ip);
      if (!result.ok) {
        await audit(nr.db, { userId: null, action: result.reason === 'throttled' ? 'login.throttled' : 'login.failed', objectType: 'user', summary: email, ip: ctx.ip });
        return again(result.reason === 'throttled' ? 429 : 401, result.reason === 'throttled' ? t.loginThrottled : t.loginFailed);
      }
      // A fresh token at every login: a session id planted before login is worth nothing (fixation).
      const previous = readCookie(request, SESSION_COOKIE);
      if (previous) await revokeSession(nr.db, hashToken(previous));
      const { token } = await createSession(nr.db, result.user.id, { ip: ctx.ip, userAgent: String(request.headers['user-agent'] ?? '') });
      await audit(nr.db, { userId: result.user.id, action: 'login', objectType: 'user', objectId: result.user.id, ip: ctx.ip });
      reply.header('set-cookie', [
        cookie(SESSION_COOKIE, token, { secure: nr.secureCookies, maxAge: Math.floor(SESSION_MAX_MS / 1000) }),
        cookie(csrfCookieName, '', { secure: nr.secureCookies, maxAge: 0 }),
      ]);
      return reply.redirect(next, 303);
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/logout', permission: 'newsroom:enter',
    handler: async (_request, reply, ctx) => {
      await revokeSession(nr.db, ctx.session.tokenHash);
      await audit(nr.db, { userId: ctx.session.user.id, action: 'logout', objectType: 'user', objectId: ctx.session.user.id, ip: ctx.ip });
      reply.header('set-cookie', cookie(SESSION_COOKIE, '', { secure: nr.secureCookies, maxAge: 0 }));
      return reply.redirect('/newsroom/login', 303);
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/logout-everywhere', permission: 'newsroom:enter',
    handler: async (_request, reply, ctx) => {
      await revokeAllSessions(nr.db, ctx.session.user.id);
      await audit(nr.db, { userId: ctx.session.user.id, action: 'logout.everywhere', objectType: 'user', objectId: ctx.session.user.id, ip: ctx.ip });
      reply.header('set-cookie', cookie(SESSION_COOKIE, '', { secure: nr.secureCookies, maxAge: 0 }));
      return reply.redirect('/newsroom/login', 303);
    },
  });

  const accountPage = (ctx: Parameters<Parameters<typeof newsroomRoute<'newsroom:enter'>>[2]['handler']>[2], flash?: string, error?: string) => {
    const { t } = ctx;
    return newsroomPage(nr, ctx, {
      title: t.account, current: '/newsroom/account', flash,
      body: html`<h1>${t.account}</h1>
<p>${ctx.session.user.name} · ${ctx.session.user.email} · ${ctx.session.user.role}</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<h2>${t.language}</h2>
<form method="post" action="/newsroom/account/locale">${csrfField(ctx)}
<p><label for="locale">${t.language}</label><select id="locale" name="locale">${NEWSROOM_LOCALES.map((l) => html`<option value="${l}"${l === ctx.session.user.locale ? html` selected` : ''}>${{ en: 'English', de: 'Deutsch', ru: 'Русский' }[l]}</option>`)}</select></p>
<p><button type="submit">${t.save}</button></p></form>
<h2>${t.changePassword}</h2>
<form method="post" action="/newsroom/account/password">${csrfField(ctx)}
<p><label for="current">${t.currentPassword}</label><input id="current" name="current" type="password" autocomplete="current-password" required></p>
<p><label for="new">${t.newPassword}</label><input id="new" name="password" type="password" autocomplete="new-password" minlength="12" required></p>
<p><button type="submit">${t.changePassword}</button></p></form>
<form method="post" action="/newsroom/logout-everywhere">${csrfField(ctx)}<p><button type="submit" class="secondary">${t.logoutEverywhere}</button></p></form>`,
    });
  };

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/account', permission: 'newsroom:enter',
    handler: async (_request, reply, ctx) => reply.type('text/html; charset=utf-8').send(accountPage(ctx)),
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/account/locale', permission: 'newsroom:enter',
    handler: async (_request, reply, ctx) => {
      const locale = field(ctx.body, 'locale');
      if (!(NEWSROOM_LOCALES as readonly string[]).includes(locale)) return reply.code(400).type('text/html; charset=utf-8').send(accountPage(ctx, undefined, ctx.t.invalid));
      await nr.db.updateTable('users').set({ locale }).where('id', '=', ctx.session.user.id).execute();
      return reply.redirect('/newsroom/account', 303);
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/account/password', permission: 'newsroom:enter',
    handler: async (_request, reply, ctx) => {
      const user = await nr.db.selectFrom('users').select('password_hash').where('id', '=', ctx.session.user.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(field(ctx.body, 'current'), user.password_hash))) {
        return reply.code(400).type('text/html; charset=utf-8').send(accountPage(ctx, undefined, ctx.t.loginFailed));
      }
      const password = field(ctx.body, 'password');
      const problem = passwordProblem(password);
      if (problem) return reply.code(400).type('text/html; charset=utf-8').send(accountPage(ctx, undefined, `${ctx.t.newPassword}: ${problem}`));
      await nr.db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', ctx.session.user.id).execute();
      // Other sessions end; this one stays.
      await nr.db.deleteFrom('sessions').where('user_id', '=', ctx.session.user.id).where('token_hash', '!=', ctx.session.tokenHash).execute();
      await audit(nr.db, { userId: ctx.session.user.id, action: 'password.change', objectType: 'user', objectId: ctx.session.user.id, ip: ctx.ip });
      return reply.type('text/html; charset=utf-8').send(accountPage(ctx, ctx.t.passwordChanged));
    },
  });
}
