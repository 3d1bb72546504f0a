// The OpenAPI 3.1 description of the content API, served at /api/v1/openapi.json; tests hold the real answers to it.
import { DEFAULT_LIMIT, MAX_LIMIT } from './api-params.ts';
import { PROBLEM_TYPE_NAMES, SCHEMAS } from './openapi-schemas.ts';
import { API_SEARCH_LIMIT, MAX_PAGE } from '../search/search-service.ts';
import { MAX_QUERY_LENGTH } from '../search/search-query.ts';

type Obj = Record<string, unknown>;

const ref = (kind: string, name: string): Obj => ({ $ref: `#/components/${kind}/${name}` });

const HEADERS: Obj = {
  ETag: { description: 'Weak validator of the body; send it back in If-None-Match to get 304 when nothing changed.', schema: { type: 'string' } },
  Link: { description: 'rel="next": the next page.', schema: { type: 'string' } },
  'RateLimit-Limit': { description: 'Requests allowed per window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in this window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window ends.', schema: { type: 'integer' } },
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } },
};

const RATE_HEADERS = { 'RateLimit-Limit': ref('headers', 'RateLimit-Limit'), 'RateLimit-Remaining': ref('headers', 'RateLimit-Remaining'), 'RateLimit-Reset': ref('headers', 'RateLimit-Reset') };

const problem = (description: string, headers: Obj = {}): Obj => ({
  description,
  headers: { ...RATE_HEADERS, ...headers },
  content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
});

const RESPONSES: Obj = {
  NotModified: { description: 'The representation matching If-None-Match is still current.', headers: { ETag: ref('headers', 'ETag') } },
  InvalidParameter: problem('A parameter is malformed, unknown, repeated or names nothing; `invalid-params` says which and why.'),
  NotFound: problem('No such resource, or not published.'),
  Gone: problem('The article was withdrawn.'),
  TooManyRequests: problem('Rate limit exceeded.', { 'Retry-After': ref('headers', 'Retry-After') }),
  Error: problem('Any other error.'),
};

const PARAMETERS: Obj = {
  edition: { name: 'edition', in: 'query', description: 'Edition code (see /editions); without it, the default edition.', schema: { type: 'string', pattern: '^[a-z]{2,3}$' } },
  articleEdition: { name: 'edition', in: 'query', description: 'Only articles of this edition; without it, all editions.', schema: { type: 'string', pattern: '^[a-z]{2,3}$' } },
  rubric: { name: 'rubric', in: 'query', description: 'Only articles of this rubric: its id, its key, or (with `edition`) its slug in that edition.', schema: { type: 'string' } },
  tag: { name: 'tag', in: 'query', description: 'Only articles with this tag: its id, its key, or (with `edition`) its slug in that edition.', schema: { type: 'string' } },
  since: { name: 'since', in: 'query', description: 'Only articles first published at or after this RFC 3339 date-time (encode "+" in an offset as %2B).', schema: { type: 'string', format: 'date-time' } },
  cursor: { name: 'cursor', in: 'query', description: '`pagination.nextCursor` of the previous page, as it was given.', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
  limit: { name: 'limit', in: 'query', description: 'Articles per page.', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  id: { name: 'id', in: 'path', required: true, description: 'Article id.', schema: { type: 'integer', minimum: 1 } },
  type: { name: 'type', in: 'path', required: true, description: 'Problem type name.', schema: { type: 'string', enum: PROBLEM_TYPE_NAMES } },
  q: {
    name: 'q', in: 'query',
    description: 'What to search for, in the edition\'s language: words (all required, in any form: "elections" finds "election"), '
      + '"a phrase" in quotes, a prefix* and -excluded words. Case and diacritics do not matter. Empty finds nothing.',
    schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
  },
  searchRubric: { name: 'rubric', in: 'query', description: 'Only articles of this rubric, by its slug in the edition.', schema: { type: 'string' } },
  searchTag: { name: 'tag', in: 'query', description: 'Only articles with this tag, by its slug in the edition.', schema: { type: 'string' } },
  from: { name: 'from', in: 'query', description: 'Only articles published on or after this day, in the edition\'s time zone.', schema: { type: 'string', format: 'date' } },
  to: { name: 'to', in: 'query', description: 'Only articles published on or before this day, in the edition\'s time zone.', schema: { type: 'string', format: 'date' } },
  sort: { name: 'sort', in: 'query', description: 'Best matches first (favouring recent ones), or newest first.', schema: { type: 'string', enum: ['relevance', 'date'], default: 'relevance' } },
  page: { name: 'page', in: 'query', description: 'Page of results.', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 } },
  searchLimit: { name: 'limit', in: 'query', description: 'Results per page.', schema: { type: 'integer', minimum: 1, maximum: API_SEARCH_LIMIT.max, default: API_SEARCH_LIMIT.default } },
};

interface Operation {
  id: string;
  summary: string;
  description?: string;
  schema: string;
  parameters?: string[];
  errors?: string[];
  link?: boolean;
}

function get(op: Operation): Obj {
  const errors: Obj = {};
  for (const [status, name] of [['400', 'InvalidParameter'], ['404', 'NotFound'], ['410', 'Gone']] as const) {
    if (op.errors?.includes(status)) errors[status] = ref('responses', name);
  }
  return {
    get: {
      operationId: op.id,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: (op.parameters ?? []).map((p) => ref('parameters', p)),
      responses: {
        200: {
          description: op.summary,
          headers: { ETag: ref('headers', 'ETag'), ...(op.link ? { Link: ref('headers', 'Link') } : {}), ...RATE_HEADERS },
          content: { 'application/json': { schema: ref('schemas', op.schema) } },
        },
        304: ref('responses', 'NotModified'),
        ...errors,
        429: ref('responses', 'TooManyRequests'),
        default: ref('responses', 'Error'),
      },
    },
  };
}

const termList = (what: string, id: string): Operation => ({ id, summary: `${what} of an edition`, schema: 'TermList', parameters: ['edition'], errors: ['400'] });

export function buildOpenApi(serverUrl: string): Obj {
  return {
    openapi: '3.1.0',
    // Schemas are plain JSON Schema 2020-12, without OpenAPI's extra keywords: any 2020-12 validator checks them.
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Depesche content API',
      version: '1.0.0',
      description: 'Read-only access to what the reader site publishes: editions, rubrics, tags, authors, projects, the directory, '
        + 'articles, and search over them. Only published content that is visible now is served; a withdrawn article answers 410. Every answer has an '
        + 'ETag (If-None-Match → 304); errors are RFC 9457 problem details; requests are rate limited per client address.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/': get({ id: 'getIndex', summary: 'Links to the resources', schema: 'Index' }),
      '/openapi.json': get({ id: 'getOpenApi', summary: 'This description', schema: 'OpenApiDocument' }),
      '/problems/{type}': get({ id: 'getProblemType', summary: 'What a problem type means', schema: 'ProblemType', parameters: ['type'], errors: ['404'] }),
      '/editions': get({ id: 'listEditions', summary: 'Editions (language versions)', schema: 'EditionList' }),
      '/rubrics': get(termList('Rubrics', 'listRubrics')),
      '/tags': get(termList('Tags', 'listTags')),
      '/authors': get(termList('Authors', 'listAuthors')),
      '/projects': get({ id: 'listProjects', summary: 'Projects (dossiers) of an edition', schema: 'ProjectList', parameters: ['edition'], errors: ['400'] }),
      '/directory': get({ id: 'listDirectory', summary: 'The directory of institutions in an edition', schema: 'InstitutionList', parameters: ['edition'], errors: ['400'] }),
      '/articles': get({
        id: 'listArticles',
        summary: 'Published articles, newest first',
        description: 'Filters combine. Follow `pagination.next` (or the Link header) until it is null: each article comes exactly once, '
          + 'even while new ones are published.',
        schema: 'ArticleList',
        parameters: ['articleEdition', 'rubric', 'tag', 'since', 'cursor', 'limit'],
        errors: ['400'],
        link: true,
      }),
      '/search': get({
        id: 'searchArticles',
        summary: 'Search the published articles of an edition',
        description: 'Words are matched in every form the edition\'s language gives them; headlines weigh most, then leads and tags, then '
          + 'bodies. Filters combine. A first page that finds nothing may come with a `suggestion` of a spelling that does. '
          + 'Counted against the same rate limit as the other resources.',
        schema: 'SearchResults',
        parameters: ['q', 'edition', 'searchRubric', 'searchTag', 'from', 'to', 'sort', 'page', 'searchLimit'],
        errors: ['400', '404'],
        link: true,
      }),
      '/articles/{id}': get({ id: 'getArticle', summary: 'One published article', schema: 'Article', parameters: ['id'], errors: ['400', '404', '410'] }),
    },
    components: { schemas: SCHEMAS, parameters: PARAMETERS, responses: RESPONSES, headers: HEADERS },
  };
}
