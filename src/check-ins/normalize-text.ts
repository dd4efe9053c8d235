/**
 * WeChat text arrives with full-width digits and punctuation (３月５日，￥５００), ideographic
 * spaces and "@助手 " mentions. Every extractor works on this one normalised form so that its
 * regexes stay simple and offsets (spans) are shared.
 */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const IDEOGRAPHIC_OR_MENTION_SPACE = /[\u3000\u2005\u00A0]/g;
const LEADING_MENTIONS = /^(?:\s*@\S+\s+)+/;
const YEN_SIGNS = /[￥\uFFE5]/g;
const MINUS_SIGNS = /[\u2212\u2013\u2014\uFE63]/g;

export function normalizeCheckInText(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(IDEOGRAPHIC_OR_MENTION_SPACE, ' ')
    .replace(YEN_SIGNS, '¥')
    .replace(MINUS_SIGNS, '-')
    .replace(LEADING_MENTIONS, '')
    .trim();
}
