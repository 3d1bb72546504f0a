// The page shell: head metadata, header with date, language switcher and navigation, footer.
import { html, jsonForScript, type SafeHtml } from '../html.ts';
import { formatHeaderDate, localDay } from '../../domain/dates.ts';
import { urls } from '../urls.ts';
import { feedLinksFor } from '../../feeds/feed-urls.ts';
import type { PageContext, PageMeta } from './page-context.ts';
import { sharedPiece } from '../cache/fragment-memo.ts';

const NETWORK_NAMES: Record<string, string> = {
  telegram: 'Telegram', x: 'X', facebook: 'Facebook', youtube: 'YouTube', instagram: 'Instagram', vk: 'VK',
};

export function absolute(ctx: PageContext, path: string): string {
  return ctx.publicUrl + path;
}

function breadcrumbLd(ctx: PageContext, meta: PageMeta): object[] {
  if (!meta.breadcrumbs?.length) return [];
  return [{
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: meta.breadcrumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absolute(ctx, c.path) })),
  }];
}

function head(ctx: PageContext, meta: PageMeta): SafeHtml {
  const { edition, catalog } = ctx;
  const alternates = meta.alternates ?? new Map([[edition.code, meta.path]]);
  const xDefault = catalog.defaultEdition && alternates.get(catalog.defaultEdition.code);
  const image = meta.image ? absolute(ctx, urls.media(meta.image.id, meta.image.variants.at(-1) ?? meta.image.width)) : absolute(ctx, ctx.assets.logo);
  const ld = [...(meta.jsonLd ?? []), ...breadcrumbLd(ctx, meta)];
  const title = meta.path === urls.home(edition.code) ? edition.agencyName : `${meta.title} – ${edition.agencyName}`;
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${absolute(ctx, meta.path)}">
${[...alternates].map(([code, path]) => html`<link rel="alternate" hreflang="${catalog.byCode.get(code)?.locale ?? code}" href="${absolute(ctx, path)}">\n`)}${xDefault ? html`<link rel="alternate" hreflang="x-default" href="${absolute(ctx, xDefault)}">\n` : ''}<meta property="og:site_name" content="${edition.agencyName}">
<meta property="og:type" content="${meta.type ?? 'website'}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${absolute(ctx, meta.path)}">
<meta property="og:locale" content="${edition.locale.replace('-', '_')}">
<meta property="og:image" content="${image}">
${meta.image ? html`<meta property="og:image:alt" content="${meta.image.alt}">\n` : ''}<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${meta.description}">
<meta name="twitter:image" content="${image}">
${feedLinksFor(ctx.publicUrl, edition, meta.feed).map((f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}">
`)}<link rel="stylesheet" href="${ctx.assets.css}">
<link rel="icon" href="${ctx.assets.logo}" type="image/png">
${ld.map((item) => html`<script type="application/ld+json">${jsonForScript(item)}</script>\n`)}</head>`;
}

function languageSwitcher(ctx: PageContext, meta: PageMeta): SafeHtml {
  const alternates = meta.alternates ?? new Map();
  return html`<nav class="languages" aria-label="${ctx.t.languages}"><ul>${ctx.catalog.editions.map((e) => {
    const current = e.code === ctx.edition.code;
    const href = alternates.get(e.code) ?? urls.home(e.code);
    return html`<li><a href="${href}" lang="${e.locale}" hreflang="${e.locale}"${current ? html` aria-current="true"` : ''}><span class="flag" aria-hidden="true">${e.flag}</span> ${e.name}</a></li>`;
  })}</ul></nav>`;
}

function mainNav(ctx: PageContext, current: string | undefined): SafeHtml {
  const ed = ctx.edition.code;
  const item = (href: string, label: string) =>
    html`<li><a href="${href}"${current === href ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return html`<nav class="main-nav" aria-label="${ctx.t.mainNav}"><ul>
${item(urls.allNews(ed), ctx.t.allNews)}${(ctx.catalog.rubrics.get(ed) ?? []).map((r) => item(urls.rubric(ed, r.slug), r.name))}${item(urls.projects(ed), ctx.t.projects)}${item(urls.directory(ed), ctx.t.directory)}
</ul></nav>`;
}

/** The edition's social accounts; `place` keeps the heading's id unique where a page shows them twice. */
export function socialLinks(ctx: PageContext, place: 'footer' | 'sidebar'): SafeHtml {
  const links = ctx.edition.socialLinks;
  if (!links.length) return html``;
  const id = `follow-heading-${place}`;
  return html`<section class="follow" aria-labelledby="${id}"><h2 id="${id}">${ctx.t.followUs}</h2><ul>${links.map(
    (l) => html`<li><a href="${l.url}" rel="me noopener" class="social social-${l.network}">${NETWORK_NAMES[l.network] ?? l.network}</a></li>`,
  )}</ul></section>`;
}

function breadcrumbs(ctx: PageContext, meta: PageMeta): SafeHtml {
  if (!meta.breadcrumbs || meta.breadcrumbs.length < 2) return html``;
  const last = meta.breadcrumbs.length - 1;
  return html`<nav class="breadcrumb" aria-label="${ctx.t.breadcrumb}"><ol>${meta.breadcrumbs.map((c, i) =>
    i === last ? html`<li><a href="${c.path}" aria-current="page">${c.name}</a></li>` : html`<li><a href="${c.path}">${c.name}</a></li>`,
  )}</ol></nav>`;
}

export function layout(ctx: PageContext, meta: PageMeta, body: SafeHtml): string {
  const { edition, t } = ctx;
  const ed = edition.code;
  const today = localDay(ctx.now, edition.timeZone);
  // Everything around the page's own content but the language switcher (which links this page's translations) is
  // the same on every page of the edition that day.
  return html`<!DOCTYPE html>
<html lang="${edition.locale}" dir="ltr">
${head(ctx, meta)}
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site-header">
<div class="topbar">
${sharedPiece(ctx, `today|${today}`, () => html`<p class="today"><time datetime="${today}">${formatHeaderDate(ctx.now, edition)}</time></p>`)}
${languageSwitcher(ctx, meta)}
</div>
${sharedPiece(ctx, `brand|${meta.current ?? ''}`, () => html`<div class="brand"><a href="${urls.home(ed)}" class="logo"><img src="${ctx.assets.logo}" alt="" width="40" height="40"> <span>${edition.agencyName}</span></a>
<form class="header-search" role="search" method="get" action="${urls.search(ed)}"><label for="header-q" class="visually-hidden">${t.search}</label><input id="header-q" type="search" name="q" maxlength="500"><button type="submit">${t.search}</button></form></div>
${mainNav(ctx, meta.current)}`)}
</header>
<main id="main" tabindex="-1">
${breadcrumbs(ctx, meta)}
${body}
</main>
${sharedPiece(ctx, `footer|${today.slice(0, 4)}`, () => html`<footer class="site-footer">
${socialLinks(ctx, 'footer')}
<nav class="footer-nav" aria-label="${t.pages}"><ul>${(ctx.catalog.pages.get(ed) ?? []).map((p) => html`<li><a href="${urls.page(ed, p.slug)}">${p.title}</a></li>`)}</ul></nav>
<p class="copyright">© ${today.slice(0, 4)} ${edition.agencyName}. ${t.allRightsReserved}.</p>
</footer>`)}
</body>
</html>
`.value;
}
