// Uploaded .xlsx and .csv files as the rows an import validates.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../src/admin/spreadsheets/cell-text.js';
import { readSheetRows, SheetReadError } from '../../src/admin/spreadsheets/read-sheet-rows.js';

async function xlsx(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('户'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readError(file: Buffer, name: string): Promise<SheetReadError> {
  const error = await readSheetRows(file, name).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SheetReadError);
  return error as SheetReadError;
}

describe('readSheetRows from .xlsx', () => {
  it('gives each cell as the text Excel shows: plain numbers, calendar dates, rich text, formula results', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['户编号', ' 户主 ', '人口', '电话', '开始日期', '资金', '大数', '小数', '备注', '合计', '链接', '是否']);
      sheet.addRow([
        'TKS-001',
        { richText: [{ text: '王' }, { text: '大山', font: { bold: true } }] },
        4,
        13800001111,
        new Date(Date.UTC(2026, 0, 5)),
        2000.5,
        1e21,
        0.1 + 0.2,
        '  两侧有空格  ',
        { formula: 'C2*2', result: 8 },
        { text: '说明', hyperlink: 'https://example.org' },
        true,
      ]);
    });
    expect(await readSheetRows(file, '户.xlsx')).toEqual([
      {
        rowNumber: 2,
        cells: {
          户编号: 'TKS-001',
          户主: '王大山',
          人口: '4',
          电话: '13800001111',
          开始日期: '2026-01-05',
          资金: '2000.5',
          大数: '1000000000000000000000',
          小数: '0.3',
          备注: '两侧有空格',
          合计: '8',
          链接: '说明',
          是否: 'TRUE',
        },
      },
    ]);
  });

  it('skips wholly empty rows and keeps the numbers the sheet shows', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['户编号', '户主', '人口']);
      sheet.addRow(['TKS-001', '王大山', 4]);
      sheet.addRow([]);
      sheet.addRow(['', '   ', null]);
      sheet.addRow(['TKS-002', '李秀英']);
      sheet.getCell('E7').value = 'outside the header';
    });
    expect(await readSheetRows(file, 'HOUSEHOLDS.XLSX')).toEqual([
      { rowNumber: 2, cells: { 户编号: 'TKS-001', 户主: '王大山', 人口: '4' } },
      { rowNumber: 5, cells: { 户编号: 'TKS-002', 户主: '李秀英', 人口: '' } },
    ]);
  });

  it('reads the first worksheet only, and a header without rows as no rows', async () => {
    const file = await xlsx((sheet, workbook) => {
      sheet.addRow(['户编号', '户主']);
      const other = workbook.addWorksheet('other');
      other.addRow(['户编号', '户主']);
      other.addRow(['TKS-009', '不该读到']);
    });
    expect(await readSheetRows(file, 'a.xlsx')).toEqual([]);
  });

  it('refuses a file that is not an xlsx, a sheet without a header, and a header twice', async () => {
    expect((await readError(Buffer.from('not a zip'), 'a.xlsx')).failure).toBe('unreadable');
    expect((await readError(await xlsx((sheet) => sheet.addRow([])), 'a.xlsx')).failure).toBe('no_header');
    const twice = await readError(await xlsx((sheet) => sheet.addRow(['姓名', '姓名'])), 'a.xlsx');
    expect(twice.failure).toBe('repeated_header');
    expect(twice.userText).toEqual({ zh: '表头「姓名」出现了两次，请只保留一列', en: 'the header "姓名" appears twice: keep one column' });
    const noRows = await xlsx((sheet) => {
      sheet.getCell('A2').value = 'data without a header';
    });
    expect((await readError(noRows, 'a.xlsx')).failure).toBe('no_header');
  });

  it('refuses other file types, saying which ones work', async () => {
    const error = await readError(Buffer.from('x'), '户.xls');
    expect(error.failure).toBe('unsupported_type');
    expect(error.userText.zh).toContain('.xlsx 或 .csv');
    expect(error.userText.en).toContain('.xlsx or .csv');
    expect((await readError(Buffer.from('x'), 'households')).failure).toBe('unsupported_type');
  });
});

describe('readSheetRows from .csv', () => {
  it('reads UTF-8 with a BOM, keeps every cell as written, and skips empty lines', async () => {
    const text = '\uFEFF户编号,户主,人口,别名,开始日期\r\n007,王大山,4,"老王,王家",2026-01-05\r\n\r\n,,,,\r\nTKS-002, 李秀英 ,,,\r\n';
    expect(await readSheetRows(Buffer.from(text, 'utf8'), 'households.csv')).toEqual([
      { rowNumber: 2, cells: { 户编号: '007', 户主: '王大山', 人口: '4', 别名: '老王,王家', 开始日期: '2026-01-05' } },
      { rowNumber: 5, cells: { 户编号: 'TKS-002', 户主: '李秀英', 人口: '', 别名: '', 开始日期: '' } },
    ]);
  });

  it('reads a file without a BOM', async () => {
    expect(await readSheetRows(Buffer.from('code,head\nA1,Ma\n'), 'h.CSV')).toEqual([{ rowNumber: 2, cells: { code: 'A1', head: 'Ma' } }]);
  });

  it('refuses a file that is not UTF-8, an xlsx named .csv, and an empty file', async () => {
    // 户编号 in GBK.
    const gbk = Buffer.from([0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5, 0x0a]);
    const notUtf8 = await readError(gbk, 'h.csv');
    expect(notUtf8.failure).toBe('not_utf8');
    expect(notUtf8.userText.zh).toContain('CSV UTF-8');
    expect((await readError(await xlsx((sheet) => sheet.addRow(['a'])), 'h.csv')).failure).toBe('unreadable');
    expect((await readError(Buffer.from(''), 'h.csv')).failure).toBe('no_header');
    expect((await readError(Buffer.from('\uFEFF\r\n'), 'h.csv')).failure).toBe('no_header');
  });
});

describe('plainNumber', () => {
  it.each([
    [4, '4'],
    [13800001111, '13800001111'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [0.1 + 0.2, '0.3'],
    [-0.5, '-0.5'],
    [-0, '0'],
    [2000.5, '2000.5'],
    [12345678901234567, '12345678901234600'],
  ])('%s → %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });
});
