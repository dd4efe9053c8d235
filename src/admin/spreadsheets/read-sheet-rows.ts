// An uploaded .xlsx or .csv as the rows an import validates: the first worksheet, row 1 its header.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetRow } from '../../shared/sheet-rows.js';
import { cellText } from './cell-text.js';
import { SheetReadError } from './sheet-read-error.js';

export { SheetReadError, type SheetReadFailure } from './sheet-read-error.js';

const ZIP_SIGNATURE = Buffer.from('PK\u0003\u0004', 'latin1');

export async function readSheetRows(file: Buffer, fileName: string): Promise<SheetRow[]> {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  const worksheet = extension === 'xlsx' ? await loadXlsx(file) : extension === 'csv' ? await loadCsv(file) : unsupported(fileName);
  if (!worksheet) throw noHeader();
  const header: { column: number; name: string }[] = [];
  worksheet.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
    const name = cellText(cell.value).trim();
    if (name !== '') header.push({ column, name });
  });
  if (header.length === 0) throw noHeader();
  const names = new Set<string>();
  for (const { name } of header) {
    if (names.has(name)) {
      throw new SheetReadError('repeated_header', {
        zh: `表头「${name}」出现了两次，请只保留一列`,
        en: `the header "${name}" appears twice: keep one column`,
      });
    }
    names.add(name);
  }

  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    for (const { column, name } of header) cells[name] = cellText(row.getCell(column).value).trim();
    if (Object.values(cells).some((text) => text !== '')) rows.push({ rowNumber, cells });
  });
  return rows;
}

async function loadXlsx(file: Buffer): Promise<ExcelJS.Worksheet | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types `Buffer` from an older @types/node than the project's generic Buffer.
    await workbook.xlsx.load(file as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (cause) {
    throw new SheetReadError(
      'unreadable',
      { zh: '无法读取这个 Excel 文件，请确认它是 .xlsx 格式且未加密', en: 'this Excel file cannot be read: make sure it is an .xlsx file without a password' },
      { cause },
    );
  }
  return workbook.worksheets[0];
}

async function loadCsv(file: Buffer): Promise<ExcelJS.Worksheet> {
  if (file.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    throw new SheetReadError('unreadable', {
      zh: '这个文件其实是 Excel 文件，请把扩展名改为 .xlsx 后再上传',
      en: 'this file is really an Excel workbook: name it .xlsx and upload it again',
    });
  }
  let text: string;
  try {
    // Without fatal, a GBK file would come through as mojibake names instead of an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch (cause) {
    throw new SheetReadError(
      'not_utf8',
      { zh: 'CSV 文件须为 UTF-8 编码：请在 Excel 中「另存为」→「CSV UTF-8」', en: 'the CSV file must be UTF-8: in Excel use Save As → "CSV UTF-8"' },
      { cause },
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // The identity map keeps every cell as written: exceljs would otherwise turn 007 into 7 and dates into Date.
    return await workbook.csv.read(Readable.from([Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8')]), { map: (value: unknown) => value });
  } catch (cause) {
    throw new SheetReadError('unreadable', { zh: '无法读取这个 CSV 文件', en: 'this CSV file cannot be read' }, { cause });
  }
}

function unsupported(fileName: string): never {
  throw new SheetReadError('unsupported_type', {
    zh: `不支持的文件「${fileName}」：请上传 .xlsx 或 .csv 文件（.xls 请先在 Excel 中另存为 .xlsx）`,
    en: `"${fileName}" is not supported: upload an .xlsx or .csv file (save an .xls as .xlsx in Excel first)`,
  });
}

function noHeader(): SheetReadError {
  return new SheetReadError('no_header', {
    zh: '表格第1行应为表头（列名），但它是空的',
    en: 'row 1 of the sheet must be the header (column names), but it is empty',
  });
}
