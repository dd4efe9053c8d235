// The action plan's member units from a spreadsheet: every row or none, upserted by 单位代码.
// A new unit gets a code for binding its group, as a plan import gives one.
import { findRepeats, repeatedCellProblem } from '../../shared/sheet-import/find-repeats.js';
import { importDone, importRefused, type RecordOutcome, type SheetImportResult } from '../../shared/sheet-import/import-result.js';
import { givenValues, parseSheet, validRows } from '../../shared/sheet-import/parse-sheet.js';
import type { RowProblem, SheetRow } from '../../shared/sheet-rows.js';
import { UNIT_COLUMNS } from './unit-columns.js';
import type { UnitFields, UnitImportStore, UnitUpsert } from './unit-import-ports.js';

export interface ImportedUnit {
  rowNumber: number;
  id: string;
  code: string;
  /** Hand it to the unit's contact: 「@助手 绑定单位 <代码>」 in the unit's group. Null when every code was revoked. */
  bindCode: string | null;
  outcome: RecordOutcome;
}

export async function importUnits(store: UnitImportStore, rows: SheetRow[], by: string): Promise<SheetImportResult<ImportedUnit>> {
  const sheet = parseSheet(rows, UNIT_COLUMNS);
  const names = [...new Set(sheet.rows.flatMap((row) => (row.values.nameZh === undefined ? [] : [row.values.nameZh])))];
  const namedUnits = await store.findUnitsNamed(names);
  const nameColumn = sheet.headerOf('nameZh');
  // People sheets name their unit by its Chinese name, so two units must not share one.
  const nameTaken = sheet.rows.flatMap(({ rowNumber, values: { code, nameZh } }): RowProblem[] => {
    const other = namedUnits.find((unit) => unit.nameZh === nameZh && unit.code !== code);
    if (code === undefined || !other) return [];
    return [{
      rowNumber,
      column: nameColumn,
      message: { zh: `「单位名称」「${nameZh}」已被单位 ${other.code} 使用`, en: `"name" "${nameZh}" is already the name of unit ${other.code}` },
    }];
  });
  const problems = [
    ...sheet.problems,
    ...findRepeats(sheet.rows, (row) => row.values.code, repeatedCellProblem(UNIT_COLUMNS.code.label, sheet.headerOf('code'))),
    ...findRepeats(sheet.rows, (row) => row.values.nameZh, repeatedCellProblem(UNIT_COLUMNS.nameZh.label, nameColumn)),
    ...nameTaken,
  ];
  if (problems.length > 0) return importRefused(problems);

  const good = validRows(sheet);
  const upserts = good.map(({ values: { code, ...cells } }): UnitUpsert => {
    const fields: UnitFields = { ...cells, nameEn: cells.nameEn || cells.nameZh };
    return { code, create: fields, update: givenValues(fields, sheet.given) };
  });
  const saved = await store.saveUnits(upserts, by);
  return importDone(good.map((row, index) => ({ rowNumber: row.rowNumber, code: row.values.code, ...saved[index]! })));
}
