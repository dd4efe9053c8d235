import { dispatchReminder } from './dispatch-reminder.js';
import { SKIP_REASONS } from './plan-reminder-changes.js';
import type { ReminderDeps, StoredReminder } from './ports.js';
import { isInQuietHours, nextAllowedTime } from './quiet-hours.js';

export interface DueDispatchReport {
  sent: number;
  skipped: number;
  /** Due but held back: it is quiet hours (a late post waits for the morning). */
  deferred: number;
}

/**
 * Posts every reminder whose time has come. After an outage several reminders of one stage may
 * be due at once ("starts in 3 days", "starts today"): only the latest is still true, so the
 * others are skipped rather than posted one after another.
 */
export async function dispatchDueReminders(deps: ReminderDeps, now: Date): Promise<DueDispatchReport> {
  const due = await deps.ledger.due(now);
  const report: DueDispatchReport = { sent: 0, skipped: 0, deferred: 0 };
  if (due.length === 0) return report;
  if (isInQuietHours(now, deps.quietHours)) {
    await deps.timers.wakeSweep(nextAllowedTime(now, deps.quietHours));
    return { ...report, deferred: due.length };
  }
  for (const group of groupBySubjectAndAudience(due)) {
    const latest = group.reduce((a, b) => (b.nominalAt.getTime() >= a.nominalAt.getTime() ? b : a));
    for (const older of group) {
      if (older === latest) continue;
      await deps.ledger.markSkipped(older.id, SKIP_REASONS.superseded);
      report.skipped += 1;
    }
    const outcome = await dispatchReminder(deps, latest, now);
    if (outcome.outcome === 'sent') report.sent += 1;
    if (outcome.outcome === 'skipped') report.skipped += 1;
  }
  return report;
}

function groupBySubjectAndAudience(reminders: readonly StoredReminder[]): StoredReminder[][] {
  const groups = new Map<string, StoredReminder[]>();
  for (const reminder of reminders) {
    const key = [reminder.planId, reminder.subject.type, reminder.subject.code, reminder.periodIndex, reminder.unitCodes.join('+')].join('|');
    groups.set(key, [...(groups.get(key) ?? []), reminder]);
  }
  return [...groups.values()];
}
