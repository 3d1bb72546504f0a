// What a view needs to know about the request: edition, its chrome strings, the catalog, the clock.
import type { Edition, ImageRef } from '../../domain/model.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { SiteCatalog } from '../site-catalog.ts';

export interface PageContext {
  edition: Edition;
  t: Messages;
  catalog: SiteCatalog;
  publicUrl: string;
  now: number;
  assets: { css: string; logo: string };
}

export interface Crumb {
  name: string;
  path: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Canonical path of this page. */
  path: string;
  /** Same page in other editions, by edition code (this edition included). */
  alternates?: Map<string, string>;
  type?: 'website' | 'article';
  image?: ImageRef | null;
  jsonLd?: object[];
  breadcrumbs?: Crumb[];
  /** Navigation entry to mark as current. */
  current?: string;
  /** The rubric or tag whose own feeds the page announces (besides the edition's). */
  feed?: { kind: 'rubric' | 'tag'; slug: string; name: string };
}
