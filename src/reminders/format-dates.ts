import type { Lang } from './plan-definition.js';
import { parseYmd, shanghaiDateOf, shanghaiMinutesOfDay, weekdayOf, type YmdDate } from './shanghai-time.js';

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 1月25日（周日） / Sun 25 Jan; with the year when asked: 2026年1月25日 / 25 Jan 2026. */
export function formatDate(date: YmdDate, lang: Lang, options: { year?: boolean; weekday?: boolean } = {}): string {
  const { year, month, day } = parseYmd(date);
  const weekday = weekdayOf(date);
  if (lang === 'zh') {
    return `${options.year ? `${year}年` : ''}${month}月${day}日${options.weekday ? `（${ZH_WEEKDAYS[weekday]}）` : ''}`;
  }
  return `${options.weekday ? `${EN_WEEKDAYS[weekday]} ` : ''}${day} ${EN_MONTHS[month - 1]}${options.year ? ` ${year}` : ''}`;
}

/** 2026年1月25日至1月30日 / 25 Jan – 30 Jan 2026. */
export function formatDateRange(start: YmdDate, end: YmdDate, lang: Lang): string {
  return lang === 'zh'
    ? `${formatDate(start, 'zh', { year: true })}至${formatDate(end, 'zh', { year: start.slice(0, 4) !== end.slice(0, 4) })}`
    : `${formatDate(start, 'en')} – ${formatDate(end, 'en', { year: true })}`;
}

/** 2026年3月 / March 2026: the period of a monthly duty. */
export function formatMonth(year: number, month: number, lang: Lang): string {
  const enMonth = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return lang === 'zh' ? `${year}年${month}月` : `${enMonth} ${year}`;
}

/** 1月25日 09:00 / 25 Jan 09:00, Shanghai time. */
export function formatInstant(instant: Date, lang: Lang): string {
  const minutes = shanghaiMinutesOfDay(instant);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${formatDate(shanghaiDateOf(instant), lang)} ${clock}`;
}

