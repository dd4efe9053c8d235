// Spreadsheet rows as readSheetRows gives them, written as a table: the header first, then rows 2, 3, …
import type { RowProblem, SheetRow } from '../../src/shared/sheet-rows.js';

export function sheetRows(table: readonly (readonly string[])[]): SheetRow[] {
  const [header = [], ...rows] = table;
  return rows.map((row, index) => ({
    rowNumber: index + 2,
    cells: Object.fromEntries(header.map((name, column) => [name, row[column] ?? ''])),
  }));
}

/** Problems as `row:column` → the Chinese message, which is what the tests read. */
export function problemsByPlace(problems: readonly RowProblem[]): Record<string, string> {
  return Object.fromEntries(problems.map((problem) => [`${problem.rowNumber}:${problem.column ?? '-'}`, problem.message.zh]));
}

export function expectBilingual(problems: readonly RowProblem[]): boolean {
  return problems.every((problem) => problem.message.zh.length > 0 && problem.message.en.length > 0 && /[a-z]/i.test(problem.message.en));
}
