// The ledger summed per township and per helper, with how many of their households are behind.
import { pick, type Lang } from '../../shared/language.js';
import type { CellValue, ReportColumn, ReportSheet } from '../../shared/report-table.js';
import { hoursOf, roundTo2, type LedgerLine } from './ledger-lines.js';

const FIGURE_COLUMNS: ReportColumn[] = [
  { key: 'households', header: { zh: '户数', en: 'Households' }, kind: 'number' },
  { key: 'behindHouseholds', header: { zh: '进度落后户数', en: 'Households behind' }, kind: 'number' },
  { key: 'visitDays', header: { zh: '已到户天数', en: 'Visit days' }, kind: 'number' },
  { key: 'visitDaysTarget', header: { zh: '到户天数目标', en: 'Visit days target' }, kind: 'number' },
  { key: 'funds', header: { zh: '已投入资金（元）', en: 'Funds (yuan)' }, kind: 'number' },
  { key: 'fundsTarget', header: { zh: '资金目标（元）', en: 'Funds target (yuan)' }, kind: 'number' },
  { key: 'hours', header: { zh: '走访时长（小时）', en: 'Hours' }, kind: 'number' },
];

function figures(lines: readonly LedgerLine[]): Record<string, number> {
  const sum = (value: (line: LedgerLine) => number) => lines.reduce((total, line) => total + value(line), 0);
  return {
    households: lines.length,
    behindHouseholds: lines.filter((line) => line.progress.isBehind).length,
    visitDays: sum((line) => line.progress.visitDays),
    visitDaysTarget: sum((line) => line.progress.visitDaysTarget),
    funds: roundTo2(sum((line) => line.progress.fundsYuan)),
    fundsTarget: sum((line) => line.progress.fundsTarget),
    hours: hoursOf(sum((line) => line.progress.totalMinutes)),
  };
}

/** Groups in the order each first appears (lines come by township, then helper), like the summary. */
function groupBy(lines: readonly LedgerLine[], keyOf: (line: LedgerLine) => string): LedgerLine[][] {
  const groups = new Map<string, LedgerLine[]>();
  for (const line of lines) {
    const key = keyOf(line);
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  return [...groups.values()];
}

function totalsRow(firstKey: string, lines: readonly LedgerLine[], lang: Lang): Record<string, CellValue> {
  return { [firstKey]: pick({ zh: '合计', en: 'Total' }, lang), ...figures(lines) };
}

export function townshipSheet(lines: readonly LedgerLine[], lang: Lang): ReportSheet {
  return {
    name: { zh: '按乡镇', en: 'By township' },
    columns: [{ key: 'township', header: { zh: '乡镇', en: 'Township' }, kind: 'text' }, ...FIGURE_COLUMNS],
    rows: groupBy(lines, (line) => line.pairing.township).map((group) => ({ township: group[0]!.pairing.township, ...figures(group) })),
    totals: totalsRow('township', lines, lang),
  };
}

export function helperSheet(lines: readonly LedgerLine[], lang: Lang): ReportSheet {
  // By id, not name: two helpers may share a name; one helper may work in several townships.
  const groups = groupBy(lines, (line) => line.pairing.helperId);
  return {
    name: { zh: '按帮扶干部', en: 'By helper' },
    columns: [
      { key: 'helper', header: { zh: '帮扶干部', en: 'Helper' }, kind: 'text' },
      { key: 'townships', header: { zh: '乡镇', en: 'Townships' }, kind: 'text' },
      ...FIGURE_COLUMNS,
    ],
    rows: groups.map((group) => ({
      helper: group[0]!.pairing.helperName,
      townships: [...new Set(group.map((line) => line.pairing.township))].join(pick({ zh: '、', en: ', ' }, lang)),
      ...figures(group),
    })),
    totals: totalsRow('helper', lines, lang),
  };
}
