/**
 * Masks mainland ID-card and mobile numbers in any text bound for a reply or a log line:
 * 110101199003071234 → 110101********1234, 13812345678 → 138****5678.
 * Full-width digits are covered because users paste them from forms.
 */
const D = '[0-9\\uFF10-\\uFF19]';
const ID_CARD = new RegExp(
  `(?<![0-9A-Za-z\\uFF10-\\uFF19])([1-9\\uFF11-\\uFF19]${D}{5})${D}{8}(${D}{3}[0-9Xx\\uFF10-\\uFF19\\uFF38\\uFF58])(?![0-9A-Za-z\\uFF10-\\uFF19])`,
  'g',
);
const MOBILE = new RegExp(
  `(?<!${D})((?:\\+?86[- ]?)?)([1\\uFF11][3-9\\uFF13-\\uFF19]${D})[- ]?${D}{4}[- ]?(${D}{4})(?!${D})`,
  'g',
);

export function maskPersonalData(text: string): string {
  return text
    .replace(ID_CARD, (_all, head: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_all, prefix: string, head: string, tail: string) => `${prefix}${head}****${tail}`);
}
