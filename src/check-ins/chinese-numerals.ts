/**
 * Numbers as people type them in WeChat: 3, 2.5, 两千, 一万二 (= 12,000), 1万5, 1.5千, 二十八.
 * Shared by the date, duration and money extractors.
 */
const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/**
 * An Arabic number that cannot be split: without the (?!\\d) a failed match would retry every
 * way of cutting "123456" into runs, which is exponential on a long digit string.
 */
export const ARABIC_PATTERN = '\\d+(?:\\.\\d+)?(?!\\d)';
/** One number: Arabic (optionally decimal) or Chinese, possibly mixed with magnitudes (1万2, 2千5). */
// Starts only at the beginning of a run of numerals, so a long run is not rescanned from every position.
export const NUMBER_PATTERN = `(?<![\\d.零〇一二两三四五六七八九十百千万])(?:${ARABIC_PATTERN}|[零〇一二两三四五六七八九十百千万])+`;

const TOKENS = /\d+(?:\.\d+)?|[零〇一二两三四五六七八九]|[十百千万]/g;

export function parseNumeral(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);

  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let pendingIsChineseRun = false;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  let pendingFollowsUnit = false;
  let consumed = 0;

  for (const match of text.matchAll(TOKENS)) {
    if (match.index !== consumed) return null;
    consumed += match[0].length;
    const token = match[0];
    const unit = UNIT_VALUES[token];
    if (unit !== undefined) {
      if (unit === 10000) {
        const value = section + (pending ?? 0);
        total = (total + (value === 0 ? 1 : value)) * 10000;
        section = 0;
      } else {
        section += (pending ?? 1) * unit;
      }
      pending = null;
      pendingIsChineseRun = false;
      lastUnit = unit;
      zeroSinceUnit = false;
      continue;
    }
    const digit = DIGIT_VALUES[token];
    if (digit !== undefined) {
      if (digit === 0 && lastUnit > 0) {
        zeroSinceUnit = true;
        continue;
      }
      // 二零二五 is read digit by digit.
      if (pending !== null && pendingIsChineseRun) {
        pending = pending * 10 + digit;
        continue;
      }
      pending = digit;
      pendingIsChineseRun = true;
    } else {
      if (pending !== null) return null;
      pending = Number(token);
      pendingIsChineseRun = false;
    }
    pendingFollowsUnit = lastUnit > 0 && !zeroSinceUnit;
  }
  if (consumed !== text.length) return null;

  if (pending !== null) {
    // Colloquial shorthand: 一万二 = 12,000, 两千五 = 2,500, 三百五 = 350 (a bare digit after a unit
    // means one unit lower). 二十八 follows the same rule with 十, where one unit lower is 1.
    if (pendingFollowsUnit && Number.isInteger(pending) && pending < 10) {
      section += pending * (lastUnit / 10);
    } else {
      section += pending;
    }
  }
  return total + section;
}
