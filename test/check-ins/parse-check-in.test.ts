import { describe, expect, it } from 'vitest';
import { parseCheckIn, toCheckInJson } from '../../src/check-ins/parse-check-in.js';
import type { ParsedCheckIn } from '../../src/check-ins/check-in-types.js';
import { CHECK_IN_ROWS, WEDNESDAY_MORNING, type CheckInRow } from './check-in-table.js';

interface FieldComparison {
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

function parseRow(row: CheckInRow): ParsedCheckIn {
  return parseCheckIn(row.text, new Date(row.now ?? WEDNESDAY_MORNING), { householdNames: row.householdNames });
}

/** Compares every field the row states; a non-report must also ask for nothing. */
function compareRow(row: CheckInRow, parsed: ParsedCheckIn): FieldComparison[] {
  const actual: Record<string, unknown> = {
    ...parsed,
    problems: parsed.problems.map((p) => p.code),
  };
  const expected: Record<string, unknown> = row.expected.isCheckIn ? { ...row.expected } : { isCheckIn: false, missing: [] };
  return Object.entries(expected).map(([field, value]) => ({
    field,
    expected: value,
    actual: actual[field],
    ok: JSON.stringify(actual[field]) === JSON.stringify(value),
  }));
}

describe('parseCheckIn table', () => {
  const reports = CHECK_IN_ROWS.filter((r) => r.expected.isCheckIn);
  const chineseReports = reports.filter((r) => r.lang === 'zh');
  const nonReports = CHECK_IN_ROWS.filter((r) => !r.expected.isCheckIn);

  it('covers at least 50 reports (40 in Chinese) and 8 non-reports', () => {
    expect(reports.length).toBeGreaterThanOrEqual(50);
    expect(chineseReports.length).toBeGreaterThanOrEqual(40);
    expect(nonReports.length).toBeGreaterThanOrEqual(8);
  });

  it.each(CHECK_IN_ROWS.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    const mismatches = compareRow(row, parseRow(row)).filter((c) => !c.ok);
    expect(mismatches).toEqual([]);
  });

  it('reaches 100% field-level accuracy over the whole table', () => {
    const comparisons = CHECK_IN_ROWS.flatMap((row) => compareRow(row, parseRow(row)));
    const correct = comparisons.filter((c) => c.ok).length;
    const accuracy = correct / comparisons.length;
    console.info(
      `check-in parser: ${CHECK_IN_ROWS.length} rows (${reports.length} reports, ${nonReports.length} non-reports), ` +
        `${correct}/${comparisons.length} fields correct = ${(accuracy * 100).toFixed(1)}%`,
    );
    expect(accuracy).toBe(1);
  });
});

describe('toCheckInJson', () => {
  it('produces exactly the CLI contract keys, in snake_case, with problem codes', () => {
    const parsed = parseCheckIn('2月30日去了王大山家，待了2小时，送了200元', new Date(WEDNESDAY_MORNING));
    const json = toCheckInJson(parsed);
    expect(Object.keys(json)).toEqual([
      'is_checkin', 'visit_date', 'duration_minutes', 'funds_yuan', 'household', 'activities', 'missing', 'problems',
    ]);
    expect(json).toEqual({
      is_checkin: true,
      visit_date: null,
      duration_minutes: 120,
      funds_yuan: 200,
      household: '王大山',
      activities: [],
      missing: ['visit_date'],
      problems: ['invalid_date'],
    });
  });

  it('keeps the words a problem was found in, for the reply', () => {
    const parsed = parseCheckIn('昨天去了王大山家，待了30小时，送了200元', new Date(WEDNESDAY_MORNING));
    expect(parsed.problems).toEqual([{ code: 'absurd_duration', field: 'duration', fragment: '待了30小时' }]);
  });

  it('returns nothing to ask for a non-report', () => {
    expect(toCheckInJson(parseCheckIn('王大山家有几口人？', new Date(WEDNESDAY_MORNING)))).toEqual({
      is_checkin: false, visit_date: null, duration_minutes: null, funds_yuan: null, household: null,
      activities: [], missing: [], problems: [],
    });
  });
});
