// application/x-www-form-urlencoded bodies as field → value, repeated fields as arrays.
import type { FastifyInstance } from 'fastify';
import type { FormBody } from './guard.ts';

export function parseForm(text: string): FormBody {
  const body: FormBody = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) {
    const previous = body[key];
    if (previous === undefined) body[key] = value;
    else body[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return body;
}

export function registerFormParser(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 2 * 1024 * 1024 }, (_request, text, done) => {
    try {
      done(null, parseForm(text as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}
