// A key that appears on two rows of one file: the second row is the problem.
import type { Bilingual } from '../language.js';
import type { RowProblem } from '../sheet-rows.js';
import { repeatedValue } from './row-problems.js';

export function findRepeats<R extends { rowNumber: number }>(
  rows: readonly R[],
  keyOf: (row: R) => string | undefined,
  problemOf: (row: R, key: string, firstRow: number) => RowProblem,
): RowProblem[] {
  const firstRowOf = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const firstRow = firstRowOf.get(key);
    if (firstRow === undefined) firstRowOf.set(key, row.rowNumber);
    else problems.push(problemOf(row, key, firstRow));
  }
  return problems;
}

/** The common case: one column's value repeats. */
export function repeatedCellProblem(label: Bilingual, column: string) {
  return (row: { rowNumber: number }, key: string, firstRow: number): RowProblem => ({
    rowNumber: row.rowNumber,
    column,
    message: repeatedValue(label, key, firstRow),
  });
}
