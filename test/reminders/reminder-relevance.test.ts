import { describe, expect, it } from 'vitest';
import { computeReminders } from '../../src/reminders/compute-reminders.js';
import { parsePlanFile } from '../../src/reminders/plan-file.js';
import { isStillRelevant, pendingUnitCodes } from '../../src/reminders/reminder-relevance.js';
import { shanghaiInstant } from '../../src/reminders/shanghai-time.js';
import { everyDayWorks, SMALL_PLAN_YAML } from './fixtures.js';

const occurrences = computeReminders(parsePlanFile(SMALL_PLAN_YAML, { year: 2026 }), { calendar: everyDayWorks });
const byKey = (suffix: string) => {
  const found = occurrences.find((occurrence) => occurrence.key === `test-plan:2026:${suffix}`);
  if (!found) throw new Error(suffix);
  return found;
};
const at = shanghaiInstant;

describe('isStillRelevant (catching up after downtime)', () => {
  it('keeps a before_start reminder until the stage has ended, then drops it', () => {
    const beforeStart = byKey('beta:before-start:unit-a:0'); // beta runs Mar 10–20
    expect(isStillRelevant(beforeStart, at('2026-03-08', '12:00'))).toBe(true);
    expect(isStillRelevant(beforeStart, at('2026-03-20', '23:59'))).toBe(true);
    expect(isStillRelevant(beforeStart, at('2026-03-21', '00:00'))).toBe(false);
  });

  it('drops a before_end reminder once the end day is over', () => {
    const beforeEnd = byKey('beta:before-end:unit-a:0');
    expect(isStillRelevant(beforeEnd, at('2026-03-20', '08:00'))).toBe(true);
    expect(isStillRelevant(beforeEnd, at('2026-03-21', '08:00'))).toBe(false);
  });

  it('keeps a due reminder through the due day only, and not when everyone has submitted', () => {
    const due = byKey('alpha:due:all:0'); // due Mar 6, units a and b
    expect(isStillRelevant(due, at('2026-03-06', '20:00'))).toBe(true);
    expect(isStillRelevant(due, at('2026-03-07', '08:00'))).toBe(false);
    expect(isStillRelevant(due, at('2026-03-06', '10:00'), { submittedUnitCodes: ['unit-a', 'unit-b'] })).toBe(false);
  });

  it('keeps an overdue reminder relevant, however late, until every unit has submitted', () => {
    const overdue = byKey('alpha:overdue:all:0');
    expect(isStillRelevant(overdue, at('2026-06-01', '09:00'))).toBe(true);
    expect(isStillRelevant(overdue, at('2026-06-01', '09:00'), { submittedUnitCodes: ['unit-a'] })).toBe(true);
    expect(isStillRelevant(overdue, at('2026-06-01', '09:00'), { submittedUnitCodes: new Set(['unit-a', 'unit-b']) })).toBe(false);
    expect(pendingUnitCodes(overdue, ['unit-a'])).toEqual(['unit-b']);
  });

  it('ignores submissions for stages without a deliverable', () => {
    const start = byKey('beta:start:unit-a:0');
    expect(isStillRelevant(start, at('2026-03-11', '09:00'), { submittedUnitCodes: ['unit-a'] })).toBe(true);
    expect(pendingUnitCodes(start, ['unit-a'])).toEqual(['unit-a']);
  });
});
