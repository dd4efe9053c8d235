// The visit ledger export for one Beijing year: per township → helper → household.
import type { Lang } from '../../shared/language.js';
import type { Report } from '../../shared/report-table.js';
import { ledgerLines } from './ledger-lines.js';
import type { VisitLedgerReportSource } from './visit-ledger-report-source.js';
import { helperSheet, townshipSheet } from './visit-ledger-rollups.js';
import { summarySheet, visitSheet } from './visit-ledger-sheets.js';

export interface VisitLedgerReportOptions {
  year: number;
  /** Progress and "behind" are judged as of now (the year's end for a year that is over). */
  now: Date;
  /** The language of the cells' own words (是/否, 合计); headers come in both. */
  lang?: Lang;
}

export async function buildVisitLedgerReport(source: VisitLedgerReportSource, options: VisitLedgerReportOptions): Promise<Report> {
  const { year, now, lang = 'zh' } = options;
  const [pairings, visits] = await Promise.all([source.pairingsInYear(year), source.visitsInYear(year)]);
  const lines = ledgerLines(pairings, visits, year, now);
  return {
    title: { zh: `${year}年结对帮扶走访台账`, en: `${year} pairing visit ledger` },
    sheets: [summarySheet(lines, lang), visitSheet(lines, lang), townshipSheet(lines, lang), helperSheet(lines, lang)],
  };
}
