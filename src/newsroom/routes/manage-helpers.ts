// What every management route does alike: read ids, queries and per-edition form fields, answer a page,
// a refused form (422) or a missing item (404), and redirect with a flash after a change (303).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import { problemsOf, type ChangeMeta, type EditionName, type Problem } from '../../services/manage-service.ts';
import { field, type FormBody, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { manageMessages, type ManageMessages } from '../manage-i18n.ts';
import { newsroomPage } from '../views/layout.ts';
import { html, type SafeHtml } from '../../site/html.ts';
import type { FormState } from '../views/manage-views.ts';

export function messagesOf(ctx: NewsroomContext): ManageMessages {
  return manageMessages(ctx.session.user.locale);
}

export function metaOf(ctx: NewsroomContext): ChangeMeta {
  return { userId: ctx.session.user.id, ip: ctx.ip };
}

/** A positive id from the route's :id, else null (answered 404). */
export function idParam(request: FastifyRequest): number | null {
  const text = String((request.params as Record<string, string>).id ?? '');
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

export function queryOf(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[key] = first.slice(0, 200);
  }
  return out;
}

export function pageParam(query: Record<string, string>): number {
  const n = Number(query.page);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** The flash a redirect asked for with ?saved=1 and the like. */
export function flashOf(query: Record<string, string>, m: ManageMessages): string | undefined {
  if (query.created) return m.createdFlash;
  if (query.deleted) return m.deletedFlash;
  if (query.moved) return m.movedFlash;
  if (query.saved) return m.savedFlash;
  return undefined;
}

/** Every field of a posted form as text (first value of repeated ones), without the CSRF token. */
export function formValues(body: FormBody): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of Object.keys(body)) if (name !== '_csrf') values[name] = field(body, name);
  return values;
}

/** Per-edition texts from fields named "name.de", "slug.de"…; only the editions that exist are read. */
export function textsFromForm<K extends string>(body: FormBody, editions: EditionName[], keys: readonly K[]): Record<string, Record<K, string>> {
  const texts: Record<string, Record<K, string>> = {};
  for (const { code } of editions) {
    texts[code] = {} as Record<K, string>;
    for (const key of keys) texts[code][key] = field(body, `${key}.${code}`);
  }
  return texts;
}

export interface PageOptions {
  title: string;
  current: string;
  body: SafeHtml;
  status?: number;
  flash?: string;
}

export function sendManagePage(nr: NewsroomState, ctx: NewsroomContext, reply: FastifyReply, o: PageOptions): FastifyReply {
  return reply
    .code(o.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(newsroomPage(nr, ctx, { title: o.title, current: o.current, body: o.body, flash: o.flash }));
}

export function sendNotFound(nr: NewsroomState, ctx: NewsroomContext, reply: FastifyReply, current: string): FastifyReply {
  return sendManagePage(nr, ctx, reply, { status: 404, title: ctx.t.notFound, current, body: html`<h1>${ctx.t.notFound}</h1><p><a href="${current}">${messagesOf(ctx).cancel}</a></p>` });
}

/**
 * Runs a change. A refused input re-renders the form (422) with what the user typed and a message per field;
 * an item that vanished answers 404; otherwise the browser is sent on (303) so a reload does not post again.
 */
export async function change(
  nr: NewsroomState,
  ctx: NewsroomContext,
  reply: FastifyReply,
  o: { current: string; run: () => Promise<string>; refused?: (form: FormState) => Promise<PageOptions> | PageOptions; values?: Record<string, string> },
): Promise<FastifyReply> {
  let location: string;
  try {
    location = await o.run();
  } catch (err) {
    const problems = problemsOf(err);
    if (problems) {
      const form = { values: o.values ?? formValues(ctx.body), problems: problems as Record<string, Problem> };
      const m = messagesOf(ctx);
      const page = o.refused
        ? await o.refused(form)
        : { title: ctx.t.invalid, current: o.current, body: html`<h1>${ctx.t.invalid}</h1><ul class="error">${Object.values(form.problems).map((p) => html`<li>${m.problems[p]}</li>`)}</ul><p><a href="${o.current}">${m.cancel}</a></p>` };
      return sendManagePage(nr, ctx, reply, { ...page, status: 422 });
    }
    if (err instanceof DomainError && err.status === 404) return sendNotFound(nr, ctx, reply, o.current);
    throw err;
  }
  return reply.redirect(location, 303);
}

export function direction(body: FormBody): 'up' | 'down' {
  return field(body, 'direction') === 'up' ? 'up' : 'down';
}
