// The office's household register from a spreadsheet: every row or none, upserted by 户编号.
import { findRepeats, repeatedCellProblem } from '../../shared/sheet-import/find-repeats.js';
import { importDone, importRefused, type RecordOutcome, type SheetImportResult } from '../../shared/sheet-import/import-result.js';
import { givenValues, parseSheet, validRows } from '../../shared/sheet-import/parse-sheet.js';
import type { SheetRow } from '../../shared/sheet-rows.js';
import { HOUSEHOLD_COLUMNS } from './household-columns.js';
import type { HouseholdImportStore, HouseholdUpsert } from './household-import-ports.js';

export interface ImportedHousehold {
  rowNumber: number;
  id: string;
  code: string;
  outcome: RecordOutcome;
}

export async function importHouseholds(store: HouseholdImportStore, rows: SheetRow[], by: string): Promise<SheetImportResult<ImportedHousehold>> {
  const sheet = parseSheet(rows, HOUSEHOLD_COLUMNS);
  const problems = [
    ...sheet.problems,
    ...findRepeats(sheet.rows, (row) => row.values.code, repeatedCellProblem(HOUSEHOLD_COLUMNS.code.label, sheet.headerOf('code'))),
  ];
  if (problems.length > 0) return importRefused(problems);

  const good = validRows(sheet);
  const upserts = good.map(({ values: { code, ...fields } }): HouseholdUpsert => ({ code, create: fields, update: givenValues(fields, sheet.given) }));
  const saved = await store.saveHouseholds(upserts, by);
  return importDone(good.map((row, index) => ({ rowNumber: row.rowNumber, code: row.values.code, ...saved[index]! })));
}
