import { afterEach, describe, expect, it } from 'vitest';
import { parseCheckIn } from '../../src/check-ins/parse-check-in.js';
import { computePairingProgress } from '../../src/check-ins/progress.js';
import { CHECK_IN_ROWS, WEDNESDAY_MORNING } from './check-in-table.js';

// Node re-reads process.env.TZ on assignment, so the same process can prove that no result
// depends on the server's local time zone.
const ORIGINAL_TZ = process.env.TZ;

describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'])('with process TZ=%s', (zone) => {
  afterEach(() => {
    if (ORIGINAL_TZ === undefined) delete process.env.TZ;
    else process.env.TZ = ORIGINAL_TZ;
  });

  it('gives every table row the same visit date as in Beijing', () => {
    const expected = CHECK_IN_ROWS.map((row) => (row.expected.isCheckIn ? row.expected.visitDate : null));
    process.env.TZ = zone;
    const actual = CHECK_IN_ROWS.map((row) => {
      const parsed = parseCheckIn(row.text, new Date(row.now ?? WEDNESDAY_MORNING), { householdNames: row.householdNames });
      return parsed.isCheckIn ? parsed.visitDate : null;
    });
    expect(actual).toEqual(expected);
  });

  it('reads "yesterday" at 00:20 Beijing time as the Beijing previous day', () => {
    process.env.TZ = zone;
    const now = new Date('2025-03-11T16:20:00Z'); // 2025-03-12 00:20 in Beijing
    // Guard: the zone switch really took effect (local midnight would mean we are still in Beijing).
    expect(now.getHours()).not.toBe(0);
    expect(parseCheckIn('yesterday visited Wang Dashan, 2 hours, 100 yuan', now).visitDate).toBe('2025-03-11');
    expect(parseCheckIn('昨天去了王大山家，待了2小时，送了100元', now).visitDate).toBe('2025-03-11');
  });

  it('counts the Beijing year in progress on New Year’s Eve UTC', () => {
    process.env.TZ = zone;
    // 2025-12-31 16:30 UTC is already 2026-01-01 in Beijing: last year's visits no longer count.
    const progress = computePairingProgress(
      [{ visitDate: '2025-12-20', durationMinutes: 60, fundsYuan: 100, status: 'confirmed' }],
      new Date('2025-12-31T16:30:00Z'),
    );
    expect(progress.year).toBe(2026);
    expect(progress.visitDays).toBe(0);
  });
});
