/**
 * Turns what people actually type in WeChat into comparable text: full-width forms, emoji,
 * "@助手" mentions, decorative punctuation and Chinese numerals before units are all smoothed
 * away so that facts and questions meet on the same spelling.
 */

// WeChat puts U+2005 (four-per-em space) after an @mention; NFKC turns it into a plain space.
const MENTION = /@[^\s@]{1,20}(?:\s+|$)/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200d\ufe0e\ufe0f\u20e3]/gu;
// WeChat's built-in stickers arrive as bracketed names such as [微笑] or [Facepalm].
const WECHAT_STICKER = /\[[\p{Script=Han}A-Za-z]{1,10}\]/gu;

const DIGIT_OF: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const MULTIPLIER_OF: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

// Numerals are rewritten only in front of a counting word, so fixed names such as 两免一补,
// 一科一辅 or 一村一幼 keep their characters.
const NUMERAL_BEFORE_UNIT =
  /([零〇一二两三四五六七八九十百千万]+)(?=\s*(?:块钱|块|元|毛|天|日|户|人|名|个|次|年(?!级)|月|周|小时|课时|学时|亩|所|项|%|成|倍|位|班|套))/g;

export function normalizeText(raw: string): string {
  let text = raw.normalize('NFKC');
  text = text.replace(WECHAT_STICKER, ' ').replace(EMOJI, ' ');
  text = text.replace(MENTION, ' ');
  text = text.toLowerCase();
  text = text.replace(/(\d),(?=\d{3}\b)/g, '$1');
  text = text.replace(/(?:9|九)\s*(?:\+|加|plus)\s*(?:3|三)|nine\s+plus\s+three/g, '9+3');
  text = text.replace(NUMERAL_BEFORE_UNIT, (numeral: string) => String(chineseNumeralValue(numeral) ?? numeral));
  // Everything that is neither a letter, a digit, nor part of "9+3", "4.5" or "85%" is noise.
  text = text.replace(/[^\p{L}\p{N}+%.\s']/gu, ' ');
  text = text.replace(/(?<!\d)\.|\.(?!\d)/g, ' ');
  text = text.replace(/(?<!9)\+|\+(?!3)/g, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** Value of a Chinese numeral such as 四, 十五, 两千 or 二十万; undefined when malformed. */
export function chineseNumeralValue(numeral: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of numeral) {
    const value = DIGIT_OF[char];
    if (value !== undefined) {
      if (digit !== undefined) return undefined; // "四五" is a range, not a number
      digit = value;
      continue;
    }
    const multiplier = MULTIPLIER_OF[char];
    if (multiplier === undefined) return undefined;
    if (multiplier === 10000) {
      total += (section + (digit ?? 0)) * multiplier;
      section = 0;
    } else {
      section += (digit ?? 1) * multiplier;
    }
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}
