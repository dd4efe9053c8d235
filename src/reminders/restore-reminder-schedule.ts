import type { ReminderDeps } from './ports.js';
import { armPlanTimers, reminderChangePlanner, summarizeSync } from './sync-plan-reminders.js';

export interface RestoreReport {
  plans: number;
  scheduled: number;
  /** Reminders whose time moved because the calendar data or the quiet hours changed. */
  moved: number;
}

/**
 * At start-up: PostgreSQL holds the schedule, so every plan's reminders are computed again with
 * the running calendar and quiet hours (a holiday table update moves them) and every timer is set
 * again. Anything missed while the service was down is due now and goes out with the first sweep.
 */
export async function restoreReminderSchedule(deps: ReminderDeps, now: Date): Promise<RestoreReport> {
  const report: RestoreReport = { plans: 0, scheduled: 0, moved: 0 };
  for (const plan of await deps.plans.all()) {
    const sync = await deps.plans.resync(plan.id, reminderChangePlanner(deps, now));
    report.plans += 1;
    report.moved += summarizeSync(sync).updated;
    report.scheduled += await armPlanTimers(deps, plan.id, now);
  }
  for (const at of await deps.escalations.dueTimesAfter(now)) await deps.timers.wakeSweep(at);
  await deps.timers.wakeSweep(now);
  return report;
}
