import { isVisitReport } from './classify-report.js';
import type { CheckInField, CheckInJson, CheckInProblem, ParsedCheckIn, TextSpan } from './check-in-types.js';
import { normalizeCheckInText } from './normalize-text.js';
import { parseActivities } from './parse-activities.js';
import { parseDuration } from './parse-duration.js';
import { parseFunds } from './parse-funds.js';
import { parseHousehold } from './parse-household.js';
import { parseVisitDate } from './parse-visit-date.js';

/** Chat reports are short; the cap keeps a pasted document from costing more than a report. */
export const MAX_PARSED_LENGTH = 2000;

export interface ParseCheckInOptions {
  /** Heads of the helper's paired households; names, 王家 and 老王/小王 then resolve to an entry. */
  householdNames?: readonly string[];
}

/**
 * Turns a helper's free-text visit report ("今天去了王大山家，待了3小时，送了2袋化肥价值300元")
 * into fields. `now` fixes "today" in Asia/Shanghai, whatever the process TZ.
 */
export function parseCheckIn(text: string, now: Date, options: ParseCheckInOptions = {}): ParsedCheckIn {
  const normalized = normalizeCheckInText(text.slice(0, MAX_PARSED_LENGTH));
  const date = parseVisitDate(normalized, now);
  const duration = parseDuration(normalized);
  const funds = parseFunds(normalized);
  const household = parseHousehold(normalized, options.householdNames);

  const isReport = isVisitReport(normalized, {
    hasPastDate: date.mentions.some((m) => m.status !== 'future'),
    hasDuration: duration.minutes !== null || duration.problem !== null,
    hasFunds: funds.yuan !== null || funds.problem !== null,
    hasHousehold: household.name !== null,
  });
  if (!isReport) return notACheckIn();

  const problems: CheckInProblem[] = [];
  const fragmentOf = (spans: readonly TextSpan[]): string =>
    spans.map((s) => normalized.slice(s.start, s.end).trim()).join(' ');
  if (date.problem) {
    const mention = date.mentions.find((m) => (date.problem === 'invalid_date' ? m.status === 'invalid' : m.status === 'future'));
    problems.push({ code: date.problem, field: 'visit_date', fragment: mention ? fragmentOf([mention.span]) : '' });
  }
  if (duration.problem) problems.push({ code: duration.problem, field: 'duration', fragment: fragmentOf(duration.spans) });
  if (funds.problem) problems.push({ code: funds.problem, field: 'funds', fragment: fragmentOf(funds.spans) });

  const values: Record<CheckInField, unknown> = {
    household: household.name,
    visit_date: date.date,
    duration: duration.minutes,
    funds: funds.yuan,
  };
  const missing = (['household', 'visit_date', 'duration', 'funds'] as const).filter((field) => values[field] === null);

  const consumed = [...date.mentions.map((m) => m.span), ...duration.spans, ...funds.spans];
  return {
    isCheckIn: true,
    visitDate: date.date,
    durationMinutes: duration.minutes,
    fundsYuan: funds.yuan,
    household: household.name,
    activities: parseActivities(normalized, consumed, household.surface),
    missing,
    problems,
  };
}

/** The `checkin parse --json` contract: snake_case keys, problems as their stable codes. */
export function toCheckInJson(parsed: ParsedCheckIn): CheckInJson {
  return {
    is_checkin: parsed.isCheckIn,
    visit_date: parsed.visitDate,
    duration_minutes: parsed.durationMinutes,
    funds_yuan: parsed.fundsYuan,
    household: parsed.household,
    activities: [...parsed.activities],
    missing: [...parsed.missing],
    problems: parsed.problems.map((p) => p.code),
  };
}

function notACheckIn(): ParsedCheckIn {
  return {
    isCheckIn: false,
    visitDate: null,
    durationMinutes: null,
    fundsYuan: null,
    household: null,
    activities: [],
    missing: [],
    problems: [],
  };
}
