import type { DutyDueDate, DutySchedule, PlanDefinition, PlanDuty, PlanStage } from './plan-definition.js';
import type { PlanFileContent, PlanFileDuty, PlanFileStage } from './plan-file-schema.js';
import { reminderKindFor } from './reminder-kind.js';
import { daysInMonth, formatYmd } from './shanghai-time.js';

/** Binds a checked plan file to a year. Call only after `checkPlanFile` found nothing. */
export function resolvePlanFile(file: PlanFileContent, year: number): PlanDefinition {
  const allUnitCodes = file.units.map((unit) => unit.code);
  const unitsOf = (selection: 'all' | string[]): string[] => (selection === 'all' ? [...allUnitCodes] : [...selection]);
  const dated = (monthDay: string): string => `${year}-${monthDay}`;

  const stages = file.stages.map((stage: PlanFileStage): PlanStage => ({
    code: stage.code,
    title: stage.title,
    start: dated(stage.start),
    end: dated(stage.end),
    ...(stage.summary ? { summary: stage.summary } : {}),
    ...(stage.deliverable
      ? {
          deliverable: {
            what: stage.deliverable.what,
            toRecipientCode: stage.deliverable.to,
            due: dated(stage.deliverable.due ?? stage.end),
          },
        }
      : {}),
    unitCodes: unitsOf(stage.units),
    allUnits: stage.units === 'all',
  }));

  const duties = file.duties.map((duty: PlanFileDuty): PlanDuty => {
    const schedule = scheduleOf(duty, year);
    return {
      code: duty.code,
      title: duty.title,
      what: duty.what,
      toRecipientCode: duty.to,
      unitCodes: unitsOf(duty.units),
      allUnits: duty.units === 'all',
      schedule,
      dueDates: dueDatesOf(schedule, year),
    };
  });

  return {
    code: file.code,
    year,
    title: file.title,
    source: file.source,
    ...(file.leading_unit !== undefined ? { leadingUnitCode: file.leading_unit } : {}),
    recipients: file.recipients,
    units: file.units.map((unit) => ({ code: unit.code, name: unit.name, aliases: unit.aliases, duty: unit.duty })),
    stages,
    duties,
    reminderRules: file.reminder_rules.map((rule) => ({
      code: rule.code,
      anchor: rule.anchor,
      offsetDays: rule.offset_days,
      kind: reminderKindFor(rule.anchor, rule.offset_days),
      at: rule.at,
    })),
    escalation: {
      secondReminderAfterHours: file.escalation.second_reminder_after_hours,
      privateMessageAfterHours: file.escalation.private_message_after_hours,
      officeNoteAfterHours: file.escalation.office_note_after_hours,
    },
  };
}

function scheduleOf(duty: PlanFileDuty, year: number): DutySchedule {
  if (duty.recurrence) {
    return {
      type: 'monthly',
      day: duty.recurrence.day,
      fromMonth: duty.recurrence.from,
      untilMonth: duty.recurrence.until ?? 12,
    };
  }
  return { type: 'once', due: `${year}-${duty.due ?? ''}` };
}

function dueDatesOf(schedule: DutySchedule, year: number): DutyDueDate[] {
  if (schedule.type === 'once') return [{ periodIndex: 0, due: schedule.due }];
  const dates: DutyDueDate[] = [];
  for (let month = schedule.fromMonth; month <= schedule.untilMonth; month += 1) {
    // "By the 31st" in a 30-day month means its last day, not the 1st of the next month.
    const day = Math.min(schedule.day, daysInMonth(year, month));
    dates.push({ periodIndex: month, due: formatYmd(year, month, day) });
  }
  return dates;
}
