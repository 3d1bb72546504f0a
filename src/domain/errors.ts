// One catalog of error codes; every edge maps them to its own form (reader page, API problem, CLI message).
export type ErrorCode =
  | 'NOT_FOUND'
  | 'EDITION_NOT_FOUND'
  | 'ARTICLE_NOT_FOUND'
  | 'ARTICLE_WITHDRAWN'
  | 'BAD_REQUEST'
  | 'METHOD_NOT_ALLOWED'
  | 'URI_TOO_LONG'
  | 'INTERNAL';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  EDITION_NOT_FOUND: 404,
  ARTICLE_NOT_FOUND: 404,
  ARTICLE_WITHDRAWN: 410,
  BAD_REQUEST: 400,
  METHOD_NOT_ALLOWED: 405,
  URI_TOO_LONG: 414,
  INTERNAL: 500,
};

export class DomainError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string = code) {
    super(message);
    this.code = code;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
