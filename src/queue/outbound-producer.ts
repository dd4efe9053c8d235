import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { OutgoingMessage } from '../dialogue/inbound-message.js';
import { DURABLE_JOB_OPTIONS, JOB_NAMES, outboundQueueName, PRIORITY_RANK, safeIdPart, type SendMessageJob } from './jobs.js';
import { splitReply } from './split-reply.js';

const BULK_SLICE = 1_000;

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
        defaultJobOptions: DURABLE_JOB_OPTIONS,
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
          const identity = message.key ? safeIdPart(message.key) : `${safeIdPart(origin.id)}.${index}`;
          return {
            name: JOB_NAMES.sendMessage,
            data: message.key ? { ...data, origin: message.key } : data,
            opts: { jobId: `out-${identity}.${partIndex}`, priority: PRIORITY_RANK[message.priority] },
          };
        }),
      );
      const queue = queueFor(accountId);
      // Bulk adds in slices: a 10,000-room broadcast in one MULTI would hold Redis up.
      for (let start = 0; start < jobs.length; start += BULK_SLICE) await queue.addBulk(jobs.slice(start, start + BULK_SLICE));
      return jobs.length;
    },
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    },
  };
}
