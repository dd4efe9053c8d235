// Every time a person sees is Asia/Shanghai. China keeps UTC+8 all year (no DST).
export const BEIJING_TZ = 'Asia/Shanghai';
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 24 * 3_600_000;
const OFFSET_MS = BEIJING_OFFSET_MS;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** False for 2月30日 and the like. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return [year, month, day].every(Number.isInteger) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** YYYY-MM-DD of the instant in Beijing. */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD HH:mm" in Beijing. */
export function formatBeijing(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The UTC instant of a Beijing wall-clock time. */
export function fromBeijing(dateYmd: string, time = '00:00'): Date {
  return new Date(`${dateYmd}T${time}:00+08:00`);
}
