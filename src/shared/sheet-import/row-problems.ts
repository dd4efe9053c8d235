// The wording of import problems common to every sheet: short, in both languages, saying what is
// wrong and what is expected.
import type { Bilingual } from '../language.js';
import type { RowProblem } from '../sheet-rows.js';

export function requiredCell(label: Bilingual): Bilingual {
  return { zh: `「${label.zh}」不能为空`, en: `"${label.en}" is required` };
}

export function invalidCell(label: Bilingual, expected: Bilingual, text: string): Bilingual {
  return { zh: `「${label.zh}」${expected.zh}（现为「${text}」）`, en: `"${label.en}" ${expected.en} (found "${text}")` };
}

export function missingColumn(label: Bilingual, headers: readonly string[]): Bilingual {
  return {
    zh: `缺少「${label.zh}」列（表头可写作：${headers.join('、')}）`,
    en: `the "${label.en}" column is missing (headers accepted: ${headers.join(', ')})`,
  };
}

export function repeatedColumn(label: Bilingual, first: string, second: string): Bilingual {
  return {
    zh: `「${label.zh}」列出现了两次（「${first}」和「${second}」），请只保留一列`,
    en: `the "${label.en}" column appears twice ("${first}" and "${second}"): keep one`,
  };
}

export function noDataRows(): Bilingual {
  return { zh: '表格在表头下没有数据行', en: 'the sheet has no rows under its header' };
}

export function repeatedValue(label: Bilingual, value: string, firstRow: number): Bilingual {
  return {
    zh: `「${label.zh}」「${value}」与第${firstRow}行重复，每个只能出现一次`,
    en: `"${label.en}" "${value}" repeats row ${firstRow}: each may appear once`,
  };
}

/** In the order a person fixes them: by row, the header row first. */
export function sortProblems(problems: readonly RowProblem[]): RowProblem[] {
  return [...problems].sort((left, right) => left.rowNumber - right.rowNumber);
}
