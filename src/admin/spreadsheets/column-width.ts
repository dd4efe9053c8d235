// Column widths in Excel's units (about one Latin character): Chinese characters take two.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** A little air either side, and room for the header's filter button. */
const PADDING = 3;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** What a stored value looks like in its format, for sizing. */
export function shownWidth(value: string | number | Date | null, format: string | undefined): number {
  if (value === null) return 0;
  if (value instanceof Date) return format?.length ?? 16;
  if (typeof value === 'number') {
    const decimals = format?.endsWith('.00') ? 2 : 0;
    return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).length;
  }
  return Math.max(...value.split('\n').map(displayWidth));
}

export function fittedWidth(widths: readonly number[]): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...widths) + PADDING);
}
