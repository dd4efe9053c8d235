// Spreadsheet files as an office uploads them, built in the test.
import ExcelJS from 'exceljs';

export async function xlsxFile(table: readonly (readonly ExcelJS.CellValue[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  for (const row of table) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** UTF-8 with a BOM and CRLF lines: what Excel's "CSV UTF-8" writes. */
export function csvFile(table: readonly (readonly string[])[]): Buffer {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return Buffer.from(`\uFEFF${table.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** What changed between two rowCounts(): table → difference, zeros left out. */
export function countChanges(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.keys({ ...before, ...after })
      .map((table) => [table, (after[table] ?? 0) - (before[table] ?? 0)] as const)
      .filter(([, change]) => change !== 0),
  );
}
