// How a report cell becomes an Excel cell. Excel has no time zones: exceljs writes a Date by its
// UTC fields, so a Date whose UTC fields are the Beijing wall clock shows Beijing in any TZ.
import { BEIJING_OFFSET_MS, beijingDate, formatBeijing, isRealDate } from '../../shared/beijing-time.js';
import type { CellValue, ReportColumn } from '../../shared/report-table.js';

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date, from its parts: never through a Date parsed in the process's TZ. */
function excelDate(ymd: string): Date | null {
  const match = CALENDAR_DATE.exec(ymd);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? new Date(Date.UTC(year, month - 1, day)) : null;
}

function excelDateTime(instant: Date): Date {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS);
}

/**
 * The value to store. Words in a date or number column (a totals row's 合计) stay words; a
 * number that is not finite has no Excel form and is left empty.
 */
export function excelValue(value: CellValue, kind: ReportColumn['kind']): string | number | Date | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    if (kind === 'date') return excelDate(beijingDate(value));
    if (kind === 'datetime') return excelDateTime(value);
    return formatBeijing(value);
  }
  if (kind === 'date') return excelDate(value) ?? value;
  return value;
}

/** Whole numbers without decimals (days, households); money and hours with two. */
export function numberFormat(values: readonly (string | number | Date | null)[]): string {
  return values.every((value) => typeof value !== 'number' || Number.isInteger(value)) ? '#,##0' : '#,##0.00';
}

export function columnFormat(kind: ReportColumn['kind'], values: readonly (string | number | Date | null)[]): string | undefined {
  if (kind === 'date') return DATE_FORMAT;
  if (kind === 'datetime') return DATETIME_FORMAT;
  if (kind === 'number') return numberFormat(values);
  return undefined;
}
