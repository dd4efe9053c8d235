import type { UnitResponseState } from './escalation.js';
import type { Bilingual, PlanSubjectRef } from './plan-definition.js';
import type { ReminderDeps, StoredPlan } from './ports.js';
import { formatMonth } from './format-dates.js';
import { addDays, shanghaiInstant, type YmdDate } from './shanghai-time.js';
import { subjectPeriodKey } from './subject-period.js';

/** A unit's standing on one stage or duty period, most pressing first. */
export type ProgressCell = 'submitted' | 'overdue' | 'acknowledged' | 'waiting' | 'not_started';

export interface ProgressColumn {
  subject: PlanSubjectRef;
  periodIndex: number;
  title: Bilingual;
  /** When it starts being asked about (stage start; a monthly report's month). */
  opensOn: YmdDate;
  due: YmdDate | null;
}

export interface PlanProgress {
  planId: string;
  title: Bilingual;
  year: number;
  columns: ProgressColumn[];
  rows: { unitCode: string; name: Bilingual; shortName: Bilingual; cells: ProgressCell[] }[];
}

/**
 * The office's matrix: every unit × every stage and duty period, with who submitted, who only
 * acknowledged, who is overdue. `onlyUnitCode` narrows it to one unit (a unit contact's view).
 */
export async function buildPlanProgress(deps: Pick<ReminderDeps, 'ledger'>, plan: StoredPlan, now: Date, onlyUnitCode?: string): Promise<PlanProgress> {
  const { definition } = plan;
  const columns: ProgressColumn[] = [
    ...definition.stages.map((stage) => ({ subject: { type: 'stage' as const, code: stage.code }, periodIndex: 0, title: stage.title, opensOn: stage.start, due: stage.deliverable?.due ?? null })),
    ...definition.duties.flatMap((duty) =>
      duty.dueDates.map((period) => ({
        subject: { type: 'duty' as const, code: duty.code },
        periodIndex: period.periodIndex,
        // The plan's year heads the matrix, so a month column names the month only.
        title:
          duty.schedule.type === 'monthly'
            ? { zh: `${duty.title.zh}（${period.periodIndex}月）`, en: `${duty.title.en} (${formatMonth(definition.year, period.periodIndex, 'en').split(' ')[0]})` }
            : duty.title,
        opensOn: duty.schedule.type === 'monthly' ? `${period.due.slice(0, 8)}01` : definition.stages[0]?.start ?? period.due,
        due: period.due,
      })),
    ),
  ];
  const best = new Map<string, UnitResponseState>();
  for (const response of await deps.ledger.responsesOfPlan(plan.id)) {
    const key = `${subjectPeriodKey(response.subjectPeriod)}|${response.unitCode}`;
    if (best.get(key) !== 'submitted') best.set(key, response.state);
  }
  const units = definition.units.filter((unit) => !onlyUnitCode || unit.code === onlyUnitCode);
  const hasBegun = (date: YmdDate) => now.getTime() >= shanghaiInstant(date).getTime();
  const isPast = (date: YmdDate) => now.getTime() >= shanghaiInstant(addDays(date, 1)).getTime();
  return {
    planId: plan.id,
    title: definition.title,
    year: definition.year,
    columns,
    rows: units.map((unit) => ({
      unitCode: unit.code,
      name: unit.name,
      shortName: { zh: unit.aliases[0] ?? unit.name.zh, en: unit.name.en },
      cells: columns.map((column): ProgressCell => {
        const addressed = subjectUnits(definition, column.subject).includes(unit.code);
        if (!addressed) return 'not_started';
        const state = best.get(`${subjectPeriodKey({ planId: plan.id, subject: column.subject, periodIndex: column.periodIndex })}|${unit.code}`);
        if (state === 'submitted') return 'submitted';
        if (column.due && isPast(column.due)) return 'overdue';
        if (state === 'acknowledged') return 'acknowledged';
        return hasBegun(column.opensOn) ? 'waiting' : 'not_started';
      }),
    })),
  };
}

function subjectUnits(definition: StoredPlan['definition'], subject: PlanSubjectRef): string[] {
  if (subject.type === 'stage') return definition.stages.find((stage) => stage.code === subject.code)?.unitCodes ?? [];
  return definition.duties.find((duty) => duty.code === subject.code)?.unitCodes ?? [];
}
