// Spreadsheet rows as capabilities receive them for an import: the admin edge reads Excel or CSV
// into these; a capability validates them and either takes all or reports every bad row.
import type { Bilingual } from './language.js';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  /** Header as written in the file (trimmed) → the cell's text (trimmed; '' when empty). */
  cells: Record<string, string>;
}

export interface RowProblem {
  rowNumber: number;
  /** The header of the offending column, or null for the row as a whole. */
  column: string | null;
  message: Bilingual;
}

export type RowImportResult<T> = { ok: true; rows: T[] } | { ok: false; problems: RowProblem[] };
