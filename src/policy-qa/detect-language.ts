export type ReplyLanguage = 'zh' | 'en';

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const MENTION = /@[^\s\u2005@]{1,20}/g;

/**
 * Chinese unless the text is mainly Latin letters. A Han character carries about as much as a
 * short English word, so Latin letters must clearly outnumber it before we switch to English.
 */
export function detectLanguage(text: string): ReplyLanguage {
  const withoutMentions = text.replace(MENTION, ' ');
  const han = withoutMentions.match(HAN)?.length ?? 0;
  const latin = withoutMentions.match(LATIN_LETTER)?.length ?? 0;
  return latin >= 2 && latin > han * 3 ? 'en' : 'zh';
}
