import { describe, expect, it } from 'vitest';
import { isInQuietHours, nextAllowedTime } from '../../src/reminders/quiet-hours.js';
import { shanghaiInstant } from '../../src/reminders/shanghai-time.js';

const at = (date: string, time: string): Date => shanghaiInstant(date, time);

describe('quiet hours (Asia/Shanghai, default 21:30–07:30)', () => {
  it('leaves daytime instants alone', () => {
    expect(nextAllowedTime(at('2026-03-02', '09:00'))).toEqual(at('2026-03-02', '09:00'));
    expect(nextAllowedTime(at('2026-03-02', '21:29'))).toEqual(at('2026-03-02', '21:29'));
    expect(nextAllowedTime(at('2026-03-02', '07:30'))).toEqual(at('2026-03-02', '07:30'));
  });

  it('defers evening instants to 07:30 the next morning', () => {
    expect(nextAllowedTime(at('2026-03-02', '21:30'))).toEqual(at('2026-03-03', '07:30'));
    expect(nextAllowedTime(at('2026-03-02', '23:59'))).toEqual(at('2026-03-03', '07:30'));
    expect(nextAllowedTime(at('2026-12-31', '22:00'))).toEqual(at('2027-01-01', '07:30'));
  });

  it('defers early-morning instants to 07:30 the same morning', () => {
    expect(nextAllowedTime(at('2026-03-03', '00:00'))).toEqual(at('2026-03-03', '07:30'));
    expect(nextAllowedTime(at('2026-03-03', '06:15'))).toEqual(at('2026-03-03', '07:30'));
  });

  it('uses Shanghai time, not UTC: 14:00Z is 22:00 in Shanghai', () => {
    expect(isInQuietHours(new Date('2026-03-02T14:00:00Z'))).toBe(true);
    expect(nextAllowedTime(new Date('2026-03-02T14:00:00Z')).toISOString()).toBe('2026-03-02T23:30:00.000Z');
  });

  it('supports a window within one day and an empty window', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(nextAllowedTime(at('2026-03-02', '12:30'), lunch)).toEqual(at('2026-03-02', '14:00'));
    expect(nextAllowedTime(at('2026-03-02', '23:00'), lunch)).toEqual(at('2026-03-02', '23:00'));
    expect(isInQuietHours(at('2026-03-02', '23:00'), { start: '00:00', end: '00:00' })).toBe(false);
  });
});
