// /newsroom/clients: wire subscribers for clients:manage — list, create, edit, rotate key or webhook secret,
// disable/enable, delete. A new key or secret is shown in the answer to the POST that made it, never stored readable.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { field, fields, newsroomRoute, type FormBody, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { wireClientMessages, type WireClientMessages } from '../wire-client-i18n.ts';
import {
  clientBody, clientListBody, CLIENTS, confirmDeleteBody, formOf, newClientBody, shownOnceBody, type Choices, type ClientForm,
} from '../views/wire-client-views.ts';
import { idParam, metaOf, queryOf, sendManagePage, sendNotFound } from './manage-helpers.ts';
import {
  createWireClient, deleteWireClient, findWireClientDetails, listWireClientDetails, rotateWebhookSecret, rotateWireClientKey,
  setWireClientDisabled, updateWireClient, wireClientProblemsOf, type WireClientDetails, type WireClientInput,
} from '../../wire/wire-client-service.ts';
import { DomainError } from '../../domain/errors.ts';

function messagesOf(ctx: NewsroomContext): WireClientMessages {
  return wireClientMessages(ctx.session.user.locale);
}

function flashOf(query: Record<string, string>, m: WireClientMessages): string | undefined {
  if (query.deleted) return m.deletedFlash;
  if (query.saved) return m.savedFlash;
  return undefined;
}

/** The form as posted; ids that are not numbers become -1, which the service reports as unknown rubrics. */
function inputOf(body: FormBody): WireClientInput {
  return {
    name: field(body, 'name').slice(0, 1000),
    editions: fields(body, 'editions').slice(0, 100),
    rubricIds: fields(body, 'rubrics').slice(0, 500).map((v) => (/^\d{1,9}$/.test(v) ? Number(v) : -1)),
    embargoAccess: field(body, 'embargoAccess') === '1',
    webhookUrl: field(body, 'webhookUrl').slice(0, 2000),
  };
}

function formFromBody(body: FormBody, problems: ClientForm['problems']): ClientForm {
  const input = inputOf(body);
  return { name: input.name, editions: input.editions, rubricIds: fields(body, 'rubrics'), embargoAccess: input.embargoAccess, webhookUrl: input.webhookUrl, problems };
}

export function registerWireClientRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;
  const permission = 'clients:manage';

  /** Editions and rubrics to choose from, named in the user's language where an edition has it. */
  function choicesFor(ctx: NewsroomContext): Choices {
    const catalog = nr.site.catalog;
    const edition = catalog.byCode.get(ctx.session.user.locale) ?? catalog.defaultEdition;
    const rubrics = edition ? catalog.rubrics.get(edition.code) ?? [] : [];
    return {
      editions: catalog.editions.map((e) => ({ value: e.code, label: `${e.name} (${e.code})` })),
      rubrics: rubrics.map((r) => ({ value: String(r.id), label: r.name || r.key })),
    };
  }

  function shownOnce(ctx: NewsroomContext, reply: FastifyReply, client: { id: number; name: string }, o: { key?: string; secret?: string }): FastifyReply {
    const m = messagesOf(ctx);
    const body = shownOnceBody(ctx, m, client, { ...o, feedUrl: `${nr.site.publicUrl}/wire/v1/items` });
    return sendManagePage(nr, ctx, reply, { title: o.key ? m.keyTitle : m.secretTitle, current: CLIENTS, body });
  }

  /** Runs a change; a refused form comes back (422) with what was typed, a vanished client answers 404. */
  async function attempt(ctx: NewsroomContext, reply: FastifyReply, run: () => Promise<FastifyReply>, refused: (problems: ClientForm['problems']) => Promise<FastifyReply>): Promise<FastifyReply> {
    try {
      return await run();
    } catch (err) {
      const problems = wireClientProblemsOf(err);
      if (problems) return refused(problems);
      if (err instanceof DomainError && err.status === 404) return sendNotFound(nr, ctx, reply, CLIENTS);
      throw err;
    }
  }

  async function clientPage(ctx: NewsroomContext, reply: FastifyReply, client: WireClientDetails, form: ClientForm, status = 200, flash?: string): Promise<FastifyReply> {
    return sendManagePage(nr, ctx, reply, { status, title: client.name, current: CLIENTS, flash, body: clientBody(ctx, messagesOf(ctx), client, form, choicesFor(ctx)) });
  }

  newsroomRoute(app, nr, {
    method: 'GET', url: CLIENTS, permission,
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.wireClients, current: CLIENTS, flash: flashOf(queryOf(request), m), body: clientListBody(ctx, m, await listWireClientDetails(db), choicesFor(ctx)) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${CLIENTS}/new`, permission,
    handler: async (_request, reply, ctx) => {
      const m = messagesOf(ctx);
      const blank: ClientForm = { name: '', editions: [], rubricIds: [], embargoAccess: false, webhookUrl: '', problems: {} };
      return sendManagePage(nr, ctx, reply, { title: m.newClient, current: CLIENTS, body: newClientBody(ctx, m, blank, choicesFor(ctx)) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: CLIENTS, permission,
    handler: async (_request, reply, ctx) => attempt(ctx, reply, async () => {
      const input = inputOf(ctx.body);
      const created = await createWireClient(db, input, metaOf(ctx));
      return shownOnce(ctx, reply, { id: created.id, name: input.name.trim() }, { key: created.key, secret: created.webhookSecret || undefined });
    }, async (problems) => {
      const m = messagesOf(ctx);
      return sendManagePage(nr, ctx, reply, { status: 422, title: m.newClient, current: CLIENTS, body: newClientBody(ctx, m, formFromBody(ctx.body, problems), choicesFor(ctx)) });
    }),
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${CLIENTS}/:id`, permission,
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      const client = id === null ? undefined : await findWireClientDetails(db, id);
      if (!client) return sendNotFound(nr, ctx, reply, CLIENTS);
      return clientPage(ctx, reply, client, formOf(client), 200, flashOf(queryOf(request), messagesOf(ctx)));
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${CLIENTS}/:id`, permission,
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      const client = id === null ? undefined : await findWireClientDetails(db, id);
      if (!client) return sendNotFound(nr, ctx, reply, CLIENTS);
      return attempt(ctx, reply, async () => {
        const { webhookSecret } = await updateWireClient(db, client.id, inputOf(ctx.body), metaOf(ctx));
        // A webhook added just now has a new secret: it is shown this once.
        if (webhookSecret) return shownOnce(ctx, reply, { id: client.id, name: field(ctx.body, 'name').trim() }, { secret: webhookSecret });
        return reply.redirect(`${CLIENTS}/${client.id}?saved=1`, 303);
      }, (problems) => clientPage(ctx, reply, client, formFromBody(ctx.body, problems), 422));
    },
  });

  const rotations: [string, (id: number, ctx: NewsroomContext) => Promise<{ key?: string; secret?: string }>][] = [
    ['rotate-key', async (id, ctx) => ({ key: await rotateWireClientKey(db, id, metaOf(ctx)) })],
    ['rotate-secret', async (id, ctx) => ({ secret: await rotateWebhookSecret(db, id, metaOf(ctx)) })],
  ];
  for (const [action, rotate] of rotations) {
    newsroomRoute(app, nr, {
      method: 'POST', url: `${CLIENTS}/:id/${action}`, permission,
      handler: async (request, reply, ctx) => {
        const id = idParam(request);
        const client = id === null ? undefined : await findWireClientDetails(db, id);
        if (!client) return sendNotFound(nr, ctx, reply, CLIENTS);
        return attempt(ctx, reply, async () => shownOnce(ctx, reply, client, await rotate(client.id, ctx)), (problems) => clientPage(ctx, reply, client, { ...formOf(client), problems }, 422));
      },
    });
  }

  for (const action of ['disable', 'enable'] as const) {
    newsroomRoute(app, nr, {
      method: 'POST', url: `${CLIENTS}/:id/${action}`, permission,
      handler: async (request, reply, ctx) => {
        const id = idParam(request);
        if (id === null) return sendNotFound(nr, ctx, reply, CLIENTS);
        return attempt(ctx, reply, async () => {
          await setWireClientDisabled(db, id, action === 'disable', metaOf(ctx));
          return reply.redirect(`${CLIENTS}/${id}?saved=1`, 303);
        }, async () => sendNotFound(nr, ctx, reply, CLIENTS));
      },
    });
  }

  newsroomRoute(app, nr, {
    method: 'GET', url: `${CLIENTS}/:id/delete`, permission,
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      const client = id === null ? undefined : await findWireClientDetails(db, id);
      if (!client) return sendNotFound(nr, ctx, reply, CLIENTS);
      const m = messagesOf(ctx);
      return sendManagePage(nr, ctx, reply, { title: m.confirmDelete, current: CLIENTS, body: confirmDeleteBody(ctx, m, client) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${CLIENTS}/:id/delete`, permission,
    handler: async (request, reply, ctx) => {
      const id = idParam(request);
      if (id === null) return sendNotFound(nr, ctx, reply, CLIENTS);
      return attempt(ctx, reply, async () => {
        await deleteWireClient(db, id, metaOf(ctx));
        return reply.redirect(`${CLIENTS}?deleted=1`, 303);
      }, async () => sendNotFound(nr, ctx, reply, CLIENTS));
    },
  });
}
