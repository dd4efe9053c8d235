import type { PlanDefinition, PlanSubjectRef, ReminderAnchor, ReminderKind, ReminderRule } from './plan-definition.js';
import { DEFAULT_QUIET_HOURS, nextAllowedTime, type QuietHours } from './quiet-hours.js';
import type { ReminderOccurrence, ShiftReason, SubjectDates } from './reminder-occurrence.js';
import { addDays, shanghaiDateOf, shanghaiInstant, type YmdDate } from './shanghai-time.js';
import { lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, type WorkingCalendar } from './working-calendar.js';

export { nextAllowedTime, DEFAULT_QUIET_HOURS, type QuietHours } from './quiet-hours.js';
export { isStillRelevant, pendingUnitCodes } from './reminder-relevance.js';
export type { ReminderOccurrence, ShiftReason, SubjectDates } from './reminder-occurrence.js';
export type { WorkingCalendar } from './working-calendar.js';

export interface ComputeRemindersOptions {
  calendar: WorkingCalendar;
  /** Asia/Shanghai wall clock; default 21:30–07:30. */
  quietHours?: QuietHours;
  /**
   * `per_subject` (default): one post per stage/duty mentioning all its units, for the shared
   * member-unit group. `per_unit`: one per unit, for offices that keep a group per unit.
   */
  fanOut?: 'per_subject' | 'per_unit';
}

/** Everything one reminder rule can be anchored on for one stage, or one period of a duty. */
interface Target {
  subject: PlanSubjectRef;
  periodIndex: number;
  unitCodes: string[];
  allUnits: boolean;
  dates: SubjectDates;
  anchors: Partial<Record<ReminderAnchor, YmdDate>>;
}

/**
 * Every reminder of the plan's year, ordered by posting time. Pure and deterministic: the same
 * plan gives the same keys, and a date edit changes times, not keys, so stores upsert by key.
 */
export function computeReminders(plan: PlanDefinition, options: ComputeRemindersOptions): ReminderOccurrence[] {
  const quietHours = options.quietHours ?? DEFAULT_QUIET_HOURS;
  const occurrences: ReminderOccurrence[] = [];
  for (const target of targetsOf(plan)) {
    const audiences = options.fanOut === 'per_unit' ? target.unitCodes.map((code) => [code]) : [target.unitCodes];
    for (const unitCodes of audiences) {
      const unitScope = options.fanOut === 'per_unit' ? (unitCodes[0] ?? '') : target.allUnits ? 'all' : unitCodes.join('+');
      const forAudience = plan.reminderRules.flatMap((rule) => {
        const anchorDate = target.anchors[rule.anchor];
        if (anchorDate === undefined) return [];
        const timing = scheduleRule(rule, anchorDate, options.calendar, quietHours);
        return [
          {
            key: [plan.code, plan.year, target.subject.code, rule.code, unitScope, target.periodIndex].join(':'),
            planCode: plan.code,
            year: plan.year,
            subject: target.subject,
            ruleCode: rule.code,
            kind: rule.kind,
            unitCodes,
            periodIndex: target.periodIndex,
            dates: target.dates,
            ...timing,
          },
        ];
      });
      occurrences.push(...dropSameDayDuplicates(forAudience));
    }
  }
  return occurrences.sort((a, b) => a.announceAt.getTime() - b.announceAt.getTime() || a.key.localeCompare(b.key));
}

function targetsOf(plan: PlanDefinition): Target[] {
  const stages = plan.stages.map((stage): Target => {
    const due = stage.deliverable?.due;
    return {
      subject: { type: 'stage', code: stage.code },
      periodIndex: 0,
      unitCodes: stage.unitCodes,
      allUnits: stage.allUnits,
      dates: { start: stage.start, end: stage.end, ...(due ? { due } : {}) },
      anchors: { stage_start: stage.start, stage_end: stage.end, ...(due ? { due } : {}) },
    };
  });
  const duties = plan.duties.flatMap((duty) =>
    duty.dueDates.map(
      ({ periodIndex, due }): Target => ({
        subject: { type: 'duty', code: duty.code },
        periodIndex,
        unitCodes: duty.unitCodes,
        allUnits: duty.allUnits,
        dates: { due },
        anchors: { due },
      }),
    ),
  );
  return [...stages, ...duties];
}

function scheduleRule(
  rule: ReminderRule,
  anchorDate: YmdDate,
  calendar: WorkingCalendar,
  quietHours: QuietHours,
): Pick<ReminderOccurrence, 'nominalAt' | 'announceAt' | 'shiftedReason'> {
  const nominalDate = addDays(anchorDate, rule.offsetDays);
  const nominalAt = shanghaiInstant(nominalDate, rule.at);
  // Warnings must arrive before the date they warn about, so they move to the last working day
  // before it; an overdue notice cannot precede the deadline, so it moves to the next one.
  const workingDate =
    rule.kind === 'overdue'
      ? nextWorkingDayOnOrAfter(calendar, nominalDate)
      : lastWorkingDayOnOrBefore(calendar, nominalDate);
  const onWorkingDay = shanghaiInstant(workingDate, rule.at);
  const announceAt = nextAllowedTime(onWorkingDay, quietHours);
  const reason = shiftReason(workingDate !== nominalDate, announceAt.getTime() !== onWorkingDay.getTime());
  return { nominalAt, announceAt, ...(reason ? { shiftedReason: reason } : {}) };
}

function shiftReason(movedDay: boolean, movedOutOfQuietHours: boolean): ShiftReason | undefined {
  if (movedDay && movedOutOfQuietHours) return 'non_working_day_and_quiet_hours';
  if (movedDay) return 'non_working_day';
  if (movedOutOfQuietHours) return 'quiet_hours';
  return undefined;
}

const KIND_PRECEDENCE: Record<ReminderKind, number> = { before_start: 1, start: 2, before_end: 3, due: 4, overdue: 5 };

/**
 * A holiday can push two reminders of one subject onto the same day (before Spring Festival the
 * "ends tomorrow" and the "due" notice both land on the last working day). Posting both would be
 * noise, so only the most pressing one is kept.
 */
function dropSameDayDuplicates(occurrences: ReminderOccurrence[]): ReminderOccurrence[] {
  const kept = new Map<YmdDate, ReminderOccurrence>();
  for (const occurrence of occurrences) {
    const day = shanghaiDateOf(occurrence.announceAt);
    const current = kept.get(day);
    if (!current || outranks(occurrence, current)) kept.set(day, occurrence);
  }
  return [...kept.values()];
}

function outranks(a: ReminderOccurrence, b: ReminderOccurrence): boolean {
  const byKind = KIND_PRECEDENCE[a.kind] - KIND_PRECEDENCE[b.kind];
  return byKind !== 0 ? byKind > 0 : a.nominalAt.getTime() > b.nominalAt.getTime();
}
