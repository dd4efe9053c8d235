// Every queue, job name and payload shape in one place. Producers and consumers both parse
// payloads with these schemas, so a malformed job fails once instead of looping.
import { z } from 'zod';
import { INBOUND_KINDS, PRIORITIES, type Priority } from '../dialogue/inbound-message.js';

export const JOB_NAMES = {
  handleMessage: 'handle-message',
  sendMessage: 'send-message',
  /** One reminder's own timer: posts it at its time. */
  fireReminder: 'fire-reminder',
  /** Everything due: late reminders, follow-up steps. Also runs every minute as a safety net. */
  sweepReminders: 'sweep-reminders',
} as const;

export const FireReminderJobSchema = z.object({ reminderId: z.string().min(1) });
export const SweepRemindersJobSchema = z.object({}).passthrough();

export const InboundMessageSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  chatId: z.string().min(1),
  roomId: z.string().min(1).nullable(),
  roomTopic: z.string().nullable().default(null),
  senderId: z.string().min(1),
  senderName: z.string(),
  kind: z.enum(INBOUND_KINDS),
  text: z.string(),
  mentionsBot: z.boolean(),
  sentAt: z.string().datetime({ offset: true }),
  location: z.object({ latitude: z.number(), longitude: z.number(), address: z.string().nullable() }).nullable(),
  attachmentName: z.string().nullable(),
});

export const HandleMessageJobSchema = z.object({ message: InboundMessageSchema });
export type HandleMessageJob = z.infer<typeof HandleMessageJobSchema>;

export const SendMessageJobSchema = z.object({
  chatId: z.string().min(1),
  roomId: z.string().min(1).nullable(),
  text: z.string().min(1),
  priority: z.enum(PRIORITIES),
  mentionIds: z.array(z.string()),
  /** What caused the send (an inbound message id, a reminder key): for logs and metrics. */
  origin: z.string().min(1),
  /** When the cause happened, to measure reply latency. */
  causedAt: z.string().datetime({ offset: true }),
});
export type SendMessageJob = z.infer<typeof SendMessageJobSchema>;

/**
 * Jobs whose work must not be lost: retried with backoff, kept a day after success (their ids are
 * what makes a second add a no-op) and a week after failure, for inspection.
 */
export const DURABLE_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 86_400, count: 50_000 },
  removeOnFail: { age: 7 * 86_400 },
} as const;

/** BullMQ: lower number = served first. */
export const PRIORITY_RANK: Record<Priority, number> = { reply: 1, confirmation: 2, broadcast: 3 };

// Hash tags keep each queue's keys in one Redis Cluster slot while spreading queues across slots.
export function inboundQueueName(shard: number): string {
  return `{inbound-${shard}}`;
}

export const REMINDERS_QUEUE = '{reminders}';

export function outboundQueueName(accountId: string): string {
  return `{outbound-${safeIdPart(accountId)}}`;
}

/** BullMQ job ids may not contain ':' nor be plain integers. */
export function safeIdPart(value: string): string {
  return value.replace(/[^\w.@-]/g, '_');
}

export function inboundJobId(platformMessageId: string): string {
  return `msg-${safeIdPart(platformMessageId)}`;
}

/** Which inbound shard a chat belongs to: one chat always lands on the same shard, so it stays in order. */
export function shardOf(chatId: string, shards: number): number {
  let hash = 2_166_136_261;
  for (let i = 0; i < chatId.length; i++) {
    hash ^= chatId.charCodeAt(i);
    hash = Math.imul(hash, 16_777_619);
  }
  return (hash >>> 0) % shards;
}
