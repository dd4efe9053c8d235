// Cell texts to typed values, every cell checked: an import reports all its problems at once.
import type { RowProblem, SheetRow } from '../sheet-rows.js';
import { invalidCell, noDataRows, requiredCell } from './row-problems.js';
import { layOutColumns, type ColumnValues, type SheetColumn, type SheetColumns } from './sheet-columns.js';

export interface ParsedRow<V> {
  rowNumber: number;
  /** The good cells' values; a column the file lacks has its default. */
  values: Partial<V>;
  /** Every cell of the row was good. */
  valid: boolean;
}

export interface ParsedSheet<V> {
  rows: ParsedRow<V>[];
  problems: RowProblem[];
  /** The columns the file has: an update changes only these. */
  given: ReadonlySet<keyof V>;
  /** The column's header in this file (its Chinese label when the file lacks it), for problems. */
  headerOf(key: keyof V): string;
}

export function parseSheet<C extends SheetColumns>(rows: readonly SheetRow[], columns: C): ParsedSheet<ColumnValues<C>> {
  type V = ColumnValues<C>;
  type Key = keyof C & string;
  const layout = layOutColumns(rows, columns);
  const headerOf = (key: keyof V) => layout.headers.get(key as Key) ?? columns[key as Key]!.label.zh;
  const given = new Set<keyof V>(layout.headers.keys());
  // Rows are what carry the headers: without any, there are no columns to check.
  if (rows.length === 0) return { rows: [], problems: [{ rowNumber: 1, column: null, message: noDataRows() }], given, headerOf };
  if (layout.problems.length > 0) return { rows: [], problems: layout.problems, given, headerOf };

  const defaults: Partial<V> = {};
  for (const [key, column] of Object.entries(columns) as [Key, SheetColumn<V[Key]>][]) {
    if (given.has(key)) continue;
    const empty = column.cell.safeParse('');
    if (empty.success) defaults[key] = empty.data;
  }
  const problems: RowProblem[] = [];
  const parsed = rows.map((row): ParsedRow<V> => {
    const values: Partial<V> = { ...defaults };
    let valid = true;
    for (const [key, header] of layout.headers) {
      const column = columns[key] as SheetColumn<V[Key]>;
      const text = (row.cells[header] ?? '').trim();
      const result = column.cell.safeParse(text);
      if (result.success) {
        values[key] = result.data;
        continue;
      }
      valid = false;
      const message = text === '' ? requiredCell(column.label) : invalidCell(column.label, column.expected, text);
      problems.push({ rowNumber: row.rowNumber, column: header, message });
    }
    return { rowNumber: row.rowNumber, values, valid };
  });
  return { rows: parsed, problems, given, headerOf };
}

/** The rows whose every cell was good, with all their values. */
export function validRows<V>(sheet: ParsedSheet<V>): { rowNumber: number; values: V }[] {
  return sheet.rows.filter((row) => row.valid).map((row) => ({ rowNumber: row.rowNumber, values: row.values as V }));
}

/** The fields whose column the file has (fields are named like their columns): what an update changes. */
export function givenValues<F extends object>(fields: F, given: ReadonlySet<PropertyKey>): Partial<F> {
  const picked: Partial<F> = {};
  for (const key of Object.keys(fields) as (keyof F)[]) if (given.has(key)) picked[key] = fields[key];
  return picked;
}
