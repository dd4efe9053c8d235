import type { FastifyInstance } from 'fastify';
import type { AdminDeps } from '../admin-deps.js';

/** Prometheus scrapes this; it holds counts and timings, never message text or names. */
export function registerMetricsRoute(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/metrics', async (_request, reply) => reply.type(deps.metrics.contentType).send(await deps.metrics.metrics()));
}
