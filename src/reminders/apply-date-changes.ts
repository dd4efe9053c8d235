import type { PlanDefinition } from './plan-definition.js';
import type { DateChange } from './ports.js';

/**
 * The plan as it runs: the file's dates with the office's 改期 on top. A stage's change moves its
 * end and, with it, its deliverable's due date; a duty's moves the due date of one period.
 */
export function applyDateChanges(plan: PlanDefinition, changes: readonly DateChange[]): PlanDefinition {
  if (changes.length === 0) return plan;
  const changeOf = (type: 'stage' | 'duty', code: string, periodIndex: number) =>
    changes.find((change) => change.subject.type === type && change.subject.code === code && change.periodIndex === periodIndex)?.date;
  return {
    ...plan,
    stages: plan.stages.map((stage) => {
      const date = changeOf('stage', stage.code, 0);
      if (!date) return stage;
      return { ...stage, end: date, ...(stage.deliverable ? { deliverable: { ...stage.deliverable, due: date } } : {}) };
    }),
    duties: plan.duties.map((duty) => {
      const dueDates = duty.dueDates.map((period) => ({ ...period, due: changeOf('duty', duty.code, period.periodIndex) ?? period.due }));
      const schedule = duty.schedule.type === 'once' ? { ...duty.schedule, due: dueDates[0]?.due ?? duty.schedule.due } : duty.schedule;
      return { ...duty, dueDates, schedule };
    }),
  };
}
