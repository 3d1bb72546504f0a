// The ninjs wire feed for subscribers (being built).
import type { FastifyInstance } from 'fastify';
import type { SiteState } from '../site/routes/render.ts';

export function registerWireRoutes(_app: FastifyInstance, _state: SiteState): void {}
