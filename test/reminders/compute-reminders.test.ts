import { describe, expect, it } from 'vitest';
import { createChineseWorkingCalendar } from '../../src/reminders/chinese-working-calendar.js';
import { computeReminders } from '../../src/reminders/compute-reminders.js';
import { parsePlanFile } from '../../src/reminders/plan-file.js';
import { loadBorderActionPlan } from '../../src/reminders/plans/border-action-plan.js';
import type { ReminderOccurrence } from '../../src/reminders/reminder-occurrence.js';
import { shanghaiInstant } from '../../src/reminders/shanghai-time.js';
import { weekdaysOnlyCalendar } from '../../src/reminders/working-calendar.js';
import { everyDayWorks, SMALL_PLAN_YAML } from './fixtures.js';

const chineseCalendar = createChineseWorkingCalendar();
const find = (occurrences: ReminderOccurrence[], key: string): ReminderOccurrence => {
  const found = occurrences.find((occurrence) => occurrence.key === key);
  if (!found) throw new Error(`no occurrence ${key}; have ${occurrences.map((o) => o.key).join(', ')}`);
  return found;
};

describe('computeReminders', () => {
  const smallPlan = parsePlanFile(SMALL_PLAN_YAML, { year: 2026 });

  it('produces every occurrence of the year with readable deterministic keys', () => {
    const occurrences = computeReminders(smallPlan, { calendar: everyDayWorks });
    expect(occurrences.map((occurrence) => occurrence.key).sort()).toEqual(
      [
        'test-plan:2026:alpha:before-start:all:0',
        'test-plan:2026:alpha:start:all:0',
        'test-plan:2026:alpha:before-end:all:0',
        'test-plan:2026:alpha:due:all:0',
        'test-plan:2026:alpha:overdue:all:0',
        'test-plan:2026:beta:before-start:unit-a:0',
        'test-plan:2026:beta:start:unit-a:0',
        'test-plan:2026:beta:before-end:unit-a:0',
        'test-plan:2026:monthly:due:unit-b:4',
        'test-plan:2026:monthly:overdue:unit-b:4',
        'test-plan:2026:monthly:due:unit-b:5',
        'test-plan:2026:monthly:overdue:unit-b:5',
      ].sort(),
    );
    const due = find(occurrences, 'test-plan:2026:alpha:due:all:0');
    expect(due).toMatchObject({
      subject: { type: 'stage', code: 'alpha' },
      kind: 'due',
      unitCodes: ['unit-a', 'unit-b'],
      dates: { start: '2026-03-02', end: '2026-03-06', due: '2026-03-06' },
      nominalAt: shanghaiInstant('2026-03-06', '09:00'),
      announceAt: shanghaiInstant('2026-03-06', '09:00'),
    });
    expect(due.shiftedReason).toBeUndefined();
    expect(find(occurrences, 'test-plan:2026:alpha:before-start:all:0').announceAt).toEqual(shanghaiInstant('2026-02-27', '09:00'));
    expect(find(occurrences, 'test-plan:2026:monthly:overdue:unit-b:5').announceAt).toEqual(shanghaiInstant('2026-05-11', '09:00'));
  });

  it('returns identical results when computed twice, sorted by posting time', () => {
    const plan = loadBorderActionPlan(2026);
    const first = computeReminders(plan, { calendar: chineseCalendar });
    const second = computeReminders(loadBorderActionPlan(2026), { calendar: chineseCalendar });
    expect(second).toEqual(first);
    expect(new Set(first.map((occurrence) => occurrence.key)).size).toBe(first.length);
    const times = first.map((occurrence) => occurrence.announceAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('changes only the edited stage’s occurrences when one stage date is edited, and keeps every key', () => {
    const edited = parsePlanFile(SMALL_PLAN_YAML.replace('end: "03-20"', 'end: "03-25"'), { year: 2026 });
    const before = computeReminders(smallPlan, { calendar: everyDayWorks });
    const after = computeReminders(edited, { calendar: everyDayWorks });
    expect(after.map((o) => o.key).sort()).toEqual(before.map((o) => o.key).sort());
    const changed = after.filter((occurrence) => {
      const old = find(before, occurrence.key);
      return JSON.stringify(old) !== JSON.stringify(occurrence);
    });
    expect(changed.map((occurrence) => occurrence.key).sort()).toEqual([
      'test-plan:2026:beta:before-end:unit-a:0',
      'test-plan:2026:beta:before-start:unit-a:0',
      'test-plan:2026:beta:start:unit-a:0',
    ]);
    expect(find(after, 'test-plan:2026:beta:before-end:unit-a:0').announceAt).toEqual(shanghaiInstant('2026-03-24', '09:00'));
  });

  it('defers a reminder whose time falls in quiet hours to the end of quiet hours', () => {
    const lateRule = SMALL_PLAN_YAML.replace(
      '{ code: start, anchor: stage_start, offset_days: 0 }',
      '{ code: start, anchor: stage_start, offset_days: 0, at: "22:15" }',
    );
    const plan = parsePlanFile(lateRule, { year: 2026 });
    const start = find(computeReminders(plan, { calendar: everyDayWorks }), 'test-plan:2026:alpha:start:all:0');
    expect(start.nominalAt).toEqual(shanghaiInstant('2026-03-02', '22:15'));
    expect(start.announceAt).toEqual(shanghaiInstant('2026-03-03', '07:30'));
    expect(start.shiftedReason).toBe('quiet_hours');

    const custom = find(
      computeReminders(plan, { calendar: everyDayWorks, quietHours: { start: '23:00', end: '06:00' } }),
      'test-plan:2026:alpha:start:all:0',
    );
    expect(custom.announceAt).toEqual(shanghaiInstant('2026-03-02', '22:15'));
  });

  it('announces a due date in the 2026 National Day holiday on the last working day before it', () => {
    const text = SMALL_PLAN_YAML.replace('from: "04", until: "05"', 'from: "10", until: "10"').replace('day: 10', 'day: 5');
    const occurrences = computeReminders(parsePlanFile(text, { year: 2026 }), { calendar: chineseCalendar });
    const due = find(occurrences, 'test-plan:2026:monthly:due:unit-b:10');
    expect(due.dates.due).toBe('2026-10-05'); // the text keeps the real date
    expect(due.nominalAt).toEqual(shanghaiInstant('2026-10-05', '09:00'));
    expect(due.announceAt).toEqual(shanghaiInstant('2026-09-30', '09:00'));
    expect(due.shiftedReason).toBe('non_working_day');
    // The overdue notice cannot come before the deadline: it waits for the first working day after.
    expect(find(occurrences, 'test-plan:2026:monthly:overdue:unit-b:10').announceAt).toEqual(shanghaiInstant('2026-10-08', '09:00'));
  });

  it('uses make-up working days: a Sunday due date after National Day is announced on Saturday Oct 10', () => {
    const text = SMALL_PLAN_YAML.replace('from: "04", until: "05"', 'from: "10", until: "10"').replace('day: 10', 'day: 11');
    const due = find(computeReminders(parsePlanFile(text, { year: 2026 }), { calendar: chineseCalendar }), 'test-plan:2026:monthly:due:unit-b:10');
    expect(due.announceAt).toEqual(shanghaiInstant('2026-10-10', '09:00'));
    // A weekdays-only calendar would have said Friday Oct 9.
    const naive = find(computeReminders(parsePlanFile(text, { year: 2026 }), { calendar: weekdaysOnlyCalendar }), 'test-plan:2026:monthly:due:unit-b:10');
    expect(naive.announceAt).toEqual(shanghaiInstant('2026-10-09', '09:00'));
  });

  it('moves the shipped plan’s investigation deadline (Feb 20, Spring Festival) to the make-up Saturday Feb 14, keeping one post that day', () => {
    const occurrences = computeReminders(loadBorderActionPlan(2026), { calendar: chineseCalendar });
    const due = find(occurrences, 'border-action:2026:investigation:due:all:0');
    expect(due.announceAt).toEqual(shanghaiInstant('2026-02-14', '09:00'));
    expect(due.dates.due).toBe('2026-02-20');
    // "ends tomorrow" (Feb 19) would also land on Feb 14; only the due notice is kept.
    expect(occurrences.some((occurrence) => occurrence.key === 'border-action:2026:investigation:before-end:all:0')).toBe(false);
    expect(find(occurrences, 'border-action:2026:investigation:overdue:all:0').announceAt).toEqual(shanghaiInstant('2026-02-24', '09:30'));
  });

  it('schedules the monthly supervision report from March to November', () => {
    const occurrences = computeReminders(loadBorderActionPlan(2026), { calendar: chineseCalendar });
    const dues = occurrences.filter((o) => o.subject.code === 'monthly-supervision-report' && o.kind === 'due');
    expect(dues.map((o) => o.periodIndex)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(dues.every((o) => o.unitCodes.length === 1 && o.unitCodes[0] === 'ethnic-religious-affairs')).toBe(true);
  });

  it('can fan out one occurrence per unit with the unit in the key', () => {
    const occurrences = computeReminders(smallPlan, { calendar: everyDayWorks, fanOut: 'per_unit' });
    const alphaDue = occurrences.filter((o) => o.subject.code === 'alpha' && o.kind === 'due');
    expect(alphaDue.map((o) => [o.key, o.unitCodes])).toEqual([
      ['test-plan:2026:alpha:due:unit-a:0', ['unit-a']],
      ['test-plan:2026:alpha:due:unit-b:0', ['unit-b']],
    ]);
  });

  it('gives the same instants whatever the process time zone is', () => {
    const plan = loadBorderActionPlan(2026);
    const inShanghai = computeReminders(plan, { calendar: createChineseWorkingCalendar() });
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        if (zone === 'America/Los_Angeles') expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(480);
        const elsewhere = computeReminders(loadBorderActionPlan(2026), { calendar: createChineseWorkingCalendar() });
        expect(elsewhere, zone).toEqual(inShanghai);
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
