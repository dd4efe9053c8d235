import {
  addDays,
  minutesOfTimeOfDay,
  shanghaiDateOf,
  shanghaiInstant,
  shanghaiMinutesOfDay,
  type TimeOfDay,
} from './shanghai-time.js';

/** Shanghai wall-clock window in which nothing is posted; `start` after `end` spans midnight. */
export interface QuietHours {
  start: TimeOfDay;
  end: TimeOfDay;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:30', end: '07:30' };

export function isInQuietHours(instant: Date, quietHours: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  const start = minutesOfTimeOfDay(quietHours.start);
  const end = minutesOfTimeOfDay(quietHours.end);
  const now = shanghaiMinutesOfDay(instant);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * `instant` itself when posting is allowed then, otherwise the end of the quiet window it falls
 * in (the next morning for an evening instant of a window spanning midnight).
 */
export function nextAllowedTime(instant: Date, quietHours: QuietHours = DEFAULT_QUIET_HOURS): Date {
  if (!isInQuietHours(instant, quietHours)) return instant;
  const date = shanghaiDateOf(instant);
  const endToday = shanghaiInstant(date, quietHours.end);
  return endToday.getTime() > instant.getTime() ? endToday : shanghaiInstant(addDays(date, 1), quietHours.end);
}
