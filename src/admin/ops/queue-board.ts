import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { AdminDeps } from '../admin-deps.js';
import { requireLogin, requireOfficeAdmin } from '../auth/auth-routes.js';

export const QUEUE_BOARD_PATH = '/queues';

/** @bull-board's queue board, for office admins only; it lists the queues afresh on each visit. */
export async function registerQueueBoard(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  const board = createBullBoard({ queues: [], serverAdapter, options: { uiConfig: { boardTitle: '帮扶助手 队列' } } });
  const login = requireLogin(deps);
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      await login(request, reply);
      if (reply.sent) return;
      await requireOfficeAdmin(request, reply);
      if (reply.sent) return;
      board.replaceQueues((await deps.queues()).map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })));
    });
    await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_BOARD_PATH });
  });
}
