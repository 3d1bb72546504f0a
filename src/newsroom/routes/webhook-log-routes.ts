// Newsroom: webhook delivery log (being built).
import type { FastifyInstance } from 'fastify';
import type { NewsroomState } from '../guard.ts';

export function registerWebhookLogRoutes(_app: FastifyInstance, _nr: NewsroomState): void {}
