import type { EscalationSettings } from './plan-definition.js';
import { DEFAULT_QUIET_HOURS, nextAllowedTime, type QuietHours } from './quiet-hours.js';
import { addHours, shanghaiDateOf, shanghaiInstant } from './shanghai-time.js';
import { nextWorkingDayOnOrAfter, type WorkingCalendar } from './working-calendar.js';

export type { EscalationSettings } from './plan-definition.js';

/** What a unit has said about one reminder so far. */
export type UnitResponseState = 'none' | 'acknowledged' | 'submitted';

export type EscalationStepKind = 'second_reminder' | 'private_message' | 'office_note';

export interface EscalationStep {
  kind: EscalationStepKind;
  /** Where it goes: the member-unit group, the unit contact's private chat, the office's room. */
  channel: 'unit_group' | 'contact_private' | 'office_room';
  /** 1, 2, 3 in order; `renderReminder`'s escalationStep is this minus one for the first two. */
  order: 1 | 2 | 3;
  /** `sentAt` + the configured hours. */
  nominalAt: Date;
  /** Moved out of quiet hours. */
  at: Date;
}

export interface EscalationInput {
  /** When the reminder was actually posted. */
  sentAt: Date;
  response: UnitResponseState;
  settings: EscalationSettings;
  quietHours?: QuietHours;
  /** When given, a step falling on a day off waits for the next working morning. */
  calendar?: WorkingCalendar;
}

/** When a follow-up moved off a day off goes out. */
const WORKING_MORNING = '09:00';

const LADDER: { kind: EscalationStepKind; channel: EscalationStep['channel']; order: 1 | 2 | 3; hours: keyof EscalationSettings }[] = [
  { kind: 'second_reminder', channel: 'unit_group', order: 1, hours: 'secondReminderAfterHours' },
  { kind: 'private_message', channel: 'contact_private', order: 2, hours: 'privateMessageAfterHours' },
  { kind: 'office_note', channel: 'office_room', order: 3, hours: 'officeNoteAfterHours' },
];

/**
 * The follow-ups for one unit that has not replied to a reminder. Any reply — 收到 or 已提交 —
 * ends the ladder: chasing a unit that answered would only teach people to mute the bot.
 */
export function planEscalation(input: EscalationInput): EscalationStep[] {
  if (input.response !== 'none') return [];
  const quietHours = input.quietHours ?? DEFAULT_QUIET_HOURS;
  const allowed = (instant: Date) => nextAllowedTime(onWorkingDay(nextAllowedTime(instant, quietHours), input.calendar), quietHours);
  // Each step keeps its distance from the one before as it actually falls: a reminder posted on a
  // Friday evening must not have all three follow-ups land together on Monday morning.
  let previous = { hours: 0, at: input.sentAt };
  return LADDER.map(({ kind, channel, order, hours }) => {
    const nominalAt = addHours(input.sentAt, input.settings[hours]);
    const at = allowed(new Date(Math.max(nominalAt.getTime(), addHours(previous.at, input.settings[hours] - previous.hours).getTime())));
    previous = { hours: input.settings[hours], at };
    return { kind, channel, order, nominalAt, at };
  });
}

function onWorkingDay(instant: Date, calendar: WorkingCalendar | undefined): Date {
  if (!calendar) return instant;
  const day = shanghaiDateOf(instant);
  const workingDay = nextWorkingDayOnOrAfter(calendar, day);
  return workingDay === day ? instant : shanghaiInstant(workingDay, WORKING_MORNING);
}
