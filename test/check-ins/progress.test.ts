import { describe, expect, it } from 'vitest';
import {
  computePairingProgress,
  DEFAULT_PAIRING_TARGETS,
  PAIRING_TARGETS_SOURCE,
  renderProgress,
  type VisitForProgress,
} from '../../src/check-ins/progress.js';

function visit(visitDate: string, fundsYuan: number | null, status: VisitForProgress['status'] = 'confirmed'): VisitForProgress {
  return { visitDate, durationMinutes: 120, fundsYuan, status };
}

const MID_MARCH = new Date('2025-03-15T12:00:00+08:00'); // day 74 of 365

describe('computePairingProgress', () => {
  it('uses the college programme targets by default, with their source', () => {
    expect(DEFAULT_PAIRING_TARGETS).toEqual({ visitDaysPerYear: 15, fundsYuanPerYear: 2000 });
    expect(PAIRING_TARGETS_SOURCE.quote).toContain('not less than 2,000 yuan/year');
    expect(PAIRING_TARGETS_SOURCE.quote).toContain('not less than 15 days per year');
  });

  it('counts several visits on the same day as one visit day but adds their funds', () => {
    const progress = computePairingProgress(
      [visit('2025-02-10', 300), visit('2025-02-10', 200), visit('2025-03-01', 500, 'corrected')],
      MID_MARCH,
    );
    expect(progress.visitDays).toBe(2);
    expect(progress.fundsYuan).toBe(1000);
    expect(progress.totalMinutes).toBe(360);
    expect(progress.lastVisitDate).toBe('2025-03-01');
    expect(progress.visitDaysLeft).toBe(13);
    expect(progress.fundsLeft).toBe(1000);
  });

  it('ignores withdrawn and unconfirmed visits, other years and future dates', () => {
    const progress = computePairingProgress(
      [
        visit('2025-02-10', 300, 'withdrawn'),
        visit('2025-02-11', 300, 'pending'),
        visit('2024-12-30', 300),
        visit('2025-03-20', 300),
        visit('2025-03-02', 100),
      ],
      MID_MARCH,
    );
    expect(progress.visitDays).toBe(1);
    expect(progress.fundsYuan).toBe(100);
    expect(progress.lastVisitDate).toBe('2025-03-02');
  });

  it('is not behind during the grace weeks of January', () => {
    const progress = computePairingProgress([], new Date('2025-01-10T12:00:00+08:00'));
    expect(progress.expectedVisitDaysByNow).toBe(0);
    expect(progress.isBehind).toBe(false);
  });

  it('detects a helper behind the pro-rata schedule', () => {
    // 1 July: (182 - 14) / 365 of the year → 6 of 15 days and 920 of 2,000 yuan are due.
    const july = new Date('2025-07-01T09:00:00+08:00');
    const visits = [visit('2025-02-10', 500), visit('2025-04-10', 500), visit('2025-06-01', 0)];
    const progress = computePairingProgress(visits, july);
    expect(progress.expectedVisitDaysByNow).toBe(6);
    expect(progress.expectedFundsByNow).toBe(920);
    expect(progress.behindOnVisits).toBe(true);
    expect(progress.behindOnFunds).toBe(false);
    expect(progress.isBehind).toBe(true);
  });

  it('is on schedule when visits keep pace, and honours custom targets and grace', () => {
    const july = new Date('2025-07-01T09:00:00+08:00');
    const visits = ['2025-01-20', '2025-02-10', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01'].map((d) => visit(d, 200));
    expect(computePairingProgress(visits, july).isBehind).toBe(false);
    const strict = computePairingProgress(visits, july, { targets: { visitDaysPerYear: 24, fundsYuanPerYear: 2000 }, graceDays: 0 });
    expect(strict.expectedVisitDaysByNow).toBe(11);
    expect(strict.behindOnVisits).toBe(true);
  });
});

describe('renderProgress', () => {
  const visits = [visit('2025-02-10', 300), visit('2025-03-01', 500)];
  const items = [
    { household: '王大山', progress: computePairingProgress(visits, MID_MARCH) },
    { household: '李秀英', progress: computePairingProgress([], new Date('2025-07-01T09:00:00+08:00')) },
  ];

  it('renders one line per household in Chinese, with the target source', () => {
    const text = renderProgress(items, 'zh', MID_MARCH);
    expect(text.split('\n')[0]).toBe('2025年帮扶进度（截至3月15日）');
    expect(text).toContain('王大山：到户2/15天，资金800/2000元，最近走访3月1日 周六。还差13天、1200元');
    expect(text).toMatch(/李秀英：到户0\/15天.*⚠️进度落后/);
    expect(text).toContain('每户每年资金不少于2000元、到户不少于15天');
    expect(text).toContain('非全县统一标准');
  });

  it('renders in English', () => {
    const text = renderProgress(items, 'en', MID_MARCH);
    expect(text).toContain('王大山: 2/15 visit days, 800/2000 yuan, last visit Sat 1 Mar. 13 days and 1200 yuan to go');
    expect(text).toContain('Behind schedule');
    expect(text).toContain("one college's own pairing programme");
  });

  it('says so when there is nothing to show', () => {
    expect(renderProgress([], 'zh', MID_MARCH)).toContain('还没有结对帮扶户');
  });
});
