import type { CheckInProblemCode } from './check-in-types.js';
import { parseNumeral } from './chinese-numerals.js';
import { normalizeCheckInText } from './normalize-text.js';
import { parseDuration } from './parse-duration.js';
import { MAX_PLAUSIBLE_YUAN, parseFunds } from './parse-funds.js';
import { parseHousehold } from './parse-household.js';
import { parseVisitDate } from './parse-visit-date.js';

/** Fields a helper can correct; `activities` is the free-text 事项 list. */
export type EditableField = 'household' | 'visit_date' | 'duration' | 'funds' | 'activities';

export type FieldChange =
  | { field: 'household'; household: string }
  | { field: 'visit_date'; visitDate: string }
  | { field: 'duration'; durationMinutes: number }
  | { field: 'funds'; fundsYuan: number }
  | { field: 'activities'; activities: string[] };

export type FieldValueResult =
  | { ok: true; change: FieldChange }
  | { ok: false; code: 'missing_value' | 'invalid_value'; problem: CheckInProblemCode | null };

export interface FieldValueOptions {
  householdNames?: readonly string[];
}

const BARE_NUMBER = /^(-|负)?\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)$/;
const NONE = /^(?:没有|无|没|0|零|none|no|nothing|nil)$/i;
const HOUSEHOLD_NAME = /^[\p{Script=Han}A-Za-z·][\p{Script=Han}A-Za-z· ]{0,15}$/u;
const ACTIVITY_SEPARATOR = /[;；,，、\n]+/;
const MAX_BARE_HOURS = 24;

/**
 * Reads the value of one field, as typed after "修改 时长" or as the answer to a missing-field
 * question. Bare numbers are accepted where the field makes the unit obvious: hours for a
 * duration (修改 时长 2), yuan for funds (改 资金 500).
 */
export function parseFieldValue(field: EditableField, rawValue: string, now: Date, options: FieldValueOptions = {}): FieldValueResult {
  const value = normalizeCheckInText(rawValue).replace(/^[:=]\s*/, '').trim();
  if (value === '') return { ok: false, code: 'missing_value', problem: null };
  switch (field) {
    case 'duration':
      return durationValue(value);
    case 'funds':
      return fundsValue(value);
    case 'visit_date':
      return dateValue(value, now);
    case 'household':
      return householdValue(value, options.householdNames);
    case 'activities': {
      const activities = value.split(ACTIVITY_SEPARATOR).map((a) => a.trim()).filter((a) => a !== '');
      return { ok: true, change: { field: 'activities', activities } };
    }
  }
}

function durationValue(value: string): FieldValueResult {
  const parsed = parseDuration(value);
  if (parsed.minutes !== null) return { ok: true, change: { field: 'duration', durationMinutes: parsed.minutes } };
  if (parsed.problem) return { ok: false, code: 'invalid_value', problem: parsed.problem };
  const bare = bareNumber(value);
  if (bare === null) return { ok: false, code: 'invalid_value', problem: null };
  if (bare <= 0 || bare > MAX_BARE_HOURS) return { ok: false, code: 'invalid_value', problem: 'absurd_duration' };
  return { ok: true, change: { field: 'duration', durationMinutes: Math.round(bare * 60) } };
}

function fundsValue(value: string): FieldValueResult {
  if (NONE.test(value)) return { ok: true, change: { field: 'funds', fundsYuan: 0 } };
  const parsed = parseFunds(value);
  if (parsed.yuan !== null) return { ok: true, change: { field: 'funds', fundsYuan: parsed.yuan } };
  if (parsed.problem) return { ok: false, code: 'invalid_value', problem: parsed.problem };
  const bare = bareNumber(value);
  if (bare === null) return { ok: false, code: 'invalid_value', problem: null };
  if (bare < 0) return { ok: false, code: 'invalid_value', problem: 'negative_amount' };
  if (bare > MAX_PLAUSIBLE_YUAN) return { ok: false, code: 'invalid_value', problem: 'absurd_amount' };
  return { ok: true, change: { field: 'funds', fundsYuan: bare } };
}

function dateValue(value: string, now: Date): FieldValueResult {
  const parsed = parseVisitDate(value, now);
  if (parsed.date) return { ok: true, change: { field: 'visit_date', visitDate: parsed.date } };
  return { ok: false, code: 'invalid_value', problem: parsed.problem };
}

function householdValue(value: string, householdNames: readonly string[] | undefined): FieldValueResult {
  // 王大山家 → 王大山, but 王家 stays: the surname alone would lose the family.
  const bare = value.length > 2 ? value.replace(/(?:家里|家|户)$/, '') : value;
  if (householdNames && householdNames.length > 0) {
    const listed = parseHousehold(bare, householdNames);
    if (listed.name && householdNames.includes(listed.name)) return { ok: true, change: { field: 'household', household: listed.name } };
  }
  if (!HOUSEHOLD_NAME.test(bare)) return { ok: false, code: 'invalid_value', problem: null };
  return { ok: true, change: { field: 'household', household: bare.trim() } };
}

function bareNumber(value: string): number | null {
  const match = BARE_NUMBER.exec(value);
  if (!match) return null;
  const n = parseNumeral(match[2] ?? '');
  if (n === null) return null;
  return match[1] ? -n : n;
}
