// zod readers for the kinds of cells imports have. Each takes the trimmed text ('' when empty).
import { z } from 'zod';
import { isRealDate } from '../beijing-time.js';

/** Full-width digits and letters typed with a Chinese input method read like their ASCII forms. */
export function normalizeCellWord(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_]+/g, '');
}

export function requiredText(maxLength: number) {
  return z.string().min(1).max(maxLength);
}

export function optionalText(maxLength: number) {
  return z.string().max(maxLength);
}

/** A whole number in a range; an empty cell is `fallback` (refused when there is none). */
export function wholeNumber(range: { min: number; max: number }, fallback?: number) {
  const number = z
    .string()
    .transform((text) => text.normalize('NFKC').replace(/,/g, ''))
    .pipe(z.string().regex(/^\d+(\.0+)?$/))
    .transform(Number)
    .pipe(z.number().int().min(range.min).max(range.max));
  return fallback === undefined ? number : z.union([z.literal('').transform(() => fallback), number]);
}

/** One of a few words (compared like normalizeCellWord); an empty cell is `fallback` when given. */
export function oneOf<T extends string>(words: Record<string, T>, fallback?: T) {
  const known = new Map(Object.entries(words).map(([word, value]) => [normalizeCellWord(word), value]));
  const word = z.string().transform((text, ctx) => {
    const value = known.get(normalizeCellWord(text));
    if (value !== undefined) return value;
    ctx.addIssue({ code: 'custom', message: 'unknown word' });
    return z.NEVER;
  });
  return fallback === undefined ? word : z.union([z.literal('').transform(() => fallback), word]);
}

const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** A real calendar date as YYYY-MM-DD; 2026/1/5 and 2026.1.5 are read too. */
export const calendarDate = z.string().transform((text, ctx) => {
  const match = DATE.exec(text.normalize('NFKC'));
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (match && isRealDate(year, month, day)) {
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  ctx.addIssue({ code: 'custom', message: 'not a real YYYY-MM-DD date' });
  return z.NEVER;
});

export const optionalCalendarDate = z.union([z.literal('').transform(() => null), calendarDate]);

/** Several words in one cell, split on 、 , ， / ; ； or spaces; each kept once. */
export function wordList(maxLength: number) {
  return z
    .string()
    .transform((text) => [...new Set(text.split(/[、,，/;；\s]+/).filter((word) => word !== ''))])
    .pipe(z.array(z.string().max(maxLength)));
}

export const LANGUAGE_WORDS = { 中文: 'zh', zh: 'zh', chinese: 'zh', 汉语: 'zh', English: 'en', en: 'en', 英文: 'en', 英语: 'en' } as const;
export const language = oneOf<'zh' | 'en'>(LANGUAGE_WORDS, 'zh');
export const LANGUAGE_EXPECTED = { zh: '应为「中文」或「English」', en: 'must be 中文 (zh) or English (en)' };

/** The 语言 column, the same in every sheet that has one. */
export const LANGUAGE_COLUMN = {
  label: { zh: '语言', en: 'language' },
  headers: ['语言', 'language'],
  cell: language,
  expected: LANGUAGE_EXPECTED,
};
