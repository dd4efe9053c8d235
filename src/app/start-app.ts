// The composition root: builds the stack for one process role and stops it cleanly.
import type { Logger } from 'pino';
import type { Wechaty } from 'wechaty';
import type { AppConfig } from '../config.js';
import { attachInbound } from '../chat/attach-inbound.js';
import { createBot, watchLogin } from '../chat/create-bot.js';
import { MockWorld } from '../chat/mock-world.js';
import { createWechatySender } from '../chat/wechaty-sender.js';
import type { MessageHandlingDeps } from '../dialogue/handle-inbound-message.js';
import { createInboundProducer, type InboundProducer } from '../queue/inbound-producer.js';
import { startInboundWorkers, type InboundWorkers, type InboundWorkerOptions } from '../queue/inbound-workers.js';
import { createOutboundProducer, type OutboundProducer } from '../queue/outbound-producer.js';
import { startOutboundWorker } from '../queue/outbound-worker.js';
import { Pacer } from '../queue/pacer.js';
import { createRedis } from '../queue/redis-connection.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { createLogger } from '../shared/logger.js';
import { ensureDatabase } from '../store/ensure-database.js';
import { createPrismaClient, type Db } from '../store/prisma.js';
import { recordLoginState } from '../store/bot-accounts.js';
import { seedDemoCounty } from '../store/seed/seed-demo-county.js';
import { createHandlingDeps } from './create-handling-deps.js';
import { startWeeklyCheckInSummary } from '../queue/weekly-checkin-summary.js';
import { createVisitLedger } from '../store/visit-ledger.js';
import { startReminderWorker, type ReminderWorker } from '../queue/reminder-worker.js';
import { seedDemoPlan } from '../store/seed/seed-demo-plan.js';
import type { ReminderRuntime } from './create-reminder-deps.js';

export type AppRole = 'bot' | 'worker' | 'all';

export type StartAppOptions = {
  role: AppRole;
  config: AppConfig;
  clock?: Clock;
  logger?: Logger;
  /** A mock WeChat to run against; created from the demo county when no puppet is configured. */
  world?: MockWorld;
  skipDatabaseSetup?: boolean;
  workerTuning?: Pick<InboundWorkerOptions, 'lockDurationMs' | 'stalledIntervalMs' | 'membershipHeartbeatMs' | 'onHandled'>;
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

  const redis = createRedis(config.redisUrl);
  const inbound = createInboundProducer(redis, config.queuePrefix, config.inboundShards);
  const outbound = createOutboundProducer(redis, config.queuePrefix, config.replyMaxChars);
  const deps = createHandlingDeps({ config, db, redis, clock, replies: outbound });
  if (world && config.demoSeed) await seedDemoPlan(deps.reminders.deps, clock.now());
  // A worker takes jobs only once it can answer them (the policy index takes about a second).
  if (role !== 'bot') await deps.warmUp();


  const workers =
    role === 'bot'
      ? null
      : await startInboundWorkers(
          { redisUrl: config.redisUrl, prefix: config.queuePrefix, shards: config.inboundShards, deps, logger, ...options.workerTuning },
          inbound,
        );

  const closers: (() => Promise<void>)[] = [];
  const reminderWorker = workers
    ? await startReminderWorker({
        queue: deps.reminders.queue,
        redisUrl: config.redisUrl,
        prefix: config.queuePrefix,
        deps: deps.reminders.deps,
        clock,
        logger,
        lockDurationMs: options.workerTuning?.lockDurationMs,
        stalledIntervalMs: options.workerTuning?.stalledIntervalMs,
      })
    : null;
  if (reminderWorker) closers.push(() => reminderWorker.close());
  if (workers) {
    const summary = await startWeeklyCheckInSummary({
      connection: redis,
      redisUrl: config.redisUrl,
      prefix: config.queuePrefix,
      deps: { db, ledger: createVisitLedger(db), outbound, clock },
      logger,
    });
    closers.push(() => summary.close());
  }
  let bot: Wechaty | null = null;
  let loggedIn: Promise<string> = Promise.resolve('');
  if (role !== 'worker') {
    let resolveLogin!: (accountId: string) => void;
    loggedIn = new Promise((resolve) => (resolveLogin = resolve));
    const onLoginChange = async (state: { accountId: string; name: string; loggedIn: boolean }) => {
      await recordLoginState(db, { ...state, puppet: config.puppet ?? 'wechaty-puppet-mock' });
      if (!state.loggedIn) return;
      const sender = startOutboundWorker({
        redisUrl: config.redisUrl,
        prefix: config.queuePrefix,
        accountId: state.accountId,
        sender: createWechatySender(bot!),
        pacer: new Pacer(config.pacing, redis, `${config.queuePrefix}:pacing:${state.accountId}`, clock),
        logger,
      });
      closers.push(() => sender.close());
      resolveLogin(state.accountId);
    };
    if (world) {
      bot = world.bot;
      watchLogin(bot, logger, onLoginChange);
    } else {
      bot = createBot(config, logger, onLoginChange);
    }
    attachInbound(bot, (message) => inbound.enqueue(message), { staleSeconds: config.staleMessageSeconds, logger });
    if (world) await world.start();
    else await bot.start();
    if (world) await loggedIn;
  }

  return {
    config,
    db,
    logger,
    world,
    bot,
    inbound,
    outbound,
    workers,
    deps,
    reminders: { ...deps.reminders, worker: reminderWorker },
    loggedIn,
    async stop(stopOptions = {}) {
      if (bot) await bot.stop().catch((error: unknown) => logger.warn({ err: (error as Error).message }, 'bot stop'));
      await workers?.close(stopOptions.force);
      for (const close of closers) await close();
      await inbound.close();
      await outbound.close();
      await deps.reminders.queue.close();
      redis.disconnect();
      await db.$disconnect();
    },
  };
}
