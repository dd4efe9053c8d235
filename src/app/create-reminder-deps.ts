import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config.js';
import type { ReplyQueue } from '../dialogue/ports.js';
import { createReminderOutbox } from '../queue/reminder-outbox.js';
import { createReminderQueue, createReminderTimers } from '../queue/reminder-timers.js';
import { createChineseWorkingCalendar } from '../reminders/chinese-working-calendar.js';
import type { ReminderDeps } from '../reminders/ports.js';
import type { Clock } from '../shared/clock.js';
import { createAuditTrail } from '../store/audit-trail.js';
import { currentAccountId } from '../store/bot-accounts.js';
import { createEscalationLedger } from '../store/escalation-ledger.js';
import { createPlanStore } from '../store/plan-store.js';
import type { Db } from '../store/prisma.js';
import { createReminderLedger } from '../store/reminder-ledger.js';
import { createUnitDirectory } from '../store/unit-directory.js';

export interface ReminderRuntime {
  deps: ReminderDeps;
  /** Where the timers live; the worker role consumes it (src/queue/reminder-worker.ts). */
  queue: Queue;
}

/** What message handling, and the reminders within it, are built from. */
export interface HandlingInput {
  config: AppConfig;
  db: Db;
  redis: Redis;
  clock: Clock;
  replies: ReplyQueue;
  /** Told each time a reminder's posts are queued, for the fire-lag metric. */
  onReminderQueued?: (dueAt: Date, queuedAt: Date) => void;
}

/** The reminders capability wired to PostgreSQL, BullMQ and the paced sender. */
export function createReminderRuntime(input: HandlingInput): ReminderRuntime {
  const { config, db } = input;
  const queue = createReminderQueue(input.redis, config.queuePrefix);
  return {
    queue,
    deps: {
      plans: createPlanStore(db),
      ledger: createReminderLedger(db),
      escalations: createEscalationLedger(db),
      units: createUnitDirectory(db),
      timers: createReminderTimers(queue, input.clock),
      outbox: createReminderOutbox(input.replies, () => currentAccountId(db), (dueAt) => input.onReminderQueued?.(dueAt, input.clock.now())),
      audit: createAuditTrail(db),
      calendar: createChineseWorkingCalendar(),
      quietHours: config.quietHours,
    },
  };
}
