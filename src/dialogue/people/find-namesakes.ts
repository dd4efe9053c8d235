// A new person whose name and role someone already has is most likely that someone again (a sheet
// imported twice, a row copied). Only a phone tells two namesakes apart.
import type { RowProblem } from '../../shared/sheet-rows.js';
import type { Role } from '../ports.js';
import type { ExistingPerson } from './people-import-ports.js';
import { ROLE_NAMES } from './role-names.js';

export interface NewPersonRow {
  rowNumber: number;
  name: string;
  role: Role;
  phone: string | null;
}

const toldApart = (left: string | null, right: string | null) => left !== null && right !== null && left !== right;

export function findNamesakes(rows: readonly NewPersonRow[], existing: readonly ExistingPerson[], nameColumn: string): RowProblem[] {
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    const same = (other: { name: string; role: Role; phone: string | null }) =>
      other.name === row.name && other.role === row.role && !toldApart(other.phone, row.phone);
    const role = ROLE_NAMES[row.role];
    const stored = existing.find(same);
    if (stored) {
      problems.push({
        rowNumber: row.rowNumber,
        column: nameColumn,
        message: {
          zh: `已有同名的${role.zh}「${row.name}」（编号 ${stored.id}）：要更新此人请填写「编号」，若是另一人请填写不同的电话`,
          en: `there is already ${role.en} named "${row.name}" (id ${stored.id}): give the id to update them, or a different phone if this is someone else`,
        },
      });
      return;
    }
    const earlier = rows.slice(0, index).find(same);
    if (earlier) {
      problems.push({
        rowNumber: row.rowNumber,
        column: nameColumn,
        message: {
          zh: `与第${earlier.rowNumber}行像是同一人（同名同角色，电话无法区分）：若是两人请分别填写不同的电话`,
          en: `looks like the same person as row ${earlier.rowNumber} (same name and role, no phone to tell them apart): give each a different phone if they are two people`,
        },
      });
    }
  });
  return problems;
}
