import { formatYmd, isRealDate, type YmdDate } from './shanghai-time.js';

export type CommandDate = { status: 'ok'; date: YmdDate } | { status: 'invalid' } | { status: 'wrong_year'; year: number };

/** A date at the end of a command: 2026-03-05, 2026年3月5日, 3月5日/号, 03-05, 3/5. */
export const TRAILING_DATE =
  /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|\d{1,2}\s*[-/]\s*\d{1,2})$/u;

/** Reads a date in the plan's year; a year written out must be that year. */
export function parseCommandDate(text: string, planYear: number): CommandDate {
  const numbers = (text.match(/\d+/gu) ?? []).map(Number);
  const [year, month, day] = numbers.length === 3 ? numbers : [planYear, ...numbers];
  if (year === undefined || month === undefined || day === undefined || numbers.length < 2) return { status: 'invalid' };
  if (year !== planYear) return { status: 'wrong_year', year };
  return isRealDate(year, month, day) ? { status: 'ok', date: formatYmd(year, month, day) } : { status: 'invalid' };
}
