import { computeReminders } from './compute-reminders.js';
import { planReminderChanges } from './plan-reminder-changes.js';
import type { PlanSync, ReminderChangePlanner, ReminderDeps } from './ports.js';

/** Computes a plan's reminders with the running calendar and quiet hours and diffs them with the store. */
export function reminderChangePlanner(deps: Pick<ReminderDeps, 'calendar' | 'quietHours'>, now: Date): ReminderChangePlanner {
  return (plan, existing) =>
    planReminderChanges(existing, computeReminders(plan.definition, { calendar: deps.calendar, quietHours: deps.quietHours }), now, deps.quietHours);
}

export interface SyncSummary {
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  /** New reminders whose time had already passed: not sent. */
  skippedPast: number;
}

export function summarizeSync(sync: PlanSync): SyncSummary {
  const { changes } = sync;
  const skippedPast = changes.create.filter((item) => item.status === 'skipped').length;
  return {
    created: changes.create.length - skippedPast,
    updated: changes.update.length,
    cancelled: changes.cancel.length,
    unchanged: changes.unchanged,
    skippedPast,
  };
}

/** Sets a timer for every scheduled reminder of the plan still ahead; any already due wake the sweep now. */
export async function armPlanTimers(deps: Pick<ReminderDeps, 'plans' | 'timers'>, planId: string, now: Date): Promise<number> {
  const scheduled = (await deps.plans.remindersOf(planId)).filter((reminder) => reminder.status === 'scheduled');
  const ahead = scheduled.filter((reminder) => reminder.announceAt.getTime() > now.getTime());
  for (const reminder of ahead) await deps.timers.wakeForReminder(reminder.id, reminder.announceAt);
  if (ahead.length < scheduled.length) await deps.timers.wakeSweep(now);
  return scheduled.length;
}
