// The newsroom's images: upload (from the editor's script or a plain form), the library, and editing an image's texts.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listEditions } from '../../db/repos/edition-repo.ts';
import { countMedia, findMediaSummary, listMedia, type MediaText } from '../../db/repos/media-admin-repo.ts';
import { DomainError } from '../../domain/errors.ts';
import { audit } from '../../services/audit-service.ts';
import { displayName, ingestImage, MAX_UPLOAD_BYTES, mayEditMedia, updateMediaTexts, uploadProblemOf, type UploadProblem } from '../../services/media-service.ts';
import { findSession } from '../../services/session-service.ts';
import { field, newsroomRoute, readCookie, refuse, sameToken, SESSION_COOKIE, type FormBody, type NewsroomContext, type NewsroomState } from '../guard.ts';
import { mediaMessages, type MediaMessages } from '../media-i18n.ts';
import { newsroomPage } from '../views/layout.ts';
import { editBody, libraryBody, type EditData } from '../views/media-views.ts';

const PAGE_SIZE = 40;
/** Bodies declared this large are refused unread; smaller ones are read to the end, so a plain form still finds its CSRF field. */
const MAX_DECLARED_BYTES = 4 * MAX_UPLOAD_BYTES;

type ReceiveProblem = UploadProblem | 'missing' | 'malformed' | 'count';

const PROBLEM_STATUS: Record<ReceiveProblem, number> = { type: 415, size: 413, pixels: 400, corrupt: 400, missing: 400, malformed: 400, count: 400 };

function problemMessage(m: MediaMessages, problem: ReceiveProblem): string {
  return {
    type: m.errorType, size: m.errorSize, pixels: m.errorPixels, corrupt: m.errorCorrupt, missing: m.errorMissing, malformed: m.errorMalformed, count: m.errorCount,
  }[problem];
}

interface ReceivedUpload {
  file?: { bytes: Buffer; filename: string };
  problem?: ReceiveProblem;
}

const received = new WeakMap<FastifyRequest, ReceivedUpload>();

/**
 * Reads a multipart upload before the guard runs, so the guard finds the plain form's `_csrf` field in the body.
 * Only a logged-in user's upload (with a right token, when the script sends one in its header) is read at all:
 * anyone else is refused by the guard without the server buffering their file.
 */
async function receiveUpload(nr: NewsroomState, request: FastifyRequest): Promise<void> {
  if (!request.isMultipart() || request.routeOptions.url !== '/newsroom/media') return;
  const session = await findSession(nr.db, readCookie(request, SESSION_COOKIE));
  if (!session) return;
  const header = request.headers['x-csrf-token'];
  if (header !== undefined && !sameToken(String(header), session.csrfToken)) return;
  if (Number(request.headers['content-length']) > MAX_DECLARED_BYTES) return void received.set(request, { problem: 'size' });
  const fields: FormBody = Object.create(null);
  const upload: ReceivedUpload = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      // Read to the end in any case: busboy moves on to the next part only then.
      const bytes = await part.toBuffer();
      if (part.fieldname !== 'file' || upload.file || upload.problem) continue;
      if (part.file.truncated) upload.problem = 'size';
      else if (bytes.length > 0) upload.file = { bytes, filename: part.filename ?? '' };
    }
  } catch (err) {
    upload.problem ??= (err as { code?: string }).code === 'FST_FILES_LIMIT' ? 'count' : 'malformed';
  }
  if (!upload.file && !upload.problem) upload.problem = 'missing';
  request.body = fields;
  received.set(request, upload);
}

/** The editor's script asks for JSON and sends its token in a header; a plain form does neither. */
function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json') || request.headers['x-csrf-token'] !== undefined;
}

function pageNumber(value: unknown): number {
  return typeof value === 'string' && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

function mediaId(request: FastifyRequest): number | null {
  const id = (request.params as Record<string, string>).id;
  return /^\d{1,10}$/.test(id) ? Number(id) : null;
}

function sendHtml(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

export async function registerMediaRoutes(app: FastifyInstance, nr: NewsroomState): Promise<void> {
  // Multipart is parsed only in this scope: nothing else accepts files, and no other registration can clash with it.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12, fieldSize: 4096 }, throwFileSizeLimit: false });
    scope.addHook('preValidation', (request) => receiveUpload(nr, request));
    registerRoutes(scope, nr);
  });
}

function registerRoutes(app: FastifyInstance, nr: NewsroomState): void {
  const preferredEdition = () => nr.site.catalog.defaultEdition?.code ?? '';

  const libraryPage = async (ctx: NewsroomContext, o: { page: number; uploadedId?: number; error?: string }): Promise<string> => {
    const m = mediaMessages(ctx.session.user.locale);
    const pages = Math.max(1, Math.ceil((await countMedia(nr.db)) / PAGE_SIZE));
    const page = Math.min(o.page, pages);
    const items = await listMedia(nr.db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return newsroomPage(nr, ctx, {
      title: m.library, current: '/newsroom/media',
      body: libraryBody(ctx, m, { items, page, pages, preferredEdition: preferredEdition(), uploadedId: o.uploadedId, error: o.error }),
    });
  };

  const editPage = async (ctx: NewsroomContext, d: Omit<EditData, 'editions' | 'editable' | 'preferredEdition'>): Promise<string> => {
    const m = mediaMessages(ctx.session.user.locale);
    return newsroomPage(nr, ctx, {
      title: `${m.editTitle} #${d.media.id}`, current: '/newsroom/media',
      body: editBody(ctx, m, { ...d, editions: await listEditions(nr.db), editable: mayEditMedia(ctx.session.user, d.media.createdBy), preferredEdition: preferredEdition() }),
    });
  };

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/media', permission: 'media:upload',
    handler: async (request, reply, ctx) => {
      const json = wantsJson(request);
      const upload = received.get(request) ?? { problem: request.isMultipart() ? 'malformed' : 'missing' };
      let problem = upload.problem;
      if (upload.file && !problem) {
        try {
          const image = await ingestImage(nr.db, ctx.session.user, upload.file.bytes, { filename: upload.file.filename });
          await audit(nr.db, { userId: ctx.session.user.id, action: 'media.upload', objectType: 'media', objectId: image.id, summary: displayName(upload.file.filename), ip: ctx.ip });
          if (!json) {
            const articleId = field(ctx.body, 'article_id');
            return reply.redirect(/^\d{1,10}$/.test(articleId) ? `/newsroom/articles/${articleId}?uploaded=${image.id}` : `/newsroom/media?uploaded=${image.id}`, 303);
          }
          const shown = image.variants.find((v) => v.width === 800) ?? image.variants.at(-1)!;
          return reply.code(201).send({ id: image.id, url: `/media/${image.id}/${shown.width}.jpg`, width: shown.width, height: shown.height, variants: image.variants.map((v) => v.width) });
        } catch (err) {
          problem = uploadProblemOf(err);
          if (!problem) throw err;
        }
      }
      const status = PROBLEM_STATUS[problem ?? 'missing'];
      const message = problemMessage(mediaMessages(ctx.session.user.locale), problem ?? 'missing');
      if (json) return reply.code(status).send({ error: message });
      return sendHtml(reply, status, await libraryPage(ctx, { page: 1, error: message }));
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/media', permission: 'media:upload',
    handler: async (request, reply, ctx) => {
      const query = request.query as Record<string, unknown>;
      const uploaded = typeof query.uploaded === 'string' && /^\d{1,10}$/.test(query.uploaded) ? Number(query.uploaded) : undefined;
      return sendHtml(reply, 200, await libraryPage(ctx, { page: pageNumber(query.page), uploadedId: uploaded }));
    },
  });

  newsroomRoute(app, nr, {
    method: 'GET', url: '/newsroom/media/:id', permission: 'media:upload',
    handler: async (request, reply, ctx) => {
      const id = mediaId(request);
      const media = id === null ? undefined : await findMediaSummary(nr.db, id);
      if (!media) return refuse(reply, 404, ctx.t.notFound, false);
      return sendHtml(reply, 200, await editPage(ctx, { media, saved: (request.query as Record<string, unknown>).saved === '1' }));
    },
  });

  newsroomRoute(app, nr, {
    method: 'POST', url: '/newsroom/media/:id', permission: 'media:upload',
    handler: async (request, reply, ctx) => {
      const json = wantsJson(request);
      const id = mediaId(request);
      if (id === null) return refuse(reply, 404, ctx.t.notFound, json);
      // Only the editions whose fields came with the form change: a partial form never wipes the others.
      const texts: MediaText[] = (await listEditions(nr.db))
        .filter((e) => `caption_${e.code}` in ctx.body || `alt_${e.code}` in ctx.body)
        .map((e) => ({ edition: e.code, caption: field(ctx.body, `caption_${e.code}`), alt: field(ctx.body, `alt_${e.code}`) }));
      const credit = 'credit' in ctx.body ? field(ctx.body, 'credit') : undefined;
      try {
        const media = await updateMediaTexts(nr.db, ctx.session.user, id, { credit, texts });
        await audit(nr.db, { userId: ctx.session.user.id, action: 'media.update', objectType: 'media', objectId: id, ip: ctx.ip });
        if (json) return reply.send({ id: media.id, credit: media.credit, texts: media.texts });
        return reply.redirect(`/newsroom/media/${id}?saved=1`, 303);
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        if (err.code === 'NOT_FOUND') return refuse(reply, 404, ctx.t.notFound, json);
        if (err.code === 'FORBIDDEN') return refuse(reply, 403, ctx.t.forbidden, json);
        if (err.code !== 'INVALID') throw err;
        if (json) return reply.code(400).send({ error: ctx.t.invalid, fields: err.fields });
        const media = (await findMediaSummary(nr.db, id))!;
        return sendHtml(reply, 400, await editPage(ctx, { media, values: { credit: credit ?? media.credit, texts }, errors: err.fields }));
      }
    },
  });
}
