import { randomUUID } from 'node:crypto';
import { QueueEvents, UnrecoverableError, Worker, type Job, type Queue } from 'bullmq';
import type { Logger } from 'pino';
import { fireReminder } from '../reminders/fire-reminder.js';
import type { ReminderDeps } from '../reminders/ports.js';
import { restoreReminderSchedule } from '../reminders/restore-reminder-schedule.js';
import { sweepReminders, type SweepReport } from '../reminders/sweep-reminders.js';
import type { Clock } from '../shared/clock.js';
import { FireReminderJobSchema, JOB_NAMES, REMINDERS_QUEUE, SweepRemindersJobSchema } from './jobs.js';
import { createRedis } from './redis-connection.js';

export const REMINDER_SWEEP_SCHEDULER = 'reminder-sweep';

export interface ReminderWorker {
  /** Runs a sweep through the queue now and waits for it: after a clock jump (tests, demo). */
  sweepNow(): Promise<SweepReport>;
  close(): Promise<void>;
}

export interface ReminderWorkerOptions {
  queue: Queue;
  redisUrl: string;
  prefix: string;
  deps: ReminderDeps;
  clock: Clock;
  logger: Logger;
  /** The safety-net sweep; timers do the precise work. */
  sweepEveryMs?: number;
  /** How soon a dead worker's job is taken over (tests shorten it). */
  lockDurationMs?: number | undefined;
  stalledIntervalMs?: number | undefined;
}

/**
 * Consumes the reminders queue: each reminder's own timer, and sweeps. At start-up it rebuilds
 * every timer from PostgreSQL and sweeps once, so what was due while no process ran goes out now.
 */
export async function startReminderWorker(options: ReminderWorkerOptions): Promise<ReminderWorker> {
  const { queue, deps, clock, logger } = options;
  const process = async (job: Job): Promise<unknown> => {
    switch (job.name) {
      case JOB_NAMES.fireReminder: {
        const parsed = FireReminderJobSchema.safeParse(job.data);
        if (!parsed.success) throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.message}`);
        await fireReminder(deps, parsed.data.reminderId, clock.now());
        return { fired: parsed.data.reminderId };
      }
      case JOB_NAMES.sweepReminders:
        SweepRemindersJobSchema.parse(job.data);
        return sweepReminders(deps, clock.now());
      default:
        throw new UnrecoverableError(`unknown job name ${job.name} on ${REMINDERS_QUEUE}`);
    }
  };

  await queue.upsertJobScheduler(REMINDER_SWEEP_SCHEDULER, { every: options.sweepEveryMs ?? 60_000 }, { name: JOB_NAMES.sweepReminders, data: {} });
  const connection = createRedis(options.redisUrl, 'worker');
  const worker = new Worker(REMINDERS_QUEUE, process, {
    connection,
    prefix: options.prefix,
    concurrency: 4,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
  });
  worker.on('failed', (job, error) => logger.warn({ jobId: job?.id, job: job?.name, attempts: job?.attemptsMade, err: error.message }, 'reminder job failed'));
  worker.on('error', (error) => logger.error({ err: error.message }, 'reminder worker error'));
  const restored = await restoreReminderSchedule(deps, clock.now());
  logger.info(restored, 'reminder schedule restored');

  let events: QueueEvents | null = null;
  return {
    async sweepNow() {
      events ??= new QueueEvents(REMINDERS_QUEUE, { connection: createRedis(options.redisUrl, 'worker'), prefix: options.prefix });
      await events.waitUntilReady();
      const job = await queue.add(JOB_NAMES.sweepReminders, {}, { jobId: `sweep-now-${randomUUID()}` });
      return (await job.waitUntilFinished(events, 60_000)) as SweepReport;
    },
    async close() {
      await worker.close();
      connection.disconnect();
      if (events) {
        const eventsConnection = await events.client;
        await events.close();
        eventsConnection.disconnect();
      }
    },
  };
}
