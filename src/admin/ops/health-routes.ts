import type { FastifyInstance } from 'fastify';
import type { AdminDeps } from '../admin-deps.js';

type Check = { ok: boolean; detail?: string };

async function timed(check: () => Promise<Check>, ms = 2_000): Promise<Check> {
  return Promise.race([
    check().catch((error: unknown) => ({ ok: false, detail: (error as Error).message })),
    new Promise<Check>((resolve) => setTimeout(() => resolve({ ok: false, detail: `no answer in ${ms} ms` }), ms).unref()),
  ]);
}

/** /healthz: the process answers. /readyz: Redis, PostgreSQL and the WeChat login, each named. */
export function registerHealthRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const [redis, postgres, wechat] = await Promise.all([
      timed(async () => ({ ok: (await deps.redis.ping()) === 'PONG' })),
      timed(async () => {
        await deps.db.$queryRaw`SELECT 1`;
        return { ok: true };
      }),
      timed(async () => {
        const states = await deps.services.loginStates();
        if (states.length === 0) return { ok: false, detail: 'no bot process has reported a WeChat login yet' };
        const down = states.filter((state) => state.state !== 'logged_in');
        return down.length === 0 ? { ok: true } : { ok: false, detail: down.map((state) => `${state.botName}: ${state.state}`).join(', ') };
      }),
    ]);
    const checks = { redis, postgres, wechat };
    const ready = Object.values(checks).every((check) => check.ok);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
  });
}
