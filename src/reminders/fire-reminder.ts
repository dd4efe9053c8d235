import { dispatchDueReminders } from './dispatch-due-reminders.js';
import { dispatchReminder, LATE_AFTER_MS } from './dispatch-reminder.js';
import type { ReminderDeps } from './ports.js';
import { isInQuietHours } from './quiet-hours.js';

/**
 * A reminder's own timer went off. On time, it is posted at once (this path sets the fire lag);
 * late, it goes through the due sweep, which holds it back in quiet hours and drops what a later
 * reminder of the same stage supersedes.
 */
export async function fireReminder(deps: ReminderDeps, reminderId: string, now: Date): Promise<void> {
  const reminder = await deps.ledger.reminder(reminderId);
  if (!reminder || reminder.status !== 'scheduled') return;
  if (reminder.announceAt.getTime() > now.getTime()) {
    await deps.timers.wakeForReminder(reminder.id, reminder.announceAt);
    return;
  }
  if (now.getTime() - reminder.announceAt.getTime() > LATE_AFTER_MS || isInQuietHours(now, deps.quietHours)) {
    await dispatchDueReminders(deps, now);
    return;
  }
  await dispatchReminder(deps, reminder, now);
}
