// One catalog of error codes; every edge maps them to its own form (reader page, API problem, CLI message).
export type ErrorCode =
  | 'NOT_FOUND'
  | 'EDITION_NOT_FOUND'
  | 'ARTICLE_NOT_FOUND'
  | 'ARTICLE_WITHDRAWN'
  | 'BAD_REQUEST'
  | 'METHOD_NOT_ALLOWED'
  | 'URI_TOO_LONG'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INVALID'
  | 'WRONG_STATUS'
  | 'INTERNAL';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  EDITION_NOT_FOUND: 404,
  ARTICLE_NOT_FOUND: 404,
  ARTICLE_WITHDRAWN: 410,
  BAD_REQUEST: 400,
  METHOD_NOT_ALLOWED: 405,
  URI_TOO_LONG: 414,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID: 422,
  WRONG_STATUS: 409,
  INTERNAL: 500,
};

export class DomainError extends Error {
  readonly code: ErrorCode;
  /** Field name → problem, for INVALID. */
  readonly fields: Record<string, string>;
  constructor(code: ErrorCode, message: string = code, fields: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.fields = fields;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
