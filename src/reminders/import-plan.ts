import type { Bilingual } from './plan-definition.js';
import { parsePlanFile } from './plan-file.js';
import type { ReminderDeps, StoredPlan } from './ports.js';
import { armPlanTimers, reminderChangePlanner, summarizeSync, type SyncSummary } from './sync-plan-reminders.js';

export interface ImportPlanInput {
  text: string;
  format?: 'yaml' | 'json';
  /** The documents write "20xx": the office says which year it runs the plan in. */
  year: number;
  by: string;
  now: Date;
}

export interface ImportPlanReport extends SyncSummary {
  plan: StoredPlan;
  /** False when the same plan and year had been imported before and this updated it. */
  firstImport: boolean;
  warnings: Bilingual[];
}

/**
 * Imports a plan file for one year. A broken file throws PlanFileError before anything is written;
 * a good one is stored with its reminders in one transaction, and re-importing it (edited or
 * not) moves reminders by their keys instead of adding new ones.
 */
export async function importPlan(deps: ReminderDeps, input: ImportPlanInput): Promise<ImportPlanReport> {
  const format = input.format ?? (input.text.trimStart().startsWith('{') ? 'json' : 'yaml');
  const definition = parsePlanFile(input.text, { format, year: input.year });
  const sync = await deps.plans.savePlan(
    { definition, sourceText: input.text, format, by: input.by, at: input.now },
    reminderChangePlanner(deps, input.now),
  );
  await armPlanTimers(deps, sync.plan.id, input.now);
  return { plan: sync.plan, firstImport: sync.created, ...summarizeSync(sync), warnings: calendarWarnings(deps, input.year) };
}

function calendarWarnings(deps: Pick<ReminderDeps, 'calendar'>, year: number): Bilingual[] {
  const calendar = deps.calendar as { hasOfficialDataFor?: (year: number) => boolean };
  if (!calendar.hasOfficialDataFor || calendar.hasOfficialDataFor(year)) return [];
  return [
    {
      zh: `国务院尚未公布${year}年的节假日安排（或本系统还没有更新），${year}年的提醒暂按周一至周五为工作日安排；公布后重启服务即可自动调整。`,
      en: `The State Council's ${year} holiday schedule is not in the calendar data yet, so ${year} reminders treat Monday–Friday as working days; they move by themselves after an update and restart.`,
    },
  ];
}
