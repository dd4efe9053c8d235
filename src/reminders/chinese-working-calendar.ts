import { createRequire } from 'node:module';
import { weekdayOf, type YmdDate } from './shanghai-time.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * Chinese working days: Monday–Friday, minus the State Council's public holidays, plus the
 * make-up working days (调休上班) on weekends, from the `chinese-days` package.
 *
 * We read the package's published JSON table instead of calling its `isWorkday()`: that function
 * builds its lookup keys with local-time Date getters, so under a process TZ west of UTC every
 * holiday lands one day early. The JSON holds the same data keyed by plain `YYYY-MM-DD` strings.
 */
interface ChineseDaysTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const loadTable = (): ChineseDaysTable =>
  createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysTable;

export interface ChineseWorkingCalendar extends WorkingCalendar {
  /** 'National Day,国庆节,3' style name of the holiday or make-up day, if the date is one. */
  specialDayName(dateYmd: YmdDate): string | undefined;
  /** False for years the State Council has not published yet: only weekends count then. */
  hasOfficialDataFor(year: number): boolean;
}

export function createChineseWorkingCalendar(table: ChineseDaysTable = loadTable()): ChineseWorkingCalendar {
  const coveredYears = new Set(
    [...Object.keys(table.holidays), ...Object.keys(table.workdays)].map((date) => Number(date.slice(0, 4))),
  );
  return {
    isWorkingDay(dateYmd) {
      if (table.workdays[dateYmd] !== undefined) return true;
      if (table.holidays[dateYmd] !== undefined) return false;
      const weekday = weekdayOf(dateYmd);
      return weekday >= 1 && weekday <= 5;
    },
    specialDayName: (dateYmd) => table.workdays[dateYmd] ?? table.holidays[dateYmd],
    hasOfficialDataFor: (year) => coveredYears.has(year),
  };
}
