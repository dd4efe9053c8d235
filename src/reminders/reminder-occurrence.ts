import type { PlanSubjectRef, ReminderKind } from './plan-definition.js';
import type { YmdDate } from './shanghai-time.js';

export type ShiftReason = 'non_working_day' | 'quiet_hours' | 'non_working_day_and_quiet_hours';

/** One reminder to post. Stored by `key`, so re-importing a plan updates rather than duplicates. */
export interface ReminderOccurrence {
  /** `${planCode}:${year}:${subjectCode}:${ruleCode}:${unitScope}:${periodIndex}` — no dates in it. */
  key: string;
  planCode: string;
  year: number;
  subject: PlanSubjectRef;
  ruleCode: string;
  kind: ReminderKind;
  /** Units addressed (mentioned in the group; followed up one by one by escalation). */
  unitCodes: string[];
  /** 0 for stages and one-off duties, the month (1–12) for a monthly duty. */
  periodIndex: number;
  /** The real dates the text talks about; never shifted. */
  dates: SubjectDates;
  /** When the rule says, before any shift. */
  nominalAt: Date;
  /** When to post: moved off non-working days and out of quiet hours. */
  announceAt: Date;
  shiftedReason?: ShiftReason;
}

export interface SubjectDates {
  /** Stage range. */
  start?: YmdDate;
  end?: YmdDate;
  /** Deliverable or duty due date. */
  due?: YmdDate;
}
