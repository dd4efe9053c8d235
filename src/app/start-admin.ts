// The web console (and /healthz, /readyz, /metrics) of this process.
import { Queue } from 'bullmq';
import { buildAdminServer } from '../admin/build-admin-server.js';
import { inboundQueueName, outboundQueueName, REMINDERS_QUEUE } from '../queue/jobs.js';
import { WEEKLY_SUMMARY_QUEUE } from '../queue/weekly-checkin-summary.js';
import { createConsoleAccounts } from '../store/console-accounts.js';
import { deleteExpiredConsoleSessions } from '../store/console-session-store.js';
import { createConsoleReadModels } from '../store/console/console-read-models.js';
import { createUnitAdmin } from '../store/console/unit-admin.js';
import { createRecordEdits } from '../store/console/record-edits.js';
import { createOpenQuestionStore } from '../store/open-question-store.js';
import { createVisitLedger } from '../store/visit-ledger.js';
import { createWeChatLoginStates } from '../store/wechat-login-state.js';
import { createConsoleServices } from './create-console-services.js';
import type { HandlingDeps } from './create-handling-deps.js';
import type { ProcessStack } from './process-stack.js';
import type { OutboundProducer } from '../queue/outbound-producer.js';

export interface RunningAdmin {
  /** Where the console listens, e.g. http://127.0.0.1:3000 */
  url: string;
  stop(): Promise<void>;
}

export async function startAdmin(input: ProcessStack & { deps: HandlingDeps; outbound: OutboundProducer }): Promise<RunningAdmin> {
  const { config, db, redis } = input;
  // The board and the depth metric look at every queue, under names that can grow (new accounts).
  const queues = new Map<string, Queue>();
  const queueNamed = (name: string) => {
    let queue = queues.get(name);
    if (!queue) queues.set(name, (queue = new Queue(name, { connection: redis, prefix: config.queuePrefix })));
    return queue;
  };
  const allQueues = async () => {
    const accounts = await db.botAccount.findMany({ select: { accountId: true } });
    return [
      ...Array.from({ length: config.inboundShards }, (_, shard) => inboundQueueName(shard)),
      ...accounts.map((account) => outboundQueueName(account.accountId)),
      REMINDERS_QUEUE,
      WEEKLY_SUMMARY_QUEUE,
    ].map(queueNamed);
  };
  input.metrics.watchQueues(allQueues);
  const services = createConsoleServices({
    db,
    reminders: input.deps.reminders.deps,
    openQuestions: createOpenQuestionStore(db),
    visits: createVisitLedger(db),
    replies: input.outbound,
    loginStates: createWeChatLoginStates(db),
  });
  const app = await buildAdminServer({
    config,
    db,
    redis,
    clock: input.clock,
    logger: input.logger,
    accounts: createConsoleAccounts(db),
    services,
    reads: createConsoleReadModels(db),
    unitAdmin: createUnitAdmin(db),
    recordEdits: createRecordEdits(db),
    queues: allQueues,
    metrics: input.metrics.registry,
  });
  const address = await app.listen({ host: config.admin.host, port: config.admin.port });
  const sweepSessions = () =>
    void deleteExpiredConsoleSessions(db, input.clock.now()).catch((error: unknown) => input.logger.warn({ err: (error as Error).message }, 'could not delete expired console sessions'));
  sweepSessions();
  const sessionTimer = setInterval(sweepSessions, 3_600_000).unref();
  return {
    url: address,
    async stop() {
      clearInterval(sessionTimer);
      await app.close();
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    },
  };
}
