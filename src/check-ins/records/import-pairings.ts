// Which helper is paired with which household, from a spreadsheet: every row or none, upserted
// by (helper, household, start). Helpers and households must already be registered.
import type { RowProblem, SheetRow } from '../../shared/sheet-rows.js';
import { findRepeats } from '../../shared/sheet-import/find-repeats.js';
import { importDone, importRefused, type RecordOutcome, type SheetImportResult } from '../../shared/sheet-import/import-result.js';
import { givenValues, parseSheet, validRows, type ParsedSheet } from '../../shared/sheet-import/parse-sheet.js';
import type { ColumnValues } from '../../shared/sheet-import/sheet-columns.js';
import { PAIRING_COLUMNS } from './pairing-columns.js';
import type { PairingImportStore, PairingUpsert } from './pairing-import-ports.js';
import { resolveHelper, type HelperResolution } from './resolve-helper.js';

export interface ImportedPairing {
  rowNumber: number;
  id: string;
  helperId: string;
  householdCode: string;
  periodStart: string;
  outcome: RecordOutcome;
}

type PairingSheet = ParsedSheet<ColumnValues<typeof PAIRING_COLUMNS>>;
type References = { helpers: Map<string, HelperResolution>; householdIds: Map<string, string> };

export async function importPairings(store: PairingImportStore, rows: SheetRow[], by: string): Promise<SheetImportResult<ImportedPairing>> {
  const sheet = parseSheet(rows, PAIRING_COLUMNS);
  const references = await lookUpReferences(store, sheet);
  const problems = [...sheet.problems, ...referenceProblems(sheet, references), ...endBeforeStartProblems(sheet), ...repeatedPairings(sheet, references)];
  if (problems.length > 0) return importRefused(problems);

  const writes = validRows(sheet).map(({ rowNumber, values }) => {
    const key = pairingKey(values, references);
    if (!key) throw new Error(`row ${rowNumber} passed validation without a helper and household`);
    const fields = { periodEnd: values.periodEnd, visitDaysTarget: values.visitDaysTarget, fundsYuanTarget: values.fundsYuanTarget };
    const upsert: PairingUpsert = { ...key, create: fields, update: givenValues(fields, sheet.given) };
    return { rowNumber, householdCode: values.household, upsert };
  });
  const saved = await store.savePairings(writes.map((write) => write.upsert), by);
  return importDone(writes.map(({ rowNumber, householdCode, upsert }, index) => ({
    rowNumber,
    helperId: upsert.helperId,
    householdCode,
    periodStart: upsert.periodStart,
    ...saved[index]!,
  })));
}

async function lookUpReferences(store: PairingImportStore, sheet: PairingSheet): Promise<References> {
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined))];
  const helperReferences = distinct(sheet.rows.map((row) => row.values.helper));
  const [people, households] = await Promise.all([
    store.findPeople(helperReferences),
    store.findHouseholds(distinct(sheet.rows.map((row) => row.values.household))),
  ]);
  return {
    helpers: new Map(helperReferences.map((reference) => [reference, resolveHelper(reference, people)])),
    householdIds: new Map(households.map((household) => [household.code, household.id])),
  };
}

function referenceProblems(sheet: PairingSheet, references: References): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const { rowNumber, values } of sheet.rows) {
    const helper = values.helper === undefined ? undefined : references.helpers.get(values.helper);
    if (helper && !helper.ok) problems.push({ rowNumber, column: sheet.headerOf('helper'), message: helper.message });
    if (values.household !== undefined && !references.householdIds.has(values.household)) {
      problems.push({
        rowNumber,
        column: sheet.headerOf('household'),
        message: { zh: `找不到户编号「${values.household}」，请先导入该户`, en: `no household "${values.household}": import the household first` },
      });
    }
  }
  return problems;
}

function endBeforeStartProblems(sheet: PairingSheet): RowProblem[] {
  return sheet.rows.flatMap(({ rowNumber, values: { periodStart, periodEnd } }): RowProblem[] =>
    periodStart !== undefined && periodEnd && periodEnd < periodStart
      ? [{
          rowNumber,
          column: sheet.headerOf('periodEnd'),
          message: { zh: `「结束日期」不能早于开始日期 ${periodStart}`, en: `"end" cannot be before the start, ${periodStart}` },
        }]
      : [],
  );
}

type PairingKey = Pick<PairingUpsert, 'helperId' | 'householdId' | 'periodStart'>;

function pairingKey(values: PairingSheet['rows'][number]['values'], references: References): PairingKey | undefined {
  const helper = values.helper === undefined ? undefined : references.helpers.get(values.helper);
  const householdId = values.household === undefined ? undefined : references.householdIds.get(values.household);
  if (!helper?.ok || householdId === undefined || values.periodStart === undefined) return undefined;
  return { helperId: helper.helperId, householdId, periodStart: values.periodStart };
}

/** A helper named on one row and given by id on another is still the same pairing. */
function repeatedPairings(sheet: PairingSheet, references: References): RowProblem[] {
  const keyOf = ({ values }: PairingSheet['rows'][number]) => {
    const key = pairingKey(values, references);
    return key && `${key.helperId}|${key.householdId}|${key.periodStart}`;
  };
  return findRepeats(sheet.rows, keyOf, (row, _key, firstRow) => ({
    rowNumber: row.rowNumber,
    column: null,
    message: {
      zh: `与第${firstRow}行是同一结对（同一帮扶干部、户编号和开始日期），每个结对只能出现一次`,
      en: `the same pairing as row ${firstRow} (same helper, household and start): each may appear once`,
    },
  }));
}
