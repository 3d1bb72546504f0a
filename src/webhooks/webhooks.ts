// Webhook delivery from the durable queue (being built).
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';

export interface WebhookOptions {
  db: Db;
  publicUrl: string;
  /** How often to look for due deliveries; 0 turns the loop off (tests drive it directly). */
  intervalMs: number;
}

export function startWebhookDelivery(_app: FastifyInstance, _o: WebhookOptions): void {}
