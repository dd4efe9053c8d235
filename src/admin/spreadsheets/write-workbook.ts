// A Report as an .xlsx file: the only place that knows about Excel.
import ExcelJS from 'exceljs';
import type { Lang } from '../../shared/language.js';
import type { Report, ReportSheet } from '../../shared/report-table.js';
import { displayWidth, fittedWidth, shownWidth } from './column-width.js';
import { columnFormat, excelValue } from './excel-cells.js';
import { sheetNames } from './sheet-names.js';

export { exportFileName, type ExportFileName } from './export-file-name.js';

export const WORKBOOK_CREATOR = '帮扶助手';

export async function writeWorkbook(report: Report, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const now = new Date();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.created = now;
  workbook.modified = now;
  workbook.title = report.title[lang];
  const names = sheetNames(report.sheets.map((sheet) => sheet.name[lang]));
  report.sheets.forEach((sheet, index) => addSheet(workbook, names[index]!, sheet, lang));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, sheet: ReportSheet, lang: Lang): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = sheet.columns.map((column) => column.header[lang]);
  const header = worksheet.addRow(headers);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  // Over the data rows only: sorting or filtering must leave the totals row last.
  if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };

  const records = sheet.totals ? [...sheet.rows, sheet.totals] : sheet.rows;
  const values = records.map((record) => sheet.columns.map((column) => excelValue(record[column.key] ?? null, column.kind)));
  const formats = sheet.columns.map((column, columnIndex) => columnFormat(column.kind, values.map((row) => row[columnIndex] ?? null)));

  for (const rowValues of values) {
    const row = worksheet.addRow(rowValues);
    rowValues.forEach((value, columnIndex) => {
      const format = formats[columnIndex];
      if (format && (typeof value === 'number' || value instanceof Date)) row.getCell(columnIndex + 1).numFmt = format;
    });
  }
  if (sheet.totals) {
    const totals = worksheet.getRow(worksheet.rowCount);
    totals.font = { bold: true };
    for (let column = 1; column <= sheet.columns.length; column += 1) totals.getCell(column).border = { top: { style: 'thin' } };
  }

  sheet.columns.forEach((column, columnIndex) => {
    const format = formats[columnIndex];
    // A loop, not Math.max(...): a county's visit list can outgrow the call stack's argument limit.
    const contentWidth = values.reduce((widest, row) => Math.max(widest, shownWidth(row[columnIndex] ?? null, format)), 0);
    const excelColumn = worksheet.getColumn(columnIndex + 1);
    excelColumn.width = column.width ?? fittedWidth([displayWidth(headers[columnIndex]!), contentWidth]);
    // Long text (questions, answers) wraps inside its column instead of running across the sheet.
    if (contentWidth > excelColumn.width) {
      excelColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
        if (rowNumber > 1) cell.alignment = { wrapText: true, vertical: 'top' };
      });
    }
  });
}
