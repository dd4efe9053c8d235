// A report as data: what an Excel export (src/admin/spreadsheets/write-workbook.ts) writes and a
// page could show. Capabilities build these; only the admin edge knows about Excel.
import type { Bilingual } from './language.js';

export type CellValue = string | number | Date | null;

export interface ReportColumn {
  key: string;
  header: Bilingual;
  /** number: written as a number; date: a Beijing calendar date; datetime: Beijing date and time. */
  kind: 'text' | 'number' | 'date' | 'datetime';
  /** Column width in characters, when the default (from the header) is too narrow. */
  width?: number;
}

export interface ReportSheet {
  name: Bilingual;
  columns: ReportColumn[];
  rows: Record<string, CellValue>[];
  /** A last, bold row (sums), keyed like the rows. */
  totals?: Record<string, CellValue>;
}

export interface Report {
  title: Bilingual;
  sheets: ReportSheet[];
}
