/** The report fields a visit record needs before it can be confirmed, in the order we ask for them. */
export const CHECK_IN_FIELDS = ['household', 'visit_date', 'duration', 'funds'] as const;
export type CheckInField = (typeof CHECK_IN_FIELDS)[number];

/** Stable codes: they travel in JSON and in logs, so never rename one. */
export const CHECK_IN_PROBLEM_CODES = [
  'future_date',
  'invalid_date',
  'negative_amount',
  'absurd_amount',
  'absurd_duration',
  'vague_duration',
] as const;
export type CheckInProblemCode = (typeof CHECK_IN_PROBLEM_CODES)[number];

export interface CheckInProblem {
  code: CheckInProblemCode;
  field: CheckInField;
  /** The words of the message the problem was found in, for the reply. */
  fragment: string;
}

export interface ParsedCheckIn {
  isCheckIn: boolean;
  /** YYYY-MM-DD, a calendar date in Asia/Shanghai. */
  visitDate: string | null;
  durationMinutes: number | null;
  fundsYuan: number | null;
  /** The household as named: the matching entry of `householdNames` when one matched, else as written in the message. */
  household: string | null;
  activities: string[];
  /** Fields that are still null and must be asked for (a field with a problem is also missing). */
  missing: CheckInField[];
  problems: CheckInProblem[];
}

export interface CheckInJson {
  is_checkin: boolean;
  visit_date: string | null;
  duration_minutes: number | null;
  funds_yuan: number | null;
  household: string | null;
  activities: string[];
  missing: CheckInField[];
  problems: CheckInProblemCode[];
}

export type Lang = 'zh' | 'en';

/** Half-open [start, end) range of the normalised message text that an extractor consumed. */
export interface TextSpan {
  start: number;
  end: number;
}
