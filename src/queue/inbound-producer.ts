import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { InboundMessage } from '../dialogue/inbound-message.js';
import { inboundJobId, inboundQueueName, JOB_NAMES, shardOf, type HandleMessageJob } from './jobs.js';

export interface InboundProducer {
  /** Queues a message once: the same platform message id added twice is one job. */
  enqueue(message: InboundMessage): Promise<void>;
  readonly queues: Queue[];
  close(): Promise<void>;
}

export function inboundJobOptions() {
  return {
    attempts: 6,
    backoff: { type: 'exponential', delay: 1_000 },
    // The message text is only kept while it may still be retried; the database keeps the masked log.
    removeOnComplete: { age: 3_600, count: 20_000 },
    removeOnFail: { age: 7 * 86_400 },
  };
}

export function createInboundProducer(connection: Redis, prefix: string, shards: number): InboundProducer {
  const queues = Array.from({ length: shards }, (_, shard) =>
    new Queue(inboundQueueName(shard), { connection, prefix, defaultJobOptions: inboundJobOptions() }),
  );
  return {
    queues,
    async enqueue(message) {
      const data: HandleMessageJob = { message };
      const queue = queues[shardOf(message.chatId, shards)]!;
      await queue.add(JOB_NAMES.handleMessage, data, { jobId: inboundJobId(message.id) });
    },
    async close() {
      await Promise.all(queues.map((queue) => queue.close()));
    },
  };
}
