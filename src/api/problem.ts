// The API's errors as RFC 9457 problem details: one catalog of problem types, each documented at its own URI.
import { STATUS_CODES } from 'node:http';
import type { FastifyError } from 'fastify';
import { DomainError, type ErrorCode } from '../domain/errors.ts';

export interface ProblemTypeInfo {
  status: number;
  title: string;
  /** What a client should do about it; served at the type's URI. */
  description: string;
}

// For an error that names only its status, the first type with that status is taken: generic ones come first.
export const PROBLEM_TYPES = {
  'bad-request': { status: 400, title: 'Bad request', description: 'The request could not be understood.' },
  'invalid-parameter': {
    status: 400, title: 'Invalid parameter',
    description: 'A path or query parameter is malformed, out of range, repeated, unknown, or names something that does not exist. `invalid-params` lists each parameter and the reason.',
  },
  forbidden: { status: 403, title: 'Forbidden', description: 'The client may not read this resource.' },
  'not-found': { status: 404, title: 'Not found', description: 'No such resource, or it is not published: unpublished, scheduled and embargoed content does not exist for the API.' },
  'method-not-allowed': { status: 405, title: 'Method not allowed', description: 'The content API is read-only: use GET or HEAD (and OPTIONS for CORS preflight). `Allow` lists the methods.' },
  conflict: { status: 409, title: 'Conflict', description: 'The request conflicts with the current state of the resource.' },
  withdrawn: { status: 410, title: 'Withdrawn', description: 'The article was withdrawn by the newsroom and is no longer available; remove any copy you keep.' },
  'uri-too-long': { status: 414, title: 'URI too long', description: 'The request URI is longer than the server accepts.' },
  unprocessable: { status: 422, title: 'Unprocessable content', description: 'The request was well-formed but its content is invalid.' },
  'rate-limited': { status: 429, title: 'Too many requests', description: 'The client sent more requests than its limit in the current window. Wait the number of seconds in `Retry-After`.' },
  'internal-error': { status: 500, title: 'Internal error', description: 'The server failed to answer; try again later.' },
} as const satisfies Record<string, ProblemTypeInfo>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** Every domain error code has its problem type: a new code without one does not compile. */
const TYPE_OF_CODE: Record<ErrorCode, ProblemType> = {
  NOT_FOUND: 'not-found',
  EDITION_NOT_FOUND: 'not-found',
  ARTICLE_NOT_FOUND: 'not-found',
  ARTICLE_WITHDRAWN: 'withdrawn',
  BAD_REQUEST: 'bad-request',
  METHOD_NOT_ALLOWED: 'method-not-allowed',
  URI_TOO_LONG: 'uri-too-long',
  FORBIDDEN: 'forbidden',
  CONFLICT: 'conflict',
  INVALID: 'unprocessable',
  WRONG_STATUS: 'conflict',
  INTERNAL: 'internal-error',
};

export interface InvalidParam {
  name: string;
  reason: string;
}

/** A problem raised by the API itself; thrown from handlers and hooks, written by the scope's error handler. */
export class ApiProblem extends Error {
  readonly type: ProblemType;
  readonly detail: string;
  readonly invalidParams: InvalidParam[];
  readonly headers: Record<string, string>;
  constructor(type: ProblemType, detail: string, opts: { invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {}) {
    super(detail);
    this.type = type;
    this.detail = detail;
    this.invalidParams = opts.invalidParams ?? [];
    this.headers = opts.headers ?? {};
  }
  get status(): number {
    return PROBLEM_TYPES[this.type].status;
  }
}

export function invalidParam(name: string, reason: string): ApiProblem {
  return new ApiProblem('invalid-parameter', `${name}: ${reason}`, { invalidParams: [{ name, reason }] });
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  'invalid-params'?: InvalidParam[];
}

export function problemTypeUri(base: string, type: ProblemType): string {
  return `${base}/problems/${type}`;
}

/** Any error thrown in the API scope, as the problem a client gets; 500s say nothing about the cause. */
export function toProblem(error: unknown, base: string): { body: ProblemBody; headers: Record<string, string> } {
  if (error instanceof ApiProblem) {
    const body: ProblemBody = { type: problemTypeUri(base, error.type), title: PROBLEM_TYPES[error.type].title, status: error.status, detail: error.detail };
    if (error.invalidParams.length) body['invalid-params'] = error.invalidParams;
    return { body, headers: error.headers };
  }
  if (error instanceof DomainError) {
    const type = TYPE_OF_CODE[error.code];
    return { body: { type: problemTypeUri(base, type), title: PROBLEM_TYPES[type].title, status: PROBLEM_TYPES[type].status, detail: error.message }, headers: {} };
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own client errors (a body too large, say) keep their status; a type is named where we have one.
    const known = (Object.keys(PROBLEM_TYPES) as ProblemType[]).find((t) => PROBLEM_TYPES[t].status === status);
    const detail = (error as Error).message || STATUS_CODES[status] || 'Client error';
    if (known) return { body: { type: problemTypeUri(base, known), title: PROBLEM_TYPES[known].title, status, detail }, headers: {} };
    return { body: { type: 'about:blank', title: STATUS_CODES[status] ?? 'Client error', status, detail }, headers: {} };
  }
  const internal = PROBLEM_TYPES['internal-error'];
  return { body: { type: problemTypeUri(base, 'internal-error'), title: internal.title, status: 500, detail: 'The server failed to answer this request.' }, headers: {} };
}
