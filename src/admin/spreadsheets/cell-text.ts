// A cell's value as the text a person sees in Excel, which is what an import validates.
import type { CellValue } from 'exceljs';

/** Excel shows 15 significant digits and never an exponent in a General cell holding a code or phone. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(value.toPrecision(15)) ?? [];
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const [integerPart, fractionPart] =
    point <= 0 ? ['0', '0'.repeat(-point) + digits] : point >= digits.length ? [digits + '0'.repeat(point - digits.length), ''] : [digits.slice(0, point), digits.slice(point)];
  const trimmedFraction = fractionPart.replace(/0+$/, '');
  const integer = integerPart.replace(/^0+(?=\d)/, '');
  const text = trimmedFraction ? `${integer}.${trimmedFraction}` : integer;
  return sign && text !== '0' ? `-${text}` : text;
}

/** Date cells hold the calendar day at UTC midnight (Excel has no time zones). */
function calendarDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return calendarDay(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  // A hyperlink's text is itself rich text when the link is styled.
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  return '';
}
