import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { createRedis } from './redis-connection.js';
import { outboundQueueName, SendMessageJobSchema, type SendMessageJob } from './jobs.js';
import type { MessageSender } from './message-sender.js';
import type { Pacer } from './pacer.js';

export type OutboundWorkerOptions = {
  redisUrl: string;
  prefix: string;
  accountId: string;
  sender: MessageSender;
  pacer: Pacer;
  logger: Logger;
  onSent?: (message: SendMessageJob, pacingWaitMs: number) => void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one sender of an account. With pacing on it sends one message at a time; with pacing off it
 * sends many at once but still one at a time per chat, so a chat's replies keep their order.
 */
export function startOutboundWorker(options: OutboundWorkerOptions): { worker: Worker; close(): Promise<void> } {
  const connection = createRedis(options.redisUrl, 'worker');
  const sentMarker = (jobId: string) => `${options.prefix}:sent:${outboundQueueName(options.accountId)}:${jobId}`;
  const chatTails = new Map<string, Promise<unknown>>();

  const inChatOrder = <T>(chatId: string, work: () => Promise<T>): Promise<T> => {
    const previous = chatTails.get(chatId) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    chatTails.set(chatId, tail);
    void tail.then(() => chatTails.get(chatId) === tail && chatTails.delete(chatId));
    return run;
  };

  const process = async (job: Job, token?: string) => {
    const parsed = SendMessageJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid send payload: ${parsed.error.message}`);
    const message = parsed.data;
    // A job seen before may have been sent just before a crash: the marker says so.
    if ((job.attemptsMade > 0 || (job.stalledCounter ?? 0) > 0) && (await connection.exists(sentMarker(job.id!)))) return 'already-sent';

    const decision = await options.pacer.decide(message.roomId, message.priority);
    if (decision.kind === 'defer_until') {
      await job.moveToDelayed(decision.at.getTime(), token);
      throw new DelayedError();
    }
    if (decision.waitMs > 0) await sleep(decision.waitMs);

    await inChatOrder(message.chatId, () => options.sender.send(message));
    await connection.set(sentMarker(job.id!), '1', 'EX', 86_400);
    await options.pacer.recordSend(message.roomId);
    options.onSent?.(message, decision.waitMs);
    return 'sent';
  };

  const worker = new Worker(outboundQueueName(options.accountId), process, {
    connection,
    prefix: options.prefix,
    concurrency: options.pacer.enabled ? 1 : 64,
  });
  worker.on('failed', (job, error) =>
    options.logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, 'send failed'),
  );
  worker.on('error', (error) => options.logger.error({ err: error.message }, 'outbound worker error'));
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
