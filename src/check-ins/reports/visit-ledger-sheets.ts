// The ledger's summary (one row per household) and detail (one row per counted visit) sheets.
import { pick, type Lang } from '../../shared/language.js';
import type { ReportColumn, ReportSheet } from '../../shared/report-table.js';
import { hoursOf, roundTo2, type LedgerLine } from './ledger-lines.js';

const SUMMARY_COLUMNS: ReportColumn[] = [
  { key: 'township', header: { zh: '乡镇', en: 'Township' }, kind: 'text' },
  { key: 'village', header: { zh: '村', en: 'Village' }, kind: 'text' },
  { key: 'household', header: { zh: '户主', en: 'Head of household' }, kind: 'text' },
  { key: 'householdCode', header: { zh: '户编号', en: 'Household code' }, kind: 'text' },
  { key: 'helper', header: { zh: '帮扶干部', en: 'Helper' }, kind: 'text' },
  { key: 'visitDaysTarget', header: { zh: '到户天数目标', en: 'Visit days target' }, kind: 'number' },
  { key: 'visitDays', header: { zh: '已到户天数', en: 'Visit days' }, kind: 'number' },
  { key: 'visitDaysLeft', header: { zh: '还差天数', en: 'Days left' }, kind: 'number' },
  { key: 'expectedVisitDays', header: { zh: '按进度应到户天数', en: 'Visit days due by now' }, kind: 'number' },
  { key: 'fundsTarget', header: { zh: '资金目标（元）', en: 'Funds target (yuan)' }, kind: 'number' },
  { key: 'funds', header: { zh: '已投入资金（元）', en: 'Funds (yuan)' }, kind: 'number' },
  { key: 'fundsLeft', header: { zh: '还差资金（元）', en: 'Funds left (yuan)' }, kind: 'number' },
  { key: 'expectedFunds', header: { zh: '按进度应投入资金（元）', en: 'Funds due by now (yuan)' }, kind: 'number' },
  { key: 'hours', header: { zh: '走访时长（小时）', en: 'Hours' }, kind: 'number' },
  { key: 'behind', header: { zh: '进度落后', en: 'Behind' }, kind: 'text' },
  { key: 'lastVisit', header: { zh: '最近走访日期', en: 'Last visit' }, kind: 'date' },
];

const SUMMED_KEYS = ['visitDaysTarget', 'visitDays', 'visitDaysLeft', 'expectedVisitDays', 'fundsTarget', 'funds', 'fundsLeft', 'expectedFunds'] as const;

export function summarySheet(lines: readonly LedgerLine[], lang: Lang): ReportSheet {
  const rows = lines.map(({ pairing, progress }) => ({
    township: pairing.township,
    village: pairing.village,
    household: pairing.headName,
    householdCode: pairing.householdCode,
    helper: pairing.helperName,
    visitDaysTarget: progress.visitDaysTarget,
    visitDays: progress.visitDays,
    visitDaysLeft: progress.visitDaysLeft,
    expectedVisitDays: progress.expectedVisitDaysByNow,
    fundsTarget: progress.fundsTarget,
    funds: progress.fundsYuan,
    fundsLeft: progress.fundsLeft,
    expectedFunds: progress.expectedFundsByNow,
    hours: hoursOf(progress.totalMinutes),
    behind: pick(progress.isBehind ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' }, lang),
    lastVisit: progress.lastVisitDate,
  }));
  const sums = Object.fromEntries(SUMMED_KEYS.map((key) => [key, roundTo2(rows.reduce((sum, row) => sum + row[key], 0))]));
  const behindCount = lines.filter((line) => line.progress.isBehind).length;
  return {
    name: { zh: '汇总', en: 'Summary' },
    columns: SUMMARY_COLUMNS,
    rows,
    totals: {
      township: pick({ zh: '合计', en: 'Total' }, lang),
      household: pick({ zh: `${lines.length}户`, en: `${lines.length} households` }, lang),
      ...sums,
      // From the minutes, not the rounded hours of each row, so it equals the detail sheet's total.
      hours: hoursOf(lines.reduce((total, line) => total + line.progress.totalMinutes, 0)),
      behind: pick({ zh: `${behindCount}户落后`, en: `${behindCount} behind` }, lang),
    },
  };
}

const VISIT_COLUMNS: ReportColumn[] = [
  { key: 'visitDate', header: { zh: '走访日期', en: 'Visit date' }, kind: 'date' },
  { key: 'township', header: { zh: '乡镇', en: 'Township' }, kind: 'text' },
  { key: 'village', header: { zh: '村', en: 'Village' }, kind: 'text' },
  { key: 'household', header: { zh: '户主', en: 'Head of household' }, kind: 'text' },
  { key: 'helper', header: { zh: '帮扶干部', en: 'Helper' }, kind: 'text' },
  { key: 'hours', header: { zh: '时长（小时）', en: 'Hours' }, kind: 'number' },
  { key: 'funds', header: { zh: '资金（元）', en: 'Funds (yuan)' }, kind: 'number' },
  { key: 'activities', header: { zh: '帮扶内容', en: 'Activities' }, kind: 'text', width: 40 },
  { key: 'status', header: { zh: '状态', en: 'Status' }, kind: 'text' },
  { key: 'confirmedAt', header: { zh: '确认时间', en: 'Confirmed at' }, kind: 'datetime' },
];

export function visitSheet(lines: readonly LedgerLine[], lang: Lang): ReportSheet {
  const rows = lines.flatMap(({ pairing, countedVisits }) =>
    countedVisits.map((visit) => ({
      visitDate: visit.visitDate,
      township: pairing.township,
      village: pairing.village,
      household: pairing.headName,
      helper: pairing.helperName,
      hours: visit.durationMinutes === null ? null : hoursOf(visit.durationMinutes),
      funds: visit.fundsYuan,
      activities: visit.activities.join(pick({ zh: '、', en: ', ' }, lang)),
      status: pick(visit.status === 'corrected' ? { zh: '已更正', en: 'corrected' } : { zh: '已确认', en: 'confirmed' }, lang),
      confirmedAt: visit.confirmedAt,
    })),
  );
  const visits = lines.flatMap((line) => line.countedVisits);
  return {
    name: { zh: '走访明细', en: 'Visits' },
    columns: VISIT_COLUMNS,
    rows,
    totals: {
      visitDate: pick({ zh: `合计（${rows.length}次）`, en: `Total (${rows.length} visits)` }, lang),
      hours: hoursOf(visits.reduce((total, visit) => total + (visit.durationMinutes ?? 0), 0)),
      funds: roundTo2(visits.reduce((total, visit) => total + (visit.fundsYuan ?? 0), 0)),
    },
  };
}
