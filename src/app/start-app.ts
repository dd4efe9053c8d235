// The composition root: builds the stack for one process role and stops it cleanly.
import type { Logger } from 'pino';
import type { Wechaty } from 'wechaty';
import type { AppConfig } from '../config.js';
import { MockWorld } from '../chat/mock-world.js';
import type { MessageHandlingDeps } from '../dialogue/handle-inbound-message.js';
import { createInboundProducer, type InboundProducer } from '../queue/inbound-producer.js';
import type { InboundWorkers } from '../queue/inbound-workers.js';
import { createOutboundProducer, type OutboundProducer } from '../queue/outbound-producer.js';
import { createRedis } from '../queue/redis-connection.js';
import type { ReminderWorker } from '../queue/reminder-worker.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { createLogger } from '../shared/logger.js';
import { ensureDatabase } from '../store/ensure-database.js';
import { createPrismaClient, type Db } from '../store/prisma.js';
import { seedDemoCounty } from '../store/seed/seed-demo-county.js';
import { seedDemoPlan } from '../store/seed/seed-demo-plan.js';
import { createHandlingDeps } from './create-handling-deps.js';
import type { ReminderRuntime } from './create-reminder-deps.js';
import { createMetrics, type AppMetrics } from './metrics.js';
import type { RunningAdmin } from './start-admin.js';
import { startBot } from './start-bot.js';
import { startWorkers, type WorkerTuning } from './start-workers.js';

export type AppRole = 'bot' | 'worker' | 'all';

export type StartAppOptions = {
  role: AppRole;
  config: AppConfig;
  clock?: Clock;
  logger?: Logger;
  /** A mock WeChat to run against; created from the demo county when no puppet is configured. */
  world?: MockWorld;
  skipDatabaseSetup?: boolean;
  workerTuning?: WorkerTuning;
};

export type RunningReminders = ReminderRuntime & {
  /** The consumer of the reminders queue (worker roles only). */
  worker: ReminderWorker | null;
};

export type RunningApp = {
  config: AppConfig;
  db: Db;
  logger: Logger;
  world: MockWorld | null;
  bot: Wechaty | null;
  inbound: InboundProducer;
  outbound: OutboundProducer;
  workers: InboundWorkers | null;
  deps: MessageHandlingDeps;
  reminders: RunningReminders;
  metrics: AppMetrics;
  /** The web console, when this process serves it. */
  admin: RunningAdmin | null;
  /** Resolves with the account id once WeChat is logged in (bot role only). */
  loggedIn: Promise<string>;
  stop(options?: { force?: boolean }): Promise<void>;
};

export async function startApp(options: StartAppOptions): Promise<RunningApp> {
  const { config, role } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  if (!options.skipDatabaseSetup) await ensureDatabase(config.databaseUrl);
  const db = createPrismaClient(config.databaseUrl);
  const world = role !== 'worker' && !config.puppet ? (options.world ?? new MockWorld()) : null;
  if (world && config.demoSeed) await seedDemoCounty(db);

  const metrics = createMetrics();
  const redis = createRedis(config.redisUrl);
  const inbound = createInboundProducer(redis, config.queuePrefix, config.inboundShards);
  const outbound = createOutboundProducer(redis, config.queuePrefix, config.replyMaxChars);
  const deps = createHandlingDeps({ config, db, redis, clock, replies: outbound, onReminderQueued: metrics.onReminderQueued });
  if (world && config.demoSeed) await seedDemoPlan(deps.reminders.deps, clock.now());

  const shared = { config, db, redis, clock, logger, metrics };
  const workers = role === 'bot' ? null : await startWorkers({ ...shared, deps, inbound, outbound, ...(options.workerTuning ? { tuning: options.workerTuning } : {}) });
  const bot = role === 'worker' ? null : await startBot({ ...shared, world, inbound, outbound });
  // Loaded only when served: the console brings Fastify, exceljs and the queue board with it.
  const admin = config.admin.enabled ? await (await import('./start-admin.js')).startAdmin({ ...shared, deps, outbound }) : null;

  return {
    config,
    db,
    logger,
    world,
    bot: bot?.bot ?? null,
    inbound,
    outbound,
    workers: workers?.inbound ?? null,
    deps,
    reminders: { ...deps.reminders, worker: workers?.reminders ?? null },
    metrics,
    admin,
    loggedIn: bot?.loggedIn ?? Promise.resolve(''),
    async stop(stopOptions = {}) {
      await admin?.stop();
      await bot?.stop();
      await workers?.stop(stopOptions.force);
      await inbound.close();
      await outbound.close();
      await deps.reminders.queue.close();
      redis.disconnect();
      await db.$disconnect();
    },
  };
}
