// The visit ledger export built from an in-memory source: grouping, totals, behind flags, Beijing days.
import { describe, expect, it } from 'vitest';
import { buildVisitLedgerReport } from '../../src/check-ins/reports/build-visit-ledger-report.js';
import type { LedgerPairing, LedgerVisit, VisitLedgerReportSource } from '../../src/check-ins/reports/visit-ledger-report-source.js';
import type { Report, ReportSheet } from '../../src/shared/report-table.js';

const pairing = (id: string, township: string, village: string, headName: string, helperId: string, helperName: string, targets = { visitDaysPerYear: 15, fundsYuanPerYear: 2000 }): LedgerPairing => ({
  pairingId: id,
  township,
  village,
  householdCode: `H-${id}`,
  headName,
  helperId,
  helperName,
  targets,
});

const PAIRINGS = [
  pairing('p1', '塔克什肯镇', '阿克齐村', '王大山', 'h-zhao', '赵明'),
  pairing('p2', '塔克什肯镇', '阿克齐村', '李秀英', 'h-zhao', '赵明'),
  pairing('p3', '塔克什肯镇', '萨尔托海村', '张老四', 'h-chen', '陈芳'),
  pairing('p4', '乌图布拉格镇', '库木村', '马秀兰', 'h-chen', '陈芳', { visitDaysPerYear: 10, fundsYuanPerYear: 1000 }),
];

function visit(pairingId: string, visitDate: string, durationMinutes: number | null, fundsYuan: number | null, status: LedgerVisit['status'] = 'confirmed', confirmedAt: Date | null = null): LedgerVisit {
  return { pairingId, visitDate, durationMinutes, fundsYuan, status, activities: ['送化肥', '讲政策'], confirmedAt };
}

/** Just after midnight on March 2 in Beijing, still March 1 in UTC. */
const NOW = new Date('2026-03-01T16:30:00Z');

const VISITS: LedgerVisit[] = [
  visit('p1', '2026-01-10', 120, 300),
  visit('p1', '2026-01-10', 60, 200, 'corrected'),
  visit('p1', '2026-03-02', 90, 100, 'confirmed', NOW),
  visit('p1', '2026-02-01', 60, 500, 'withdrawn'),
  visit('p1', '2026-02-02', 60, 400, 'pending'),
  visit('p1', '2026-03-03', 60, 700),
  visit('p3', '2026-02-15', 180, 50),
  visit('p4', '2026-02-20', 60, 200),
];

const source = (pairings: LedgerPairing[], visits: LedgerVisit[]): VisitLedgerReportSource => ({
  pairingsInYear: async () => pairings,
  visitsInYear: async (year) => visits.filter((item) => item.visitDate.startsWith(`${year}-`)),
});

const sheet = (report: Report, zh: string): ReportSheet => report.sheets.find((candidate) => candidate.name.zh === zh)!;

describe('buildVisitLedgerReport', () => {
  it('has the four sheets with Chinese names and a title for the year', async () => {
    const report = await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: NOW });
    expect(report.title.zh).toBe('2026年结对帮扶走访台账');
    expect(report.sheets.map((item) => item.name.zh)).toEqual(['汇总', '走访明细', '按乡镇', '按帮扶干部']);
  });

  it('lists households by township, then helper, with counted days, funds, hours, what is left and who is behind', async () => {
    const summary = sheet(await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: NOW }), '汇总');
    expect(summary.rows.map((row) => [row.township, row.helper, row.household])).toEqual([
      ['塔克什肯镇', '陈芳', '张老四'],
      ['塔克什肯镇', '赵明', '王大山'],
      ['塔克什肯镇', '赵明', '李秀英'],
      ['乌图布拉格镇', '陈芳', '马秀兰'],
    ]);
    // Two visits on January 10 are one day; March 2 counts (it is March 2 in Beijing); the
    // withdrawn, the draft and the visit dated tomorrow do not.
    expect(summary.rows[1]).toMatchObject({
      village: '阿克齐村',
      visitDaysTarget: 15,
      visitDays: 2,
      visitDaysLeft: 13,
      fundsTarget: 2000,
      funds: 600,
      fundsLeft: 1400,
      hours: 4.5,
      behind: '否',
      lastVisit: '2026-03-02',
    });
    // Day 61 less 14 days' grace: 15 × 47/365 → 1 day and 2000 × 47/365 → 257 yuan due by now.
    expect(summary.rows[1]).toMatchObject({ expectedVisitDays: 1, expectedFunds: 257 });
    expect(summary.rows[2]).toMatchObject({ household: '李秀英', visitDays: 0, funds: 0, hours: 0, behind: '是', lastVisit: null });
    expect(summary.rows[0]).toMatchObject({ household: '张老四', visitDays: 1, funds: 50, behind: '是' });
    expect(summary.rows[3]).toMatchObject({ household: '马秀兰', visitDaysTarget: 10, fundsTarget: 1000, expectedFunds: 128, behind: '否' });
  });

  it('adds the summary up in a totals row', async () => {
    const summary = sheet(await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: NOW }), '汇总');
    expect(summary.totals).toMatchObject({
      township: '合计',
      household: '4户',
      visitDaysTarget: 55,
      visitDays: 4,
      fundsTarget: 7000,
      funds: 850,
      fundsLeft: 6150,
      hours: 8.5,
      behind: '2户落后',
    });
  });

  it('lists every counted visit, and its totals equal the summary', async () => {
    const report = await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: NOW });
    const visits = sheet(report, '走访明细');
    expect(visits.rows.map((row) => [row.visitDate, row.household, row.funds])).toEqual([
      ['2026-02-15', '张老四', 50],
      ['2026-01-10', '王大山', 300],
      ['2026-01-10', '王大山', 200],
      ['2026-03-02', '王大山', 100],
      ['2026-02-20', '马秀兰', 200],
    ]);
    expect(visits.rows[3]).toMatchObject({ hours: 1.5, activities: '送化肥、讲政策', status: '已确认', confirmedAt: NOW, township: '塔克什肯镇', village: '阿克齐村', helper: '赵明' });
    expect(visits.rows[2]).toMatchObject({ status: '已更正' });
    const summary = sheet(report, '汇总');
    expect(visits.totals).toMatchObject({ visitDate: '合计（5次）', hours: summary.totals!.hours, funds: summary.totals!.funds });
  });

  it('sums per township and per helper, with the households behind', async () => {
    const report = await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: NOW });
    expect(sheet(report, '按乡镇').rows).toEqual([
      { township: '塔克什肯镇', households: 3, behindHouseholds: 2, visitDays: 3, visitDaysTarget: 45, funds: 650, fundsTarget: 6000, hours: 7.5 },
      { township: '乌图布拉格镇', households: 1, behindHouseholds: 0, visitDays: 1, visitDaysTarget: 10, funds: 200, fundsTarget: 1000, hours: 1 },
    ]);
    expect(sheet(report, '按乡镇').totals).toMatchObject({ township: '合计', households: 4, behindHouseholds: 2, funds: 850, hours: 8.5 });
    expect(sheet(report, '按帮扶干部').rows).toEqual([
      { helper: '陈芳', townships: '塔克什肯镇、乌图布拉格镇', households: 2, behindHouseholds: 1, visitDays: 2, visitDaysTarget: 25, funds: 250, fundsTarget: 3000, hours: 4 },
      { helper: '赵明', townships: '塔克什肯镇', households: 2, behindHouseholds: 1, visitDays: 2, visitDaysTarget: 30, funds: 600, fundsTarget: 4000, hours: 4.5 },
    ]);
    expect(sheet(report, '按帮扶干部').totals).toMatchObject({ helper: '合计', households: 4, behindHouseholds: 2, visitDays: 4 });
  });

  it('counts the visit of the Beijing day that has just begun, and not one of the UTC day', async () => {
    const justBefore = new Date('2026-03-01T15:59:00Z'); // 23:59 on March 1 in Beijing
    const before = sheet(await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: justBefore }), '汇总');
    const after = sheet(await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: NOW }), '汇总');
    expect(before.rows[1]).toMatchObject({ household: '王大山', visitDays: 1, funds: 500, lastVisit: '2026-01-10' });
    expect(after.rows[1]).toMatchObject({ household: '王大山', visitDays: 2, funds: 600, lastVisit: '2026-03-02' });
  });

  it('judges a year that is over against the whole target, and counts its last day', async () => {
    const dated = (pairingId: string, month: string, firstDay: number, count: number, fundsYuan: number) =>
      Array.from({ length: count }, (_, index) => visit(pairingId, `2025-${month}-${String(firstDay + index).padStart(2, '0')}`, 60, fundsYuan));
    const fourteenDays = dated('p1', '12', 18, 14, 100);
    const fifteenDays = [...dated('p2', '11', 1, 14, 0), visit('p2', '2025-12-31', 60, 2000)];
    const report = await buildVisitLedgerReport(source(PAIRINGS.slice(0, 2), [...fourteenDays, ...fifteenDays]), { year: 2025, now: NOW });
    const summary = sheet(report, '汇总');
    expect(summary.rows.map((row) => [row.household, row.visitDays, row.funds, row.behind])).toEqual([
      ['王大山', 14, 1400, '是'],
      ['李秀英', 15, 2000, '否'],
    ]);
    expect(summary.rows[1]).toMatchObject({ expectedVisitDays: 15, expectedFunds: 2000, visitDaysLeft: 0, fundsLeft: 0, lastVisit: '2025-12-31' });
  });

  it('writes its own words in English when asked', async () => {
    const report = await buildVisitLedgerReport(source(PAIRINGS, VISITS), { year: 2026, now: NOW, lang: 'en' });
    const summary = sheet(report, '汇总');
    expect(summary.rows.map((row) => row.behind)).toEqual(['yes', 'no', 'yes', 'no']);
    expect(summary.totals).toMatchObject({ township: 'Total', household: '4 households', behind: '2 behind' });
    expect(sheet(report, '走访明细').rows[0]).toMatchObject({ activities: '送化肥, 讲政策', status: 'confirmed' });
  });

  it('has a row for every pairing and zero totals when nobody visited', async () => {
    const summary = sheet(await buildVisitLedgerReport(source(PAIRINGS, []), { year: 2026, now: NOW }), '汇总');
    expect(summary.rows).toHaveLength(4);
    expect(summary.totals).toMatchObject({ visitDays: 0, funds: 0, hours: 0, behind: '4户落后' });
  });
});
