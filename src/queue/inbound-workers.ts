import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { handleInboundMessage, type HandlingOutcome, type MessageHandlingDeps } from '../dialogue/handle-inbound-message.js';
import { AppError } from '../shared/app-error.js';
import { detectLanguage } from '../shared/language.js';
import { createRedis } from './redis-connection.js';
import { ShardMembership } from './shard-membership.js';
import { HandleMessageJobSchema, inboundQueueName, JOB_NAMES } from './jobs.js';
import type { InboundProducer } from './inbound-producer.js';

export interface InboundWorkers {
  close(force?: boolean): Promise<void>;
  readonly workers: Worker[];
}

export type InboundWorkerOptions = {
  redisUrl: string;
  prefix: string;
  shards: number;
  deps: MessageHandlingDeps;
  logger: Logger;
  onHandled?: (outcome: HandlingOutcome, job: Job) => void;
  /** Tests shorten these to see a killed worker's job picked up quickly. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** How often a process renews its membership and takes or hands over shards. */
  membershipHeartbeatMs?: number;
};

const APOLOGY = {
  zh: '抱歉，系统暂时出了点问题，您的消息没能处理。请稍后再发一次，或联系办公室。',
  en: 'Sorry, something went wrong and your message could not be handled. Please try again later or contact the office.',
};

/**
 * One worker per owned shard, each doing one job at a time, and a global concurrency of 1 per
 * shard queue: one chat's messages stay in order even with many worker processes. The shards
 * are spread over the live processes (see ShardMembership), so adding a process adds capacity.
 */
export async function startInboundWorkers(options: InboundWorkerOptions, producer: InboundProducer): Promise<InboundWorkers> {
  const { deps, logger } = options;
  await Promise.all(producer.queues.map((queue) => queue.setGlobalConcurrency(1)));

  const process = async (job: Job) => {
    if (job.name !== JOB_NAMES.handleMessage) throw new UnrecoverableError(`unknown job name ${job.name}`);
    const parsed = HandleMessageJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.message}`);
    const { message } = parsed.data;
    try {
      const outcome = await handleInboundMessage(message, deps);
      options.onHandled?.(outcome, job);
      return { status: outcome.status, replies: outcome.replyCount, capability: outcome.capability };
    } catch (error) {
      if (error instanceof AppError && error.permanent) {
        const lang = detectLanguage(message.text);
        await deps.replies.enqueue(message.accountId, [
          { chatId: message.chatId, roomId: message.roomId, text: error.shownTo(lang), priority: 'reply', mentionIds: [] },
        ], { id: `${message.id}-error`, causedAt: new Date(message.sentAt) });
        throw new UnrecoverableError(`${error.message} (message ${message.id} from ${message.senderId})`);
      }
      throw error;
    }
  };

  const startShardWorker = (shard: number) => {
    const connection = createRedis(options.redisUrl, 'worker');
    const worker = new Worker(inboundQueueName(shard), process, {
      connection,
      prefix: options.prefix,
      concurrency: 1,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: 3,
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      logger.error({ jobId: job.id, attempts: job.attemptsMade, err: error.message }, 'inbound message failed');
      // Permanent failures already told the user why; a transient one that ran out of retries has not.
      const retriesLeft = job.attemptsMade < (job.opts.attempts ?? 1);
      if (retriesLeft || error instanceof UnrecoverableError) return;
      const parsed = HandleMessageJobSchema.safeParse(job.data);
      if (!parsed.success) return;
      const { message } = parsed.data;
      void deps.replies
        .enqueue(message.accountId, [
          { chatId: message.chatId, roomId: message.roomId, text: APOLOGY[detectLanguage(message.text)], priority: 'reply', mentionIds: [] },
        ], { id: `${message.id}-failed`, causedAt: new Date(message.sentAt) })
        .catch((sendError: unknown) => logger.error({ err: sendError }, 'could not queue the apology'));
    });
    worker.on('error', (error) => logger.error({ err: error.message, shard }, 'inbound worker error'));
    return {
      worker,
      async close(force = false) {
        await worker.close(force);
        connection.disconnect();
      },
    };
  };

  const running = new Map<number, ReturnType<typeof startShardWorker>>();
  const membershipRedis = createRedis(options.redisUrl);
  const heartbeatMs = options.membershipHeartbeatMs ?? 2_000;
  const membership = new ShardMembership(membershipRedis, options.prefix, options.shards, heartbeatMs * 5);
  const rebalance = async () => {
    const owned = new Set(await membership.heartbeat());
    for (const shard of owned) if (!running.has(shard)) running.set(shard, startShardWorker(shard));
    const released = [...running.keys()].filter((shard) => !owned.has(shard));
    await Promise.all(released.map(async (shard) => {
      const handle = running.get(shard)!;
      running.delete(shard);
      await handle.close();
    }));
  };
  await rebalance();
  let rebalancing = Promise.resolve();
  const timer = setInterval(() => {
    rebalancing = rebalancing.then(rebalance).catch((error: unknown) => logger.error({ err: (error as Error).message }, 'shard rebalance failed'));
  }, heartbeatMs);

  return {
    get workers() {
      return [...running.values()].map((handle) => handle.worker);
    },
    async close(force = false) {
      clearInterval(timer);
      await rebalancing;
      await membership.leave().catch(() => undefined);
      await Promise.all([...running.values()].map((handle) => handle.close(force)));
      running.clear();
      membershipRedis.disconnect();
    },
  };
}
