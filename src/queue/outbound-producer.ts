import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { OutgoingMessage } from '../dialogue/inbound-message.js';
import { JOB_NAMES, outboundQueueName, PRIORITY_RANK, safeIdPart, type SendMessageJob } from './jobs.js';
import { splitReply } from './split-reply.js';

export interface OutboundProducer {
  /**
   * Queues messages with ids derived from `origin`, so queuing the same messages again (a retried
   * handler) adds nothing.
   */
  enqueue(accountId: string, messages: OutgoingMessage[], origin: { id: string; causedAt: Date }): Promise<number>;
  queueFor(accountId: string): Queue;
  close(): Promise<void>;
}

export function createOutboundProducer(connection: Redis, prefix: string, maxChars: number): OutboundProducer {
  const queues = new Map<string, Queue>();
  const queueFor = (accountId: string) => {
    let queue = queues.get(accountId);
    if (!queue) {
      queue = new Queue(outboundQueueName(accountId), {
        connection,
        prefix,
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: 'exponential', delay: 2_000 },
          removeOnComplete: { age: 86_400, count: 50_000 },
          removeOnFail: { age: 7 * 86_400 },
        },
      });
      queues.set(accountId, queue);
    }
    return queue;
  };

  return {
    queueFor,
    async enqueue(accountId, messages, origin) {
      const jobs = messages.flatMap((message, index) =>
        splitReply(message.text, maxChars).map((part, partIndex) => {
          const data: SendMessageJob = {
            chatId: message.chatId,
            roomId: message.roomId,
            text: part,
            priority: message.priority,
            mentionIds: partIndex === 0 ? message.mentionIds : [],
            origin: origin.id,
            causedAt: origin.causedAt.toISOString(),
          };
          return {
            name: JOB_NAMES.sendMessage,
            data,
            opts: { jobId: `out-${safeIdPart(origin.id)}.${index}.${partIndex}`, priority: PRIORITY_RANK[message.priority] },
          };
        }),
      );
      if (jobs.length > 0) await queueFor(accountId).addBulk(jobs);
      return jobs.length;
    },
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    },
  };
}
