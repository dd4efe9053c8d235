// Parents, helpers, unit contacts and office admins from a spreadsheet: every row or none. A row
// with an id updates that person, a row without one adds a person.
import { findRepeats, repeatedCellProblem } from '../../shared/sheet-import/find-repeats.js';
import { importDone, importRefused, type RecordOutcome, type SheetImportResult } from '../../shared/sheet-import/import-result.js';
import { givenValues, parseSheet, validRows, type ParsedSheet } from '../../shared/sheet-import/parse-sheet.js';
import type { ColumnValues } from '../../shared/sheet-import/sheet-columns.js';
import type { RowProblem, SheetRow } from '../../shared/sheet-rows.js';
import type { Role } from '../ports.js';
import { findNamesakes, type NewPersonRow } from './find-namesakes.js';
import type { ExistingPerson, PeopleImportStore, PersonFields, PersonWrite } from './people-import-ports.js';
import { PERSON_COLUMNS } from './person-columns.js';
import { resolveUnit, type UnitResolution } from './resolve-unit.js';

export { issueInviteCode, type IssuedInviteCode } from './issue-invite-code.js';

export interface ImportedPerson {
  rowNumber: number;
  id: string;
  name: string;
  role: Role;
  outcome: RecordOutcome;
}

type PeopleSheet = ParsedSheet<ColumnValues<typeof PERSON_COLUMNS>>;
type Values = PeopleSheet['rows'][number]['values'];
type References = { people: Map<string, ExistingPerson>; namesakes: ExistingPerson[]; units: Map<string, UnitResolution> };

export async function importPeople(store: PeopleImportStore, rows: SheetRow[], by: string): Promise<SheetImportResult<ImportedPerson>> {
  const sheet = parseSheet(rows, PERSON_COLUMNS);
  const references = await lookUpReferences(store, sheet);
  const problems = [
    ...sheet.problems,
    ...sheet.rows.flatMap((row) => rowProblems(sheet, row.rowNumber, row.values, references)),
    ...findRepeats(sheet.rows, (row) => row.values.id || undefined, repeatedCellProblem(PERSON_COLUMNS.id.label, sheet.headerOf('id'))),
    ...findNamesakes(newPeople(sheet), references.namesakes, sheet.headerOf('name')),
  ];
  if (problems.length > 0) return importRefused(problems);

  const good = validRows(sheet).map(({ rowNumber, values }) => {
    const person = values.id ? references.people.get(values.id) : undefined;
    const unitId = unitIdOf(values, references) ?? null;
    const role = values.role ?? person?.role;
    if (!role) throw new Error(`row ${rowNumber} passed validation without a role`);
    const fields: PersonFields = { name: values.name, role, phone: values.phone, unitId, language: values.language };
    const write: PersonWrite = person
      ? { personId: person.id, update: { ...givenValues(fields, sheet.given), ...(sheet.given.has('unit') ? { unitId } : {}) } }
      : { personId: null, create: fields };
    return { rowNumber, name: values.name, role, write };
  });
  const saved = await store.savePeople(good.map((row) => row.write), by);
  return importDone(good.map(({ rowNumber, name, role }, index) => ({ rowNumber, name, role, ...saved[index]! })));
}

async function lookUpReferences(store: PeopleImportStore, sheet: PeopleSheet): Promise<References> {
  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))];
  const unitReferences = distinct(sheet.rows.map((row) => row.values.unit));
  const [people, namesakes, units] = await Promise.all([
    store.findPeople(distinct(sheet.rows.map((row) => row.values.id))),
    store.findPeopleNamed(distinct(sheet.rows.filter((row) => !row.values.id).map((row) => row.values.name))),
    store.findUnits(unitReferences),
  ]);
  return {
    people: new Map(people.map((person) => [person.id, person])),
    namesakes,
    units: new Map(unitReferences.map((reference) => [reference, resolveUnit(reference, units)])),
  };
}

/** The unit the row gives: null for an empty cell, undefined while unknown (a bad cell or an unknown unit). */
function unitIdOf(values: Values, references: References): string | null | undefined {
  if (values.unit === undefined) return undefined;
  if (values.unit !== '') {
    const resolution = references.units.get(values.unit);
    return resolution?.ok ? resolution.unitId : undefined;
  }
  return null;
}

function rowProblems(sheet: PeopleSheet, rowNumber: number, values: Values, references: References): RowProblem[] {
  const problems: RowProblem[] = [];
  const person = values.id ? references.people.get(values.id) : undefined;
  if (values.id && !person) {
    problems.push({
      rowNumber,
      column: sheet.headerOf('id'),
      message: { zh: `找不到编号为「${values.id}」的人员（新增人员请留空编号）`, en: `no person with id "${values.id}" (leave it empty for a new person)` },
    });
  }
  const unit = values.unit ? references.units.get(values.unit) : undefined;
  if (unit && !unit.ok) problems.push({ rowNumber, column: sheet.headerOf('unit'), message: unit.message });
  if (!values.id && values.role === null) {
    problems.push({ rowNumber, column: sheet.headerOf('role'), message: { zh: '新增人员须填写「角色」', en: 'a new person needs a "role"' } });
  }
  const role = values.role ?? person?.role;
  const unitId = sheet.given.has('unit') ? unitIdOf(values, references) : person?.unitId ?? null;
  if (role === 'unit_contact' && unitId === null) {
    problems.push({ rowNumber, column: sheet.headerOf('unit'), message: { zh: '单位联络人须填写「单位」', en: 'a unit contact needs a "unit"' } });
  }
  return problems;
}

function newPeople(sheet: PeopleSheet): NewPersonRow[] {
  return sheet.rows.flatMap(({ rowNumber, values: { id, name, role, phone } }) =>
    !id && name !== undefined && role && phone !== undefined ? [{ rowNumber, name, role, phone }] : [],
  );
}
