// The newsroom's page shell: navigation by permission, the user's menu, forms carrying the CSRF token.
import { html, type SafeHtml } from '../../site/html.ts';
import type { Permission } from '../../domain/roles.ts';
import type { NewsroomMessages } from '../i18n.ts';
import type { NewsroomContext, NewsroomState } from '../guard.ts';

export function csrfField(ctx: NewsroomContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.session.csrfToken}">`;
}

const NAV: [keyof NewsroomMessages, string, Permission][] = [
  ['dashboard', '/newsroom', 'newsroom:enter'],
  ['articles', '/newsroom/articles', 'newsroom:enter'],
  ['media', '/newsroom/media', 'media:upload'],
  ['rubrics', '/newsroom/rubrics', 'taxonomy:manage'],
  ['tags', '/newsroom/tags', 'taxonomy:manage'],
  ['projects', '/newsroom/projects', 'taxonomy:manage'],
  ['directory', '/newsroom/directory', 'taxonomy:manage'],
  ['pages', '/newsroom/pages', 'pages:manage'],
  ['users', '/newsroom/users', 'users:manage'],
  ['editions', '/newsroom/editions', 'editions:manage'],
  ['audit', '/newsroom/audit', 'audit:view'],
  ['wireClients', '/newsroom/clients', 'clients:manage'],
  ['webhookLog', '/newsroom/webhooks', 'clients:manage'],
];

export interface ShellOptions {
  title: string;
  current?: string;
  body: SafeHtml;
  editor?: boolean;
  flash?: string;
}

export function newsroomPage(nr: NewsroomState, ctx: NewsroomContext, o: ShellOptions): string {
  const { t } = ctx;
  return html`<!DOCTYPE html>
<html lang="${ctx.session.user.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${o.title} – ${t.newsroom}</title>
<link rel="stylesheet" href="${nr.assetPaths.css}">
${o.editor && nr.assetPaths.editorCss ? html`<link rel="stylesheet" href="${nr.assetPaths.editorCss}">` : ''}
${o.editor && nr.assetPaths.editorJs ? html`<script type="module" src="${nr.assetPaths.editorJs}"></script>` : ''}
</head>
<body class="newsroom">
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="nr-header">
<p class="nr-brand"><a href="/newsroom">${t.newsroom}</a></p>
<nav aria-label="${t.mainNav}"><ul>${NAV.filter(([, , p]) => ctx.can(p)).map(([key, href]) => html`<li><a href="${href}"${o.current === href ? html` aria-current="page"` : ''}>${t[key]}</a></li>`)}</ul></nav>
<div class="nr-user"><a href="/newsroom/account">${ctx.session.user.name}</a>
<form method="post" action="/newsroom/logout">${csrfField(ctx)}<button type="submit">${t.logout}</button></form></div>
</header>
<main id="main" class="nr-main">
${o.flash ? html`<p class="flash" role="status">${o.flash}</p>` : ''}
${o.body}
</main>
</body>
</html>
`.value;
}

export function loginPage(nr: NewsroomState, t: NewsroomMessages, o: { csrf: string; next: string; email?: string; error?: string; lang: string }): string {
  return html`<!DOCTYPE html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.login} – ${t.newsroom}</title>
<link rel="stylesheet" href="${nr.assetPaths.css}">
</head>
<body class="newsroom">
<main id="main" class="nr-login">
<h1>${t.newsroom}</h1>
${o.error ? html`<p class="error" role="alert">${o.error}</p>` : ''}
<form method="post" action="/newsroom/login">
<input type="hidden" name="_csrf" value="${o.csrf}">
<input type="hidden" name="next" value="${o.next}">
<p><label for="email">${t.email}</label><input id="email" name="email" type="email" autocomplete="username" required value="${o.email ?? ''}"></p>
<p><label for="password">${t.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">${t.login}</button></p>
</form>
</main>
</body>
</html>
`.value;
}
