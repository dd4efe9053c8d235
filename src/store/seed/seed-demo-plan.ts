// The demo county runs the border action plan from the documents. They write the year as "20xx":
// the demo takes this year, or next year once this year's reminders are all behind us.
import { readFileSync } from 'node:fs';
import { computeReminders } from '../../reminders/compute-reminders.js';
import { importPlan } from '../../reminders/import-plan.js';
import { BORDER_ACTION_PLAN_FILE, loadBorderActionPlan } from '../../reminders/plans/border-action-plan.js';
import type { ReminderDeps } from '../../reminders/ports.js';
import { beijingDate } from '../../shared/beijing-time.js';

export function demoPlanYear(deps: Pick<ReminderDeps, 'calendar' | 'quietHours'>, now: Date): number {
  const year = Number(beijingDate(now).slice(0, 4));
  const reminders = computeReminders(loadBorderActionPlan(year), { calendar: deps.calendar, quietHours: deps.quietHours });
  return reminders.some((reminder) => reminder.announceAt.getTime() > now.getTime()) ? year : year + 1;
}

/** Imports the shipped plan once; a second start changes nothing. */
export async function seedDemoPlan(deps: ReminderDeps, now: Date): Promise<void> {
  const year = demoPlanYear(deps, now);
  if (await deps.plans.find('border-action', year)) return;
  await importPlan(deps, { text: readFileSync(BORDER_ACTION_PLAN_FILE, 'utf8'), format: 'yaml', year, by: 'seed:demo-county', now });
}
