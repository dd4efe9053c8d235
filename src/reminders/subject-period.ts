import type { StoredReminder, SubjectPeriod } from './ports.js';

export function subjectPeriodOf(reminder: Pick<StoredReminder, 'planId' | 'subject' | 'periodIndex'>): SubjectPeriod {
  return { planId: reminder.planId, subject: reminder.subject, periodIndex: reminder.periodIndex };
}

/** One string per stage or duty period, for maps and sets. */
export function subjectPeriodKey(subjectPeriod: SubjectPeriod): string {
  return [subjectPeriod.planId, subjectPeriod.subject.type, subjectPeriod.subject.code, subjectPeriod.periodIndex].join('|');
}
