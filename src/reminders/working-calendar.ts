import { addDays, weekdayOf, type YmdDate } from './shanghai-time.js';

/** Which Shanghai calendar dates are working days. Injected so tests can use a fake. */
export interface WorkingCalendar {
  isWorkingDay(dateYmd: string): boolean;
}

/** Monday to Friday only; for tests and for years the official holiday data does not cover. */
export const weekdaysOnlyCalendar: WorkingCalendar = {
  isWorkingDay: (dateYmd) => {
    const weekday = weekdayOf(dateYmd);
    return weekday >= 1 && weekday <= 5;
  },
};

// The longest run of non-working days in China is the 9-day Spring Festival break; the bound only
// guards against a calendar that never returns a working day.
const MAX_SEARCH_DAYS = 60;

/** `date` itself when it is a working day, else the closest working day before it. */
export function lastWorkingDayOnOrBefore(calendar: WorkingCalendar, date: YmdDate): YmdDate {
  return searchWorkingDay(calendar, date, -1);
}

/** `date` itself when it is a working day, else the closest working day after it. */
export function nextWorkingDayOnOrAfter(calendar: WorkingCalendar, date: YmdDate): YmdDate {
  return searchWorkingDay(calendar, date, 1);
}

function searchWorkingDay(calendar: WorkingCalendar, date: YmdDate, step: 1 | -1): YmdDate {
  for (let distance = 0; distance <= MAX_SEARCH_DAYS; distance += 1) {
    const candidate = addDays(date, distance * step);
    if (calendar.isWorkingDay(candidate)) return candidate;
  }
  return date;
}
