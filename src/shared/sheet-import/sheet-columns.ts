// The columns an import understands, and how the headers of a file are matched to them.
import type { z } from 'zod';
import type { Bilingual } from '../language.js';
import type { RowProblem, SheetRow } from '../sheet-rows.js';
import { missingColumn, repeatedColumn } from './row-problems.js';

export interface SheetColumn<T> {
  /** The column's name in messages. */
  label: Bilingual;
  /** Headers it may have in a file; compared without case, spaces, `_`, `-` or a required-marker `*`. */
  headers: readonly string[];
  /** Reads the cell's text ('' for an empty cell: a default, or refused when the column is required). */
  cell: z.ZodType<T>;
  /** What a good cell looks like, said after the label: 「人口」应为…… / "members" must be … */
  expected: Bilingual;
}

export type SheetColumns = Record<string, SheetColumn<unknown>>;
export type ColumnValues<C extends SheetColumns> = { [K in keyof C]: C[K] extends SheetColumn<infer T> ? T : never };

export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_*-]+/g, '');
}

/** An empty cell is refused by a required column. */
export function isRequired(column: SheetColumn<unknown>): boolean {
  return !column.cell.safeParse('').success;
}

export interface ColumnLayout<K extends string> {
  /** The header each column has in this file; columns the file lacks are absent. */
  headers: Map<K, string>;
  problems: RowProblem[];
}

const HEADER_ROW = 1;

/** Matches the file's headers to the columns. Headers no column knows (序号, 备注…) are ignored. */
export function layOutColumns<C extends SheetColumns>(rows: readonly SheetRow[], columns: C): ColumnLayout<keyof C & string> {
  type Key = keyof C & string;
  const byHeader = new Map<string, Key>();
  for (const [key, column] of Object.entries(columns) as [Key, SheetColumn<unknown>][]) {
    for (const header of column.headers) byHeader.set(normalizeHeader(header), key);
  }
  const headers = new Map<Key, string>();
  const problems: RowProblem[] = [];
  for (const header of headersOf(rows)) {
    const key = byHeader.get(normalizeHeader(header));
    if (key === undefined) continue;
    const first = headers.get(key);
    if (first === undefined) headers.set(key, header);
    else problems.push({ rowNumber: HEADER_ROW, column: header, message: repeatedColumn(columns[key]!.label, first, header) });
  }
  for (const [key, column] of Object.entries(columns) as [Key, SheetColumn<unknown>][]) {
    if (!headers.has(key) && isRequired(column)) {
      problems.push({ rowNumber: HEADER_ROW, column: column.label.zh, message: missingColumn(column.label, column.headers) });
    }
  }
  return { headers, problems };
}

function headersOf(rows: readonly SheetRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const header of Object.keys(row.cells)) if (header.trim() !== '') seen.add(header);
  return [...seen];
}
