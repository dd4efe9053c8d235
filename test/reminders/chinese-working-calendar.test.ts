import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createChineseWorkingCalendar } from '../../src/reminders/chinese-working-calendar.js';
import { addDays } from '../../src/reminders/shanghai-time.js';
import { lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter } from '../../src/reminders/working-calendar.js';

const calendar = createChineseWorkingCalendar();

describe('Chinese working calendar (chinese-days data)', () => {
  it('knows the 2026 National Day holiday and its make-up working days', () => {
    for (let day = 1; day <= 7; day += 1) expect(calendar.isWorkingDay(`2026-10-0${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2026-09-30')).toBe(true); // Wednesday
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday, make-up working day
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday, make-up working day
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // ordinary Sunday
    expect(calendar.specialDayName('2026-10-03')).toContain('国庆节');
  });

  it('knows the 2026 Spring Festival break (Feb 15–23) and the Saturday make-up day Feb 14', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-20')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false); // a Monday inside the break
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('finds the last working day before a holiday and the next one after it', () => {
    expect(lastWorkingDayOnOrBefore(calendar, '2026-10-05')).toBe('2026-09-30');
    expect(lastWorkingDayOnOrBefore(calendar, '2026-10-11')).toBe('2026-10-10');
    expect(nextWorkingDayOnOrAfter(calendar, '2026-10-03')).toBe('2026-10-08');
    expect(lastWorkingDayOnOrBefore(calendar, '2026-02-20')).toBe('2026-02-14');
  });

  it('agrees with chinese-days’ own isWorkday (run in Shanghai time) for every day of 2025 and 2026', () => {
    // chinese-days' functions are only right in time zones east of UTC, so ask them in a child
    // process pinned to Asia/Shanghai; this suite itself may run under any TZ.
    const script = `const cd = require('chinese-days'); const out = [];
      for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2026, 11, 31); t += 864e5) {
        const d = new Date(t).toISOString().slice(0, 10); if (cd.isWorkday(d)) out.push(d);
      } console.log(JSON.stringify(out));`;
    const libraryWorkingDays = new Set<string>(
      JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: 'Asia/Shanghai' }, encoding: 'utf8' })),
    );
    expect(libraryWorkingDays.size).toBeGreaterThan(480);
    for (let date = '2025-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      expect(calendar.isWorkingDay(date), date).toBe(libraryWorkingDays.has(date));
    }
  });

  it('falls back to weekdays for years without official data', () => {
    expect(calendar.hasOfficialDataFor(2026)).toBe(true);
    expect(calendar.hasOfficialDataFor(2099)).toBe(false);
    expect(calendar.isWorkingDay('2099-10-01')).toBe(true); // a Thursday
  });
});
