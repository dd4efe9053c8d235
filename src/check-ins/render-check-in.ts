import { beijingToday, isoWeekday, parseIsoDate, toDayNumber } from './beijing-calendar.js';
import type { CheckInField, CheckInProblemCode, Lang } from './check-in-types.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';

/** What the confirmation card shows; a ParsedCheckIn or a stored visit both fit. */
export interface CheckInSummaryRecord {
  household: string | null;
  visitDate: string | null;
  durationMinutes: number | null;
  fundsYuan: number | null;
  activities: readonly string[];
}

export interface RenderOptions {
  /** Decides whether the year is worth showing; defaults to the current time. */
  now?: Date;
}

const ZH_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The record read back before saving: short enough for a phone screen, with the three replies. */
export function renderCheckInSummary(record: CheckInSummaryRecord, lang: Lang, options: RenderOptions = {}): string {
  const now = options.now ?? new Date();
  const activities = record.activities.length > 0 ? record.activities.join(lang === 'zh' ? '；' : '; ') : null;
  const lines =
    lang === 'zh'
      ? [
          '走访记录（请核对）',
          `帮扶户：${record.household ?? '待补充'}`,
          `日期：${record.visitDate ? formatDate(record.visitDate, 'zh', now) : '待补充'}`,
          `时长：${record.durationMinutes !== null ? formatDuration(record.durationMinutes, 'zh') : '待补充'}`,
          `资金：${record.fundsYuan !== null ? formatYuan(record.fundsYuan, 'zh') : '待补充'}`,
          ...(activities ? [`事项：${activities}`] : []),
          '回复「确认」保存，「修改 时长 2小时」更正，「取消」放弃。',
        ]
      : [
          'Visit record (please check)',
          `Household: ${record.household ?? 'to be filled in'}`,
          `Date: ${record.visitDate ? formatDate(record.visitDate, 'en', now) : 'to be filled in'}`,
          `Duration: ${record.durationMinutes !== null ? formatDuration(record.durationMinutes, 'en') : 'to be filled in'}`,
          `Funds: ${record.fundsYuan !== null ? formatYuan(record.fundsYuan, 'en') : 'to be filled in'}`,
          ...(activities ? [`Activities: ${activities}`] : []),
          'Reply "confirm" to save, "edit duration 2 hours" to correct, "cancel" to discard.',
        ];
  return maskPersonalData(lines.join('\n'));
}

const MISSING_QUESTIONS: Readonly<Record<CheckInField, Readonly<Record<Lang, string>>>> = {
  household: {
    zh: '这次走访的是哪一户？请回复户主姓名，例如：王大山',
    en: 'Which household did you visit? Reply with the head of household, e.g. Wang Dashan',
  },
  visit_date: {
    zh: '是哪天去的？例如：今天、昨天、3月5日',
    en: 'Which day was the visit? e.g. today, yesterday, March 5',
  },
  duration: {
    zh: '在户里待了多长时间？例如：2小时、半天',
    en: 'How long did you stay? e.g. 2 hours, half a day',
  },
  funds: {
    zh: '这次带去的资金和物资一共折合多少钱？例如：300元；没有就回复「没有」',
    en: 'How much money (including goods at their value) did you bring? e.g. 300 yuan; reply "none" if nothing',
  },
};

/** One question at a time, each with an answer that the parser accepts. */
export function renderMissingQuestion(field: CheckInField, lang: Lang): string {
  return MISSING_QUESTIONS[field][lang];
}

const PROBLEM_DESCRIPTIONS: Readonly<Record<CheckInProblemCode, Readonly<Record<Lang, string>>>> = {
  future_date: {
    zh: '走访日期在今天之后，只能登记已经完成的走访。请回复实际走访日期，例如：昨天',
    en: 'The visit date is in the future; only visits that already happened can be recorded. Reply with the real date, e.g. yesterday',
  },
  invalid_date: {
    zh: '这个日期不存在（例如2月没有30日）。请重新回复走访日期，例如：3月5日',
    en: 'That date does not exist (e.g. there is no February 30). Reply with the visit date, e.g. March 5',
  },
  negative_amount: {
    zh: '资金不能是负数。请回复实际金额，例如：300元；没有就回复「没有」',
    en: 'The amount cannot be negative. Reply with the real amount, e.g. 300 yuan, or "none"',
  },
  absurd_amount: {
    zh: '金额超过100万元，像是多打了数字。请核对后回复，例如：3000元',
    en: 'The amount is over 1,000,000 yuan, which looks like a typo. Please check and reply, e.g. 3000 yuan',
  },
  absurd_duration: {
    zh: '时长应在0到24小时之间。请回复实际时长，例如：2小时',
    en: 'The duration must be between 0 and 24 hours. Reply with how long you stayed, e.g. 2 hours',
  },
  vague_duration: {
    zh: '“一上午/一下午”没有说清几个小时。请回复具体时长，例如：3小时',
    en: '"A morning" or "an afternoon" does not say how many hours. Reply with the duration, e.g. 3 hours',
  },
};

export function describeProblem(code: CheckInProblemCode, lang: Lang): string {
  return PROBLEM_DESCRIPTIONS[code][lang];
}

export function formatDuration(minutes: number, lang: Lang): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (lang === 'zh') {
    if (hours === 0) return `${rest}分钟`;
    if (rest === 0) return `${hours}小时`;
    if (rest === 30) return `${hours}.5小时`;
    return `${hours}小时${rest}分钟`;
  }
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return `${hours} h`;
  return `${hours} h ${rest} min`;
}

export function formatYuan(yuan: number, lang: Lang): string {
  if (lang === 'zh') return yuan === 0 ? '0元（未带资金物资）' : `${yuan}元`;
  return yuan === 0 ? '0 yuan (none)' : `${yuan.toLocaleString('en-US')} yuan`;
}

/** 3月5日 周三 / Wed 5 Mar; the year only when it is not the current Beijing year. */
export function formatDate(isoDate: string, lang: Lang, now: Date): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  const weekday = isoWeekday(toDayNumber(date)) - 1;
  const showYear = date.year !== beijingToday(now).year;
  if (lang === 'zh') return `${showYear ? `${date.year}年` : ''}${date.month}月${date.day}日 周${ZH_WEEKDAYS[weekday]}`;
  return `${EN_WEEKDAYS[weekday]} ${date.day} ${EN_MONTHS[date.month - 1]}${showYear ? ` ${date.year}` : ''}`;
}
