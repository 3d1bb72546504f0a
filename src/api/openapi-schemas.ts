// JSON Schemas (2020-12, as OpenAPI 3.1 takes them) of everything the API answers; closed, so a new field must be documented.
import { MAX_LIMIT } from './api-params.ts';
import { PROBLEM_TYPES } from './problem.ts';
import { API_SEARCH_LIMIT, MAX_PAGE } from '../search/search-service.ts';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const str = (description?: string, extra: Schema = {}): Schema => ({ type: 'string', ...(description ? { description } : {}), ...extra });
const id = (description = 'Stable numeric id.'): Schema => ({ type: 'integer', minimum: 1, description });
const uri = (description: string): Schema => ({ type: 'string', format: 'uri', description });
const dateTime = (description: string): Schema => ({ type: 'string', format: 'date-time', description });
const array = (items: Schema): Schema => ({ type: 'array', items });

function object(properties: Record<string, Schema>, description?: string, optional: string[] = []): Schema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
    additionalProperties: false,
  };
}

const TERM_PROPERTIES = {
  id: id(),
  key: str('Language-independent key, the same in every edition.'),
  name: str('Name in the edition.'),
  slug: str('URL slug in the edition.'),
  description: str('Description in the edition; may be empty.'),
  url: uri('The reader page on the site.'),
};

const SUMMARY_PROPERTIES = {
  id: id('Stable id; also in the article\'s reader URL.'),
  storyId: id('The story this article tells; its translations share it.'),
  edition: str('Code of the edition (language version) the article belongs to.'),
  language: str('BCP 47 locale of the edition.'),
  headline: str('Plain text (not HTML).'),
  lead: str('Plain text; may be empty.'),
  place: str('Dateline place, as written; may be empty.'),
  urgency: { type: 'integer', minimum: 1, maximum: 9, description: '1 flash … 9 routine, as wire services use.' },
  publishedAt: dateTime('First publication, with the edition\'s time-zone offset.'),
  updatedAt: dateTime('Last change, with the edition\'s time-zone offset.'),
  url: uri('The article\'s page on the reader site.'),
  rubric: nullable(ref('Term')),
  image: nullable(ref('Image')),
  translations: { ...array(ref('Translation')), description: 'The same story in the other editions where it is published.' },
};

export const SCHEMAS: Record<string, Schema> = {
  Index: object({
    openapi: uri('This description.'),
    links: object(Object.fromEntries(['editions', 'rubrics', 'tags', 'authors', 'projects', 'directory', 'articles', 'search'].map((n) => [n, uri(`The ${n} resource.`)]))),
  }, 'Where to start.'),
  Edition: object({
    code: str('Path prefix of the edition on the site.', { pattern: '^[a-z]{2,3}$' }),
    locale: str('BCP 47 locale.'),
    name: str('Name of the language, in that language.'),
    flag: str('Flag emoji.'),
    timeZone: str('IANA time zone the edition\'s dates are given in.'),
    isDefault: { type: 'boolean' },
    agencyName: str(),
    agencyShort: str('Short agency name, as in datelines.'),
    url: uri('Home page of the edition.'),
  }, 'A language version of the site.'),
  Term: object(TERM_PROPERTIES, 'A rubric, tag or author: one identity, a name and slug per edition.'),
  Image: object({
    id: id(),
    width: { type: 'integer', minimum: 0 },
    height: { type: 'integer', minimum: 0 },
    caption: str('In the edition\'s language; may be empty.'),
    alt: str('Text alternative in the edition\'s language.'),
    credit: str(),
    variants: { ...array(object({ width: { type: 'integer', minimum: 1 }, url: uri('A JPEG of this width.') })), description: 'Stored sizes, narrowest first.' },
  }),
  Project: object({ ...TERM_PROPERTIES, cover: nullable(ref('Image')) }, 'A dossier of curated stories.'),
  Institution: object({
    id: id(),
    key: str(),
    parentId: nullable(id('The institution this one belongs to.')),
    name: str(),
    slug: str(),
    description: str(),
    head: str('Who heads it; may be empty.'),
    address: str(),
    website: str('Its own site; may be empty.'),
    url: uri('Its page in the directory of the reader site.'),
  }, 'An entry of the directory of state institutions.'),
  Translation: object({ id: id(), edition: str(), headline: str(), url: uri('The translation\'s reader page.') }),
  ArticleSummary: object(SUMMARY_PROPERTIES, 'A published article as lists show it.'),
  Article: object({
    ...SUMMARY_PROPERTIES,
    dateline: str('The wire dateline that opens the story, e.g. "MOSKAU, 22. Juni (BelTA) –".'),
    body: str('HTML of the documented subset (p, h2, h3, blockquote, lists, links, figures, tables), sanitized.', { contentMediaType: 'text/html' }),
    correctionNote: str('Visible correction note; empty if none.'),
    tags: array(ref('Term')),
    authors: array(ref('Term')),
  }, 'A published article.'),
  EditionList: object({ data: array(ref('Edition')) }),
  TermList: object({ edition: str(), data: array(ref('Term')) }),
  ProjectList: object({ edition: str(), data: array(ref('Project')) }),
  InstitutionList: object({ edition: str(), data: array(ref('Institution')) }),
  ArticleList: object({
    data: array(ref('ArticleSummary')),
    pagination: object({
      limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT },
      nextCursor: nullable(str('Pass as `cursor` for the next page.')),
      next: nullable(uri('The next page with the same filters; null on the last page.')),
    }),
  }, 'Newest first; pages follow each other by cursor and stay stable while articles are published.'),
  SearchHit: object({
    ...SUMMARY_PROPERTIES,
    highlight: object({
      headline: str('The headline as HTML: escaped, the words that matched in <mark>.', { contentMediaType: 'text/html' }),
      snippet: str('About 30 words of the lead and body around the matches, as HTML: escaped, matches in <mark>, "…" where cut.', { contentMediaType: 'text/html' }),
    }),
    score: { type: 'number', description: 'Relevance (text and recency) as results were ordered; comparable only within one query.' },
  }, 'A published article that matches the query.'),
  SearchResults: object({
    query: str('The query as it was searched.'),
    edition: str('Code of the edition searched.'),
    sort: { type: 'string', enum: ['relevance', 'date'] },
    data: array(ref('SearchHit')),
    suggestion: nullable(object({
      query: str('The query with misspelt words replaced by words that find something.'),
      url: uri('The reader site\'s search page for it.'),
    }, 'Offered on a first page that found nothing.')),
    pagination: object({
      page: { type: 'integer', minimum: 1, maximum: MAX_PAGE },
      limit: { type: 'integer', minimum: 1, maximum: API_SEARCH_LIMIT.max },
      next: nullable(uri('The next page of results; null on the last page.')),
      prev: nullable(uri('The previous page; null on the first.')),
    }),
  }, 'Best matches first (or newest first with sort=date); an empty query finds nothing.'),
  ProblemType: object({
    type: uri('This problem type.'),
    status: { type: 'integer' },
    title: str(),
    description: str(),
  }, 'What a problem type means.'),
  Problem: object({
    type: str('A problem type URI (see /problems/{type}), or about:blank.', { format: 'uri' }),
    title: str(),
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: str('What went wrong with this request.'),
    'invalid-params': array(object({ name: str(), reason: str() })),
  }, 'RFC 9457 problem details.', ['invalid-params']),
  OpenApiDocument: {
    type: 'object',
    description: 'This document.',
    required: ['openapi', 'info', 'paths'],
    properties: { openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' }, info: { type: 'object' }, paths: { type: 'object' } },
  },
};

export const PROBLEM_TYPE_NAMES = Object.keys(PROBLEM_TYPES);
