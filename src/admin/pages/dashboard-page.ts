import type { FastifyInstance } from 'fastify';
import type { AdminDeps } from '../admin-deps.js';
import { renderPage } from '../http/render.js';

export function registerDashboardPage(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/', async (request, reply) => renderPage(request, reply, 'dashboard', { view: await deps.services.dashboard(request.viewer!, deps.clock.now()) }));
}
