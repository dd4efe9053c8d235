/**
 * Asia/Shanghai calendar arithmetic done by hand: China has used a fixed +08:00 offset with no
 * DST since 1991, so we never consult the process time zone (the service may run under any TZ).
 */
import { BEIJING_OFFSET_MS as SHANGHAI_OFFSET_MS, DAY_MS, daysInMonth, isLeapYear, isRealDate } from '../shared/beijing-time.js';

export { daysInMonth, isLeapYear, isRealDate };

/** A calendar date in Asia/Shanghai, written `YYYY-MM-DD`. */
export type YmdDate = string;
/** A time of day in Asia/Shanghai, written `HH:MM` (24-hour). */
export type TimeOfDay = string;


const YMD_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function formatYmd(year: number, month: number, day: number): YmdDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseYmd(date: YmdDate): { year: number; month: number; day: number } {
  const match = YMD_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) throw new RangeError(`No such date: ${date}`);
  return { year, month, day };
}

export function isTimeOfDay(value: string): boolean {
  return TIME_PATTERN.test(value);
}

export function minutesOfTimeOfDay(time: TimeOfDay): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not an HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The UTC instant of a Shanghai wall-clock date and time. */
export function shanghaiInstant(date: YmdDate, time: TimeOfDay = '00:00'): Date {
  const { year, month, day } = parseYmd(date);
  const minutes = minutesOfTimeOfDay(time);
  return new Date(Date.UTC(year, month - 1, day) + minutes * 60_000 - SHANGHAI_OFFSET_MS);
}

/** Shifting by the offset lets the UTC getters read Shanghai wall-clock fields. */
function shanghaiWallClock(instant: Date): Date {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
}

export function shanghaiDateOf(instant: Date): YmdDate {
  const wall = shanghaiWallClock(instant);
  return formatYmd(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
}

export function shanghaiMinutesOfDay(instant: Date): number {
  const wall = shanghaiWallClock(instant);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

export function addDays(date: YmdDate, days: number): YmdDate {
  const { year, month, day } = parseYmd(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return formatYmd(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: YmdDate, to: YmdDate): number {
  return Math.round((shanghaiInstant(to).getTime() - shanghaiInstant(from).getTime()) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(date: YmdDate): number {
  const { year, month, day } = parseYmd(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 60 * 60 * 1000);
}
