// The web console: Fastify, server-rendered pages, a login in front of everything but the health
// and metrics endpoints. Routes only parse input and call the console's services.
import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import Fastify, { type FastifyInstance } from 'fastify';
import { createConsoleSessionStore } from '../store/console-session-store.js';
import type { AdminDeps } from './admin-deps.js';
import { registerAuthRoutes, requireLogin } from './auth/auth-routes.js';
import './http/fastify-types.js';
import { renderPage } from './http/render.js';
import { registerHealthRoutes } from './ops/health-routes.js';
import { registerMetricsRoute } from './ops/metrics-route.js';
import { registerQueueBoard } from './ops/queue-board.js';
import { CONSOLE_PAGES } from './pages/index.js';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export async function buildAdminServer(deps: AdminDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, trustProxy: true, bodyLimit: MAX_UPLOAD_BYTES });
  const secret = deps.config.admin.sessionSecret ?? randomBytes(32).toString('hex');
  if (!deps.config.admin.sessionSecret) deps.logger.warn('ADMIN_SESSION_SECRET is not set: console logins last until this process restarts');

  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret,
    cookieName: 'bangfu_console',
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: deps.config.admin.secureCookies, maxAge: 8 * 3_600_000, path: '/' },
    store: createConsoleSessionStore(deps.db),
  });
  await app.register(fastifyFormbody);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  // Forms send the token in a hidden field; uploads, whose body is read later, in the query.
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/session',
    getToken: (request) => (request.body as { _csrf?: string } | undefined)?._csrf ?? (request.query as { _csrf?: string })._csrf ?? (request.headers['x-csrf-token'] as string | undefined),
  });
  await app.register(fastifyRateLimit, { global: false });

  app.decorate('loginBanner', () => deps.services.loginBanner());
  app.setErrorHandler(async (error: Error & { code?: string; statusCode?: number }, request, reply) => {
    if (error.code?.startsWith('FST_CSRF')) return renderPage(request, reply, 'error', { message: 'error.csrf' }, 403);
    if (error.statusCode === 429) return reply.code(429).type('text/plain; charset=utf-8').send('尝试次数太多，请稍后再试 / too many attempts, try again later');
    deps.logger.error({ err: error.message, url: request.url, viewer: request.viewer?.username }, 'console request failed');
    return reply.code(error.statusCode && error.statusCode < 500 ? error.statusCode : 500).type('text/plain; charset=utf-8').send('出错了，请稍后再试 / something went wrong');
  });
  app.setNotFoundHandler((request, reply) => renderPage(request, reply, 'error', { message: 'error.not_found' }, 404));

  registerHealthRoutes(app, deps);
  registerMetricsRoute(app, deps);
  registerAuthRoutes(app, deps);
  await app.register(async (scope) => {
    scope.addHook('preHandler', requireLogin(deps));
    scope.addHook('preHandler', (request, reply, done) => (request.method === 'POST' ? scope.csrfProtection(request, reply, done) : done()));
    for (const register of CONSOLE_PAGES) register(scope, deps);
  });
  await registerQueueBoard(app, deps);
  return app;
}
