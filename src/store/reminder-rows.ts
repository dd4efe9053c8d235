// Reminder rows ⇄ the reminders capability's shapes.
import { z } from 'zod';
import type { NewReminder, ReminderStatus, StoredReminder } from '../reminders/ports.js';
import type { ReminderKind } from '../reminders/plan-definition.js';
import type { ShiftReason } from '../reminders/reminder-occurrence.js';
import type { Prisma, Reminder as ReminderRow } from './generated/prisma/client.js';

const YMD = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const SubjectDatesSchema = z.object({ start: YMD.optional(), end: YMD.optional(), due: YMD.optional() });

export const STATUS_FROM_DB = { SCHEDULED: 'scheduled', SENT: 'sent', SKIPPED: 'skipped', CANCELLED: 'cancelled' } as const satisfies Record<string, ReminderStatus>;
export const STATUS_TO_DB = { scheduled: 'SCHEDULED', sent: 'SENT', skipped: 'SKIPPED', cancelled: 'CANCELLED' } as const;

export const REMINDER_WITH_PLAN = { plan: { select: { code: true, year: true } } } as const;
export type ReminderWithPlan = ReminderRow & { plan: { code: string; year: number } };

export function toStoredReminder(row: ReminderWithPlan): StoredReminder {
  const dates = SubjectDatesSchema.parse(row.dates);
  return {
    id: row.id,
    key: row.key,
    planId: row.planId,
    planCode: row.plan.code,
    year: row.plan.year,
    subject: { type: row.subjectType === 'duty' ? 'duty' : 'stage', code: row.subjectCode },
    ruleCode: row.ruleCode,
    kind: row.kind as ReminderKind,
    unitCodes: row.unitCodes,
    periodIndex: row.periodIndex,
    dates: {
      ...(dates.start ? { start: dates.start } : {}),
      ...(dates.end ? { end: dates.end } : {}),
      ...(dates.due ? { due: dates.due } : {}),
    },
    nominalAt: row.nominalAt,
    announceAt: row.announceAt,
    ...(row.shiftedReason ? { shiftedReason: row.shiftedReason as ShiftReason } : {}),
    status: STATUS_FROM_DB[row.status],
    round: row.round,
    late: row.late,
    sentAt: row.sentAt,
    skipReason: row.skipReason,
  };
}

/** The columns an occurrence sets, on create and on update. */
export function occurrenceColumns(item: NewReminder) {
  const { occurrence } = item;
  return {
    subjectType: occurrence.subject.type,
    subjectCode: occurrence.subject.code,
    periodIndex: occurrence.periodIndex,
    ruleCode: occurrence.ruleCode,
    kind: occurrence.kind,
    unitCodes: occurrence.unitCodes,
    dates: occurrence.dates as Prisma.InputJsonValue,
    nominalAt: occurrence.nominalAt,
    announceAt: occurrence.announceAt,
    shiftedReason: occurrence.shiftedReason ?? null,
    status: STATUS_TO_DB[item.status],
    skipReason: item.skipReason,
  };
}
