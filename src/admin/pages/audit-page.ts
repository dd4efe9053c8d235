import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_PAGE_SIZE } from '../../store/console/console-read-models.js';
import type { AdminDeps } from '../admin-deps.js';
import { requireOfficeAdmin } from '../auth/auth-routes.js';
import { renderPage } from '../http/render.js';

const AuditQuery = z.object({
  entity: z.string().max(40).optional().transform((value) => value || undefined),
  action: z.string().max(60).optional().transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** Every change: who, what, when, before and after. */
export function registerAuditPage(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/audit', { preHandler: requireOfficeAdmin }, async (request, reply) => {
    const parsed = AuditQuery.safeParse(request.query);
    const query = parsed.success ? parsed.data : { page: 1 };
    const result = await deps.reads.audit(query);
    return renderPage(request, reply, 'audit', { ...result, query, pages: Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE)) });
  });
}
