import {
  beijingDayNumber,
  daysInMonth,
  fromDayNumber,
  isoWeekday,
  isValidCalendarDate,
  toDayNumber,
  dayNumberToIso,
  type DayNumber,
} from './beijing-calendar.js';
import { parseNumeral } from './chinese-numerals.js';
import type { TextSpan } from './check-in-types.js';

/**
 * Visit dates are computed here rather than with chrono-node: chrono's zh parser reads the
 * process-local date (wrong whenever TZ is not Asia/Shanghai) and is far slower than the few
 * forms helpers actually type.
 */
export type DateMention =
  | { status: 'past'; date: string; span: TextSpan }
  | { status: 'future'; date: string; span: TextSpan }
  | { status: 'invalid'; span: TextSpan };

export interface VisitDateResult {
  /** The first date mention that is today or earlier. */
  date: string | null;
  problem: 'future_date' | 'invalid_date' | null;
  /** Every date mention, past or not, so the activity extractor can drop them. */
  mentions: DateMention[];
}

const TIME_OF_DAY = '(?:\\s*(?:上午|下午|中午|早上|晚上|傍晚|早晨|凌晨|夜里|的时候|那天))?';
const CN_MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const CN_DAY = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const WEEKDAY_CHARS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7,
};
const RELATIVE_DAY_OFFSETS: Readonly<Record<string, number>> = {
  大前天: -3, 前天: -2, 昨天: -1, 昨日: -1, 昨儿: -1, 昨晚: -1, 昨夜: -1, 今天: 0, 今日: 0, 今儿: 0,
  今儿个: 0, 昨儿个: -1, 今早: 0, 今晚: 0, 今晨: 0, 刚才: 0, 刚刚: 0, 明天: 1, 明日: 1, 明早: 1, 明晚: 1, 后天: 2, 大后天: 3,
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'just now': 0,
  yesterday: -1, 'last night': -1, 'the day before yesterday': -2, tomorrow: 1,
  'the day after tomorrow': 2,
};
const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const ENGLISH_WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const EN_MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

type Resolver = (match: RegExpExecArray, today: DayNumber) => DayNumber | 'invalid' | null;

interface DatePattern {
  regex: RegExp;
  resolve: Resolver;
}

const DATE_PATTERNS: readonly DatePattern[] = [
  {
    // 2025年3月5日, 2025-03-05, 2025/3/5, 2025.3.5
    regex: new RegExp(`(?:于|在)?(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*[日号]?${TIME_OF_DAY}`, 'g'),
    resolve: (m) => exactDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // 去年12月28日, 今年三月五号, 3月5日, 十二月二十八号, 3月5
    regex: new RegExp(`(?:于|在)?(去年|今年)?${CN_MONTH}\\s*月\\s*${CN_DAY}(?:\\s*[日号]|(?![\\d十]))${TIME_OF_DAY}`, 'g'),
    resolve: (m, today) => {
      const month = parseNumeral(m[2] ?? '');
      const day = parseNumeral(m[3] ?? '');
      if (month === null || day === null) return null;
      const year = fromDayNumber(today).year;
      if (m[1] === '去年') return exactDate(year - 1, month, day);
      if (m[1] === '今年') return exactDate(year, month, day);
      return dateWithoutYear(month, day, today);
    },
  },
  {
    // 3.5 / 3/5 — only when nothing around it makes it a decimal amount or a duration.
    regex:
      /(?<![\d.\/])(\d{1,2})[./](\d{1,2})(?![\d.\/]|\s*(?:个|小时|钟|分|h|千|万|百|元|块|天|%|k|w|斤|公|倍|亩|袋|yuan|rmb|hour|min))/gi,
    resolve: (m, today) => {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return dateWithoutYear(month, day, today);
    },
  },
  {
    // 大前天, 昨天下午, 今早, 刚刚, 明天
    regex: new RegExp(`(大前天|大后天|前天|昨天|昨日|昨儿个|今儿个|昨儿|昨晚|昨夜|今天|今日|今儿|今早|今晚|今晨|刚才|刚刚|明天|明日|明早|明晚|后天)${TIME_OF_DAY}`, 'g'),
    resolve: (m, today) => today + (RELATIVE_DAY_OFFSETS[m[1] ?? ''] ?? 0),
  },
  {
    // 3天前, 两天前
    regex: /(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*天(?:以)?前/g,
    resolve: (m, today) => {
      const n = parseNumeral(m[1] ?? '');
      return n === null ? null : today - n;
    },
  },
  {
    // 上周五, 上星期三, 上个礼拜天, 这周一, 本周二, 下周三, 周一, 星期一
    regex: /(?<![一两二三几每])(上上|上|这|本|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    resolve: (m, today) => {
      const weekday = WEEKDAY_CHARS[m[2] ?? ''];
      if (weekday === undefined) return null;
      const thisMonday = today - (isoWeekday(today) - 1);
      switch (m[1]) {
        case '上上':
          return thisMonday - 14 + weekday - 1;
        case '上':
          return thisMonday - 7 + weekday - 1;
        case '这':
        case '本':
          return thisMonday + weekday - 1;
        case '下':
          return thisMonday + 7 + weekday - 1;
        default:
          return mostRecentWeekday(weekday, today, true);
      }
    },
  },
  {
    regex:
      /\b(the day before yesterday|the day after tomorrow|today|tonight|this morning|this afternoon|this evening|just now|yesterday|last night|tomorrow)\b/gi,
    resolve: (m, today) => today + (RELATIVE_DAY_OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0),
  },
  {
    regex: /\b(\d{1,2}|a|one|two|three|four|five|six|seven)\s+days?\s+ago\b/gi,
    resolve: (m, today) => {
      const words: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
      const raw = (m[1] ?? '').toLowerCase();
      return today - (words[raw] ?? Number(raw));
    },
  },
  {
    // "last Friday" is the most recent Friday before today; "on Friday"/"Friday" may be today.
    regex: /\b(?:(last|this|next|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
    resolve: (m, today) => {
      const weekday = ENGLISH_WEEKDAYS[(m[2] ?? '').toLowerCase()];
      if (weekday === undefined) return null;
      const qualifier = (m[1] ?? '').toLowerCase();
      const thisMonday = today - (isoWeekday(today) - 1);
      if (qualifier === 'last') return mostRecentWeekday(weekday, today, false);
      if (qualifier === 'this') return thisMonday + weekday - 1;
      if (qualifier === 'next') return thisMonday + 7 + weekday - 1;
      return mostRecentWeekday(weekday, today, true);
    },
  },
  {
    // March 5, Mar 5th, March 5, 2025
    regex: new RegExp(`\\b(?:on\\s+)?${EN_MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`, 'gi'),
    resolve: (m, today) => englishMonthDay(m[1], m[2], m[3], today),
  },
  {
    // 5 March, 5th of March
    regex: new RegExp(`\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH_NAME}\\b(?:,?\\s*(\\d{4})\\b)?`, 'gi'),
    resolve: (m, today) => englishMonthDay(m[2], m[1], m[3], today),
  },
];

export function parseVisitDate(text: string, now: Date): VisitDateResult {
  const today = beijingDayNumber(now);
  const mentions: DateMention[] = [];
  const taken: TextSpan[] = [];

  for (const { regex, resolve } of DATE_PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      const day = resolve(m, today);
      if (day === null) continue;
      taken.push(span);
      if (day === 'invalid') mentions.push({ status: 'invalid', span });
      else mentions.push({ status: day > today ? 'future' : 'past', date: dayNumberToIso(day), span });
    }
  }
  mentions.sort((a, b) => a.span.start - b.span.start);

  const past = mentions.find((m) => m.status === 'past');
  if (past && past.status === 'past') return { date: past.date, problem: null, mentions };
  const first = mentions[0];
  if (!first) return { date: null, problem: null, mentions };
  return { date: null, problem: first.status === 'invalid' ? 'invalid_date' : 'future_date', mentions };
}

function exactDate(year: number, month: number, day: number): DayNumber | 'invalid' | null {
  if (month < 1 || month > 12) return null;
  if (!isValidCalendarDate(year, month, day)) return 'invalid';
  return toDayNumber({ year, month, day });
}

/**
 * A date written without a year means the occurrence nearest to today: "12月28日" sent on
 * January 3rd is last December, while "3月15日" sent on March 10th is a future date.
 */
function dateWithoutYear(month: number, day: number, today: DayNumber): DayNumber | 'invalid' | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'invalid';
  const thisYear = fromDayNumber(today).year;
  // Pick the year first (clamping the day so 2月30日 still has a position), then validate:
  // 2月30日 and, outside leap years, 2月29日 name no real day.
  let nearestYear = thisYear;
  let nearestDistance = Infinity;
  for (const year of [thisYear - 1, thisYear, thisYear + 1]) {
    const clamped = toDayNumber({ year, month, day: Math.min(day, daysInMonth(year, month)) });
    const distance = Math.abs(clamped - today);
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearestYear = year;
    }
  }
  if (!isValidCalendarDate(nearestYear, month, day)) return 'invalid';
  return toDayNumber({ year: nearestYear, month, day });
}

function mostRecentWeekday(weekday: number, today: DayNumber, includeToday: boolean): DayNumber {
  let back = (isoWeekday(today) - weekday + 7) % 7;
  if (back === 0 && !includeToday) back = 7;
  return today - back;
}

function englishMonthDay(
  monthName: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined,
  today: DayNumber,
): DayNumber | 'invalid' | null {
  const month = ENGLISH_MONTHS[(monthName ?? '').toLowerCase().slice(0, 3)];
  const day = Number(dayText);
  if (month === undefined || !Number.isFinite(day)) return null;
  if (yearText) return exactDate(Number(yearText), month, day);
  return dateWithoutYear(month, day, today);
}
