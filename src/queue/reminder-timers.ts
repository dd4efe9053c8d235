import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ReminderTimers } from '../reminders/ports.js';
import type { Clock } from '../shared/clock.js';
import { DURABLE_JOB_OPTIONS, JOB_NAMES, REMINDERS_QUEUE, safeIdPart } from './jobs.js';

export function createReminderQueue(connection: Redis, prefix: string): Queue {
  return new Queue(REMINDERS_QUEUE, { connection, prefix, defaultJobOptions: DURABLE_JOB_OPTIONS });
}

/**
 * Timers as delayed jobs. The delay is counted on the injected clock, so a test clock and BullMQ
 * agree; the job id holds the time, so setting the same timer twice (every process at start-up,
 * a re-import) leaves one job.
 */
export function createReminderTimers(queue: Queue, clock: Clock): ReminderTimers {
  const delayUntil = (at: Date) => Math.max(0, at.getTime() - clock.now().getTime());
  return {
    async wakeForReminder(reminderId, at) {
      await queue.add(JOB_NAMES.fireReminder, { reminderId }, { jobId: `fire-${safeIdPart(reminderId)}-${at.getTime()}`, delay: delayUntil(at) });
    },
    async wakeSweep(at) {
      await queue.add(JOB_NAMES.sweepReminders, {}, { jobId: `sweep-${at.getTime()}`, delay: delayUntil(at) });
    },
  };
}
