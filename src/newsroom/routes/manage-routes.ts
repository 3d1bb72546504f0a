// The newsroom's management pages, one sibling file per area; each route declares its permission through
// newsroomRoute: taxonomy:manage (rubrics, tags, projects, directory), pages:manage, users:manage,
// editions:manage and audit:view.
import type { FastifyInstance } from 'fastify';
import type { NewsroomState } from '../guard.ts';
import { registerTermRoutes } from './manage-term-routes.ts';
import { registerProjectRoutes } from './manage-project-routes.ts';
import { registerDirectoryRoutes } from './manage-directory-routes.ts';
import { registerPageRoutes } from './manage-page-routes.ts';
import { registerUserRoutes } from './manage-user-routes.ts';
import { registerEditionRoutes } from './manage-edition-routes.ts';
import { registerAuditRoutes } from './manage-audit-routes.ts';

export function registerManageRoutes(app: FastifyInstance, nr: NewsroomState): void {
  registerTermRoutes(app, nr);
  registerProjectRoutes(app, nr);
  registerDirectoryRoutes(app, nr);
  registerPageRoutes(app, nr);
  registerUserRoutes(app, nr);
  registerEditionRoutes(app, nr);
  registerAuditRoutes(app, nr);
}
