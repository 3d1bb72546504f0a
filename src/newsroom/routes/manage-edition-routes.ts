// /newsroom/editions: each edition's names, locale, time zone, host, date patterns, social links and labels.
import type { FastifyInstance } from 'fastify';
import { listEditions } from '../../db/repos/edition-repo.ts';
import { findEdition, PATTERN_KEYS, saveEdition, type EditionInput } from '../../services/manage-edition-service.ts';
import { field, newsroomRoute, type FormBody, type NewsroomState } from '../guard.ts';
import { blankForm } from '../views/manage-views.ts';
import { editionFormBody, editionListBody, editionValues } from '../views/manage-edition-views.ts';
import { change, flashOf, messagesOf, metaOf, queryOf, sendManagePage, sendNotFound } from './manage-helpers.ts';

const LIST = '/newsroom/editions';

function editionInput(body: FormBody): EditionInput {
  // Rows keep their numbers, so a refused row's message lands on the row that was sent.
  const rows = Object.keys(body).map((name) => /^social\.(\d{1,2})\.(?:network|url)$/.exec(name)).filter((m) => m !== null).map((m) => Number(m[1]));
  const social: EditionInput['social'] = Array.from({ length: rows.length ? Math.max(...rows) + 1 : 0 }, (_, i) => ({
    network: field(body, `social.${i}.network`), url: field(body, `social.${i}.url`),
  }));
  return {
    name: field(body, 'name'), flag: field(body, 'flag'), locale: field(body, 'locale'), timeZone: field(body, 'timeZone'), host: field(body, 'host'),
    agencyName: field(body, 'agencyName'), agencyShort: field(body, 'agencyShort'), labels: field(body, 'labels'),
    patterns: Object.fromEntries(PATTERN_KEYS.map((k) => [k, field(body, `pattern.${k}`)])) as EditionInput['patterns'],
    social,
  };
}

export function registerEditionRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const db = nr.db;
  const codeOf = (params: unknown) => String((params as Record<string, string>).code ?? '').slice(0, 20);

  newsroomRoute(app, nr, {
    method: 'GET', url: LIST, permission: 'editions:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      return sendManagePage(nr, ctx, reply, { title: ctx.t.editions, current: LIST, flash: flashOf(queryOf(request), m), body: editionListBody(ctx, m, await listEditions(db)) });
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: `${LIST}/:code`, permission: 'editions:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      const edition = await findEdition(db, codeOf(request.params));
      if (!edition) return sendNotFound(nr, ctx, reply, LIST);
      return sendManagePage(nr, ctx, reply, {
        title: `${m.editEdition}: ${edition.name}`, current: LIST, flash: flashOf(queryOf(request), m),
        body: editionFormBody(ctx, m, { edition, form: blankForm(editionValues(edition)), now: Date.now() }),
      });
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: `${LIST}/:code`, permission: 'editions:manage',
    handler: async (request, reply, ctx) => {
      const m = messagesOf(ctx);
      const code = codeOf(request.params);
      const edition = await findEdition(db, code);
      if (!edition) return sendNotFound(nr, ctx, reply, LIST);
      return change(nr, ctx, reply, {
        current: LIST,
        run: async () => (await saveEdition(db, code, editionInput(ctx.body), metaOf(ctx)), `${LIST}/${code}?saved=1`),
        refused: (form) => ({ title: `${m.editEdition}: ${edition.name}`, current: LIST, body: editionFormBody(ctx, m, { edition, form, now: Date.now() }) }),
      });
    },
  });
}
