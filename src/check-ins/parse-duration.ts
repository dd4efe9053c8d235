import { parseNumeral } from './chinese-numerals.js';
import type { TextSpan } from './check-in-types.js';

export interface DurationResult {
  minutes: number | null;
  problem: 'absurd_duration' | 'vague_duration' | null;
  /** Consumed text including lead-ins such as 待了/stayed, so activities can drop it. */
  spans: TextSpan[];
}

/** 半天 is a working half-day and 一天 a working day, as the office counts presence. */
export const HALF_DAY_MINUTES = 240;
export const WHOLE_DAY_MINUTES = 480;
const MAX_PLAUSIBLE_MINUTES = 24 * 60;

const LEAD_IN =
  '(?:(?:待|呆|停留|陪|干|忙|聊|坐|用|花|共|总共|一共|前后|大约|大概|约|差不多|将近|足足|整整)了?\\s*){0,3}';
const EN_LEAD_IN = '(?:(?:stayed|spent|was there|were there|for|about|around|roughly|approximately|nearly|almost)\\s+){0,3}';
const CN_NUM = '(-|负)?\\s*((?<![\\d.])\\d+(?:\\.\\d+)?|(?<![零一二两三四五六七八九十])[零一二两三四五六七八九十]+)';
const EN_NUM = '(-)?(\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)';
const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

interface DurationPattern {
  regex: RegExp;
  /** Minutes, or 'vague' for 一上午-style answers that do not say how long. */
  minutes: (m: RegExpExecArray) => number | 'vague' | null;
}

const CLOCK = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:点|:)\\s*(\\d{2}|半)?(?:分)?';

const DURATION_PATTERNS: readonly DurationPattern[] = [
  {
    // 下午两点到五点, 9:30-11:30: the visit's clock times give its length.
    regex: new RegExp(`(?:从)?${CLOCK}\\s*(?:到|至|-|~)\\s*(?:上午|下午|晚上|中午)?\\s*${CLOCK}`, 'g'),
    minutes: (m) => {
      const start = clockMinutes(m[1], m[2]);
      let end = clockMinutes(m[3], m[4]);
      if (start === null || end === null) return null;
      // 11点到2点 crosses noon on a 12-hour clock.
      if (end <= start && end + 12 * 60 > start) end += 12 * 60;
      return end - start;
    },
  },
  {
    // 3小时, 3个小时, 两个半小时, 3个多小时, 1个半钟头, 2小时30分钟, 2.5h is handled below
    regex: new RegExp(
      `${LEAD_IN}${CN_NUM}\\s*个?(多)?(半)?\\s*(?:小时|钟头|钟(?![点头]))(半)?(?:\\s*(\\d+|[一二三四五六七八九十]+)\\s*分钟?)?(?:左右)?`,
      'g',
    ),
    minutes: (m) => {
      const hours = parseNumeral(m[2] ?? '');
      if (hours === null) return null;
      const half = m[4] || m[5] ? 0.5 : 0;
      const extra = m[6] ? parseNumeral(m[6]) ?? 0 : 0;
      const sign = m[1] ? -1 : 1;
      return sign * ((hours + half) * 60 + extra);
    },
  },
  {
    regex: new RegExp(`${LEAD_IN}半\\s*个?\\s*(?:小时|钟头)(?:左右)?`, 'g'),
    minutes: () => 30,
  },
  {
    regex: new RegExp(`${LEAD_IN}${CN_NUM}\\s*(?:分钟)(?:左右)?`, 'g'),
    minutes: (m) => signed(m[1], parseNumeral(m[2] ?? '')),
  },
  {
    regex: new RegExp(
      `${EN_LEAD_IN}${EN_NUM}\\s*(?:and a half\\s+)?(?:hours?|hrs?|h)\\b(\\s+and\\s+a\\s+half)?(?:\\s*(?:and\\s+)?(\\d+)\\s*(?:minutes?|mins?)\\b)?`,
      'gi',
    ),
    minutes: (m) => {
      const hours = englishNumber(m[2]);
      if (hours === null) return null;
      const half = /and a half/i.test(m[0]) ? 0.5 : 0;
      const extra = m[4] ? Number(m[4]) : 0;
      return signed(m[1], (hours + half) * 60 + extra);
    },
  },
  {
    regex: new RegExp(`${EN_LEAD_IN}${EN_NUM}\\s*(?:minutes?|mins?)\\b`, 'gi'),
    minutes: (m) => signed(m[1], englishNumber(m[2])),
  },
  {
    regex: new RegExp(`${EN_LEAD_IN}half\\s+(?:an?\\s+)?hour\\b`, 'gi'),
    minutes: () => 30,
  },
  {
    regex: new RegExp(`${LEAD_IN}(?:大)?半(?:天|日)(?!前)|${EN_LEAD_IN}half\\s+(?:a\\s+)?day\\b`, 'gi'),
    minutes: () => HALF_DAY_MINUTES,
  },
  {
    // 一天 only where it is a length of time, not 前一天/有一天/第一天/一天前.
    regex: new RegExp(
      `${LEAD_IN}(?:一整天|一整日|(?<![前后第有某每这那上同当头隔])一天(?![前后内里半])|整天|全天)|${EN_LEAD_IN}(?:all day|(?:a|the) (?:whole|full|entire) day|a full day)\\b`,
      'gi',
    ),
    minutes: () => WHOLE_DAY_MINUTES,
  },
  {
    regex: /(?:一个?|整个|大半个)(?:上午|下午|晚上|早上)|\b(?:all|the whole) (?:morning|afternoon|evening)\b/gi,
    minutes: () => 'vague',
  },
];

export function parseDuration(text: string): DurationResult {
  const spans: TextSpan[] = [];
  let total = 0;
  let found = false;
  let vague = false;

  for (const { regex, minutes } of DURATION_PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const span = { start: m.index, end: m.index + m[0].length };
      if (spans.some((s) => span.start < s.end && s.start < span.end)) continue;
      const value = minutes(m);
      if (value === null) continue;
      spans.push(span);
      if (value === 'vague') {
        vague = true;
      } else {
        // Helpers sometimes split a visit (上午2小时，下午1小时): the parts add up.
        total += value;
        found = true;
      }
    }
  }

  if (!found) return { minutes: null, problem: vague ? 'vague_duration' : null, spans };
  const minutesRounded = Math.round(total);
  if (minutesRounded <= 0 || minutesRounded > MAX_PLAUSIBLE_MINUTES) {
    return { minutes: null, problem: 'absurd_duration', spans };
  }
  return { minutes: minutesRounded, problem: null, spans };
}

function clockMinutes(hourText: string | undefined, minuteText: string | undefined): number | null {
  const hour = parseNumeral(hourText ?? '');
  if (hour === null || hour > 24) return null;
  const minute = minuteText === '半' ? 30 : minuteText ? Number(minuteText) : 0;
  return minute >= 60 ? null : hour * 60 + minute;
}

function signed(sign: string | undefined, value: number | null): number | null {
  if (value === null) return null;
  return sign ? -value : value;
}

function englishNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const word = EN_NUMBER_WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
