import { dispatchDueReminders, type DueDispatchReport } from './dispatch-due-reminders.js';
import type { ReminderDeps } from './ports.js';
import { runDueFollowUps, type FollowUpReport } from './run-due-follow-ups.js';

export interface SweepReport {
  reminders: DueDispatchReport;
  followUps: FollowUpReport;
}

/** Everything due by `now`: what the timers woke us for, and whatever a crash or an outage left behind. */
export async function sweepReminders(deps: ReminderDeps, now: Date): Promise<SweepReport> {
  const reminders = await dispatchDueReminders(deps, now);
  const followUps = await runDueFollowUps(deps, now);
  return { reminders, followUps };
}
