export type Lang = 'zh' | 'en';

/** Text in both languages the bot speaks. */
export type Bilingual = { zh: string; en: string };

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** Chinese unless the message is mostly Latin words: parents write Chinese first. */
export function detectLanguage(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  return latinWords > 0 && han === 0 ? 'en' : 'zh';
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
