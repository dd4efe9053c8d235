import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AdminDeps } from '../admin-deps.js';
import { renderPage } from '../http/render.js';
import { verifyPassword } from '../../shared/password-hash.js';

const LoginForm = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256), next: z.string().optional() });

/** Only paths of this console: never an open redirect to another site. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : '/';
}

export function registerAuthRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/login', async (request, reply) => {
    if (request.session.accountId && (await deps.accounts.viewer(request.session.accountId))) return reply.redirect('/');
    return renderPage(request, reply, 'login', { next: (request.query as { next?: string }).next ?? '/', failed: false });
  });

  app.post('/login', { preHandler: app.csrfProtection, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const form = LoginForm.safeParse(request.body);
    const account = form.success ? await deps.accounts.byUsername(form.data.username) : null;
    // The hash is checked even for an unknown user, so timing does not tell which names exist.
    const valid = await verifyPassword(form.success ? form.data.password : '', account?.passwordHash ?? DUMMY_HASH);
    const viewer = account && valid && !account.disabledAt ? deps.accounts.toViewer(account) : null;
    if (!form.success || !viewer) {
      deps.logger.warn({ username: form.success ? form.data.username : null, ip: request.ip }, 'console login failed');
      return renderPage(request, reply, 'login', { next: form.success ? form.data.next ?? '/' : '/', failed: true }, 401);
    }
    // A new session id at login: a session fixed before login cannot be used after it.
    await request.session.regenerate();
    request.session.accountId = viewer.accountId;
    await deps.accounts.recordLogin(viewer.accountId, deps.clock.now());
    return reply.redirect(safeNext(form.data.next));
  });

  app.post('/logout', { preHandler: app.csrfProtection }, async (request, reply) => {
    await request.session.destroy();
    return reply.redirect('/login');
  });
}

/** Protected routes: a viewer, or the login page (HTML) / 401 (anything else). */
export function requireLogin(deps: AdminDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const viewer = request.session.accountId ? await deps.accounts.viewer(request.session.accountId) : null;
    if (viewer) {
      request.viewer = viewer;
      return;
    }
    if (request.method === 'GET' && !request.url.startsWith('/exports/')) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`);
    return reply.code(401).type('text/plain; charset=utf-8').send('请先登录 / log in first');
  };
}

/** Office-admin pages: a unit contact sees only their own unit. */
export async function requireOfficeAdmin(request: FastifyRequest, reply: FastifyReply) {
  if (request.viewer?.role === 'office_admin') return;
  return renderPage(request, reply, 'error', { message: 'error.forbidden' }, 403);
}

// A valid hash of a random password: verifying against it costs what a real check costs.
const DUMMY_HASH = 'scrypt$32768$8$1$cmFuZG9tc2FsdHJhbmRvbQ==$0K4Y0dH1c8b2u9X1m1xq8t3mDqz4t7d6oW9q2v4y6aE=';
