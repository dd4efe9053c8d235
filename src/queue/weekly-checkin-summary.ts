// Every Monday 09:00 Beijing time: each helper's progress, sent through the outbound queue.
// PostgreSQL holds the progress; the job only says "now", so a retried or doubled run sends
// each helper one message a week (deterministic job ids).
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { VisitLedger } from '../check-ins/ports.js';
import { isoWeekLabel, weeklySummaries } from '../check-ins/weekly-summary.js';
import type { ReplyQueue } from '../dialogue/ports.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/prisma.js';
import { createRedis } from './redis-connection.js';
import { safeIdPart } from './jobs.js';

export const WEEKLY_SUMMARY_QUEUE = '{checkin-summary}';
export const WEEKLY_SUMMARY_SCHEDULER = 'weekly-checkin-summary';

export type WeeklySummaryDeps = { db: Db; ledger: VisitLedger; outbound: ReplyQueue; clock: Clock };

/** The processor, callable directly (tests inject the clock instead of waiting for cron). */
export async function sendWeeklyCheckInSummaries(deps: WeeklySummaryDeps): Promise<number> {
  const now = deps.clock.now();
  const account = await deps.db.botAccount.findFirst({ where: { loggedIn: true }, orderBy: { changedAt: 'desc' } });
  if (!account) throw new Error('no logged-in WeChat account to send the weekly summary from');
  const week = isoWeekLabel(now);
  let sent = 0;
  for (const summary of await weeklySummaries(deps.ledger, now)) {
    const binding = await deps.db.contactBinding.findFirst({ where: { personId: summary.helperId } });
    if (!binding) continue; // a helper not yet on WeChat
    sent += await deps.outbound.enqueue(
      account.accountId,
      [{ chatId: binding.contactId, roomId: null, text: summary.text, priority: 'confirmation', mentionIds: [] }],
      { id: `summary-${safeIdPart(summary.helperId)}-${week}`, causedAt: now },
    );
  }
  return sent;
}

export type WeeklySummarySchedule = { queue: Queue; close(): Promise<void> };

export async function startWeeklyCheckInSummary(options: {
  connection: Redis;
  redisUrl: string;
  prefix: string;
  deps: WeeklySummaryDeps;
  logger: Logger;
}): Promise<WeeklySummarySchedule> {
  const queue = new Queue(WEEKLY_SUMMARY_QUEUE, { connection: options.connection, prefix: options.prefix });
  // Upserting keeps one scheduler however many processes start.
  await queue.upsertJobScheduler(
    WEEKLY_SUMMARY_SCHEDULER,
    { pattern: '0 9 * * 1', tz: 'Asia/Shanghai' },
    { name: WEEKLY_SUMMARY_SCHEDULER, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } },
  );
  const workerConnection = createRedis(options.redisUrl, 'worker');
  const worker = new Worker(
    WEEKLY_SUMMARY_QUEUE,
    async () => ({ sent: await sendWeeklyCheckInSummaries(options.deps) }),
    { connection: workerConnection, prefix: options.prefix },
  );
  worker.on('failed', (job, error) => options.logger.warn({ job: job?.id, err: error.message }, 'weekly check-in summary failed'));
  return {
    queue,
    async close() {
      await worker.close();
      workerConnection.disconnect();
      await queue.close();
    },
  };
}
