import { describe, expect, it } from 'vitest';
import { applyDateChanges } from '../../src/reminders/apply-date-changes.js';
import { parsePlanFile } from '../../src/reminders/plan-file.js';
import { SMALL_PLAN_YAML } from './fixtures.js';

const plan = parsePlanFile(SMALL_PLAN_YAML, { year: 2026 });

describe('applyDateChanges', () => {
  it('moves a stage’s end together with its deliverable’s due date', () => {
    const changed = applyDateChanges(plan, [{ subject: { type: 'stage', code: 'alpha' }, periodIndex: 0, date: '2026-03-09' }]);
    expect(changed.stages[0]).toMatchObject({ start: '2026-03-02', end: '2026-03-09', deliverable: { due: '2026-03-09' } });
    expect(changed.stages[1]).toEqual(plan.stages[1]);
    expect(plan.stages[0]?.end).toBe('2026-03-06');
  });

  it('moves one period of a monthly duty and leaves the others', () => {
    const changed = applyDateChanges(plan, [{ subject: { type: 'duty', code: 'monthly' }, periodIndex: 5, date: '2026-05-14' }]);
    expect(changed.duties[0]?.dueDates).toEqual([
      { periodIndex: 4, due: '2026-04-10' },
      { periodIndex: 5, due: '2026-05-14' },
    ]);
  });

  it('returns the plan itself when nothing changed', () => {
    expect(applyDateChanges(plan, [])).toBe(plan);
  });
});
