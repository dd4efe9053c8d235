/**
 * Calendar arithmetic in Asia/Shanghai, independent of the process TZ.
 * China has had no daylight saving since 1991, so a fixed +08:00 offset is exact.
 */
import { BEIJING_OFFSET_MS, DAY_MS as MS_PER_DAY, daysInMonth, isLeapYear, isRealDate } from '../shared/beijing-time.js';

export { daysInMonth };

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** Days since 1970-01-01, so that dates compare and subtract as integers. */
export type DayNumber = number;

export function beijingToday(now: Date): CalendarDate {
  const shifted = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function beijingDayNumber(now: Date): DayNumber {
  return Math.floor((now.getTime() + BEIJING_OFFSET_MS) / MS_PER_DAY);
}

export const isValidCalendarDate = isRealDate;

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function toDayNumber(date: CalendarDate): DayNumber {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: DayNumber): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday: Monday = 1 … Sunday = 7 (Chinese weeks start on Monday). */
export function isoWeekday(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function formatIsoDate(date: CalendarDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function dayNumberToIso(dayNumber: DayNumber): string {
  return formatIsoDate(fromDayNumber(dayNumber));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}

/** 1 for January 1st. */
export function dayOfYear(date: CalendarDate): number {
  return toDayNumber(date) - toDayNumber({ year: date.year, month: 1, day: 1 }) + 1;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
