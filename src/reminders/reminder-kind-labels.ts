import type { Bilingual, ReminderKind } from './plan-definition.js';

/** How a list names each kind of reminder: 开始前提醒 / starts soon. */
export const REMINDER_KIND_LABELS: Record<ReminderKind, Bilingual> = {
  before_start: { zh: '开始前提醒', en: 'starts soon' },
  start: { zh: '开始提醒', en: 'starts' },
  before_end: { zh: '结束前提醒', en: 'ends soon' },
  due: { zh: '截止提醒', en: 'due' },
  overdue: { zh: '逾期提醒', en: 'overdue' },
};
