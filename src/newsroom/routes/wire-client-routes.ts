// Newsroom: wire clients (being built).
import type { FastifyInstance } from 'fastify';
import type { NewsroomState } from '../guard.ts';

export function registerWireClientRoutes(_app: FastifyInstance, _nr: NewsroomState): void {}
