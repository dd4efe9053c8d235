// Writing a Report to .xlsx and reading it back with exceljs, as Excel would see it.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildVisitLedgerReport } from '../../src/check-ins/reports/build-visit-ledger-report.js';
import { exportFileName, writeWorkbook } from '../../src/admin/spreadsheets/write-workbook.js';
import type { Report } from '../../src/shared/report-table.js';

/** 00:30 on March 2 in Beijing: still March 1 in UTC and further west. */
const JUST_AFTER_MIDNIGHT = new Date('2026-03-01T16:30:00Z');

const REPORT: Report = {
  title: { zh: '测试台账', en: 'Test ledger' },
  sheets: [
    {
      name: { zh: '汇总', en: 'Summary' },
      columns: [
        { key: 'name', header: { zh: '户主', en: 'Head of household' }, kind: 'text' },
        { key: 'days', header: { zh: '到户天数', en: 'Visit days' }, kind: 'number' },
        { key: 'funds', header: { zh: '资金（元）', en: 'Funds (yuan)' }, kind: 'number' },
        { key: 'visitDate', header: { zh: '走访日期', en: 'Visit date' }, kind: 'date' },
        { key: 'dayOfInstant', header: { zh: '确认日期', en: 'Confirmed on' }, kind: 'date' },
        { key: 'confirmedAt', header: { zh: '确认时间', en: 'Confirmed at' }, kind: 'datetime' },
        { key: 'note', header: { zh: '备注', en: 'Note' }, kind: 'text', width: 20 },
      ],
      rows: [
        { name: '王大山', days: 2, funds: 300.5, visitDate: '2026-03-02', dayOfInstant: JUST_AFTER_MIDNIGHT, confirmedAt: JUST_AFTER_MIDNIGHT, note: '这是一条很长很长的备注，超过了这一列的宽度，所以应该自动换行显示' },
        { name: '李秀英', days: 0, funds: 0, visitDate: null, dayOfInstant: null, confirmedAt: null, note: null },
      ],
      totals: { name: '合计', days: 2, funds: 300.5 },
    },
  ],
};

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const ymdOf = (value: unknown) => (value as Date).toISOString().slice(0, 10);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('writeWorkbook', () => {
  it('writes a bold, frozen, Chinese header row and the workbook properties', async () => {
    const workbook = await readBack(await writeWorkbook(REPORT, 'zh'));
    expect(workbook.creator).toBe('帮扶助手');
    expect(workbook.title).toBe('测试台账');
    const sheet = workbook.getWorksheet('汇总')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '户主', '到户天数', '资金（元）', '走访日期', '确认日期', '确认时间', '备注']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes numbers as numbers, with decimals only where a column has them', async () => {
    const sheet = (await readBack(await writeWorkbook(REPORT, 'zh'))).getWorksheet('汇总')!;
    const days = sheet.getCell('B2');
    const funds = sheet.getCell('C2');
    expect([days.type, days.value, days.numFmt]).toEqual([ExcelJS.ValueType.Number, 2, '#,##0']);
    expect([funds.type, funds.value, funds.numFmt]).toEqual([ExcelJS.ValueType.Number, 300.5, '#,##0.00']);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.Number);
  });

  it('writes dates as real dates showing the Beijing day, and instants as Beijing date-times', async () => {
    const sheet = (await readBack(await writeWorkbook(REPORT, 'zh'))).getWorksheet('汇总')!;
    for (const address of ['D2', 'E2', 'F2']) expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.Date);
    expect([ymdOf(sheet.getCell('D2').value), sheet.getCell('D2').numFmt]).toEqual(['2026-03-02', 'yyyy-mm-dd']);
    expect(ymdOf(sheet.getCell('E2').value)).toBe('2026-03-02');
    expect([(sheet.getCell('F2').value as Date).toISOString(), sheet.getCell('F2').numFmt]).toEqual(['2026-03-02T00:30:00.000Z', 'yyyy-mm-dd hh:mm']);
    expect(sheet.getCell('D3').type).toBe(ExcelJS.ValueType.Null);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('shows the same days when the process runs in %s', async (tz) => {
    process.env.TZ = tz;
    expect(new Date('2026-03-02T00:00:00Z').getTimezoneOffset()).toBe({ 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, UTC: 0 }[tz]);
    const sheet = (await readBack(await writeWorkbook(REPORT, 'zh'))).getWorksheet('汇总')!;
    expect(ymdOf(sheet.getCell('D2').value)).toBe('2026-03-02');
    expect(ymdOf(sheet.getCell('E2').value)).toBe('2026-03-02');
    expect((sheet.getCell('F2').value as Date).toISOString()).toBe('2026-03-02T00:30:00.000Z');
  });

  it('ends with the totals row in bold', async () => {
    const sheet = (await readBack(await writeWorkbook(REPORT, 'zh'))).getWorksheet('汇总')!;
    expect(sheet.rowCount).toBe(4);
    const totals = sheet.getRow(4);
    expect([totals.getCell(1).value, totals.getCell(2).value, totals.getCell(3).value]).toEqual(['合计', 2, 300.5]);
    expect(totals.getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
  });

  it('sizes columns from headers and content, counting Chinese characters double', async () => {
    const sheet = (await readBack(await writeWorkbook(REPORT, 'zh'))).getWorksheet('汇总')!;
    // 确认时间 is 8 wide but its yyyy-mm-dd hh:mm values are 16.
    expect(sheet.getColumn(6).width).toBeGreaterThanOrEqual(16);
    // 资金（元） is five wide characters: 10.
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(10);
    expect(sheet.getColumn(7).width).toBe(20);
    expect(sheet.getCell('G2').alignment?.wrapText).toBe(true);
  });

  it('uses the English headers and sheet names for an English export', async () => {
    const workbook = await readBack(await writeWorkbook(REPORT, 'en'));
    const sheet = workbook.getWorksheet('Summary')!;
    expect(sheet.getCell('A1').value).toBe('Head of household');
    expect(workbook.title).toBe('Test ledger');
  });

  it('makes sheet names Excel accepts: short, without []:*?/\\, and distinct', async () => {
    const sheetNamed = (zh: string) => ({ name: { zh, en: zh }, columns: [], rows: [] });
    const report: Report = { title: REPORT.title, sheets: [sheetNamed('按乡镇/按村[2026]:汇总*?'), sheetNamed('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三'), sheetNamed('汇总'), sheetNamed('汇总')] };
    const names = (await readBack(await writeWorkbook(report, 'zh'))).worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('按乡镇-按村-2026--汇总--');
    expect(names[1]).toHaveLength(31);
    expect(names.slice(2)).toEqual(['汇总', '汇总 (2)']);
  });

  it('writes a whole visit ledger that reads back with its sheets and totals', async () => {
    const report = await buildVisitLedgerReport(
      {
        pairingsInYear: async () => [
          { pairingId: 'p1', township: '塔克什肯镇', village: '阿克齐村', householdCode: 'TKS-001', headName: '王大山', helperId: 'h1', helperName: '赵明', targets: { visitDaysPerYear: 15, fundsYuanPerYear: 2000 } },
        ],
        visitsInYear: async () => [
          { pairingId: 'p1', visitDate: '2026-03-02', durationMinutes: 150, fundsYuan: 300, status: 'confirmed', activities: ['送化肥'], confirmedAt: JUST_AFTER_MIDNIGHT },
        ],
      },
      { year: 2026, now: JUST_AFTER_MIDNIGHT },
    );
    const workbook = await readBack(await writeWorkbook(report, 'zh'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '走访明细', '按乡镇', '按帮扶干部']);
    const summary = workbook.getWorksheet('汇总')!;
    const header = summary.getRow(1).values as unknown[];
    const column = (name: string) => header.indexOf(name);
    const totals = summary.getRow(summary.rowCount);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(column('已投入资金（元）')).value).toBe(300);
    expect(totals.getCell(column('走访时长（小时）')).value).toBe(2.5);
    expect(summary.getRow(2).getCell(column('进度落后')).value).toBe('否');
    expect(ymdOf(summary.getRow(2).getCell(column('最近走访日期')).value)).toBe('2026-03-02');
    const visits = workbook.getWorksheet('走访明细')!;
    expect(visits.getCell('A2').type).toBe(ExcelJS.ValueType.Date);
    expect(ymdOf(visits.getCell('A2').value)).toBe('2026-03-02');
  });
});

describe('exportFileName', () => {
  it('gives the title with the Beijing date, an ASCII fallback and an RFC 6266 header', () => {
    const name = exportFileName({ zh: '2026年结对帮扶走访台账', en: '2026 pairing visit ledger' }, JUST_AFTER_MIDNIGHT);
    expect(name.utf8).toBe('2026年结对帮扶走访台账_2026-03-02.xlsx');
    expect(name.ascii).toBe('2026-pairing-visit-ledger_2026-03-02.xlsx');
    expect(name.contentDisposition).toBe(
      `attachment; filename="2026-pairing-visit-ledger_2026-03-02.xlsx"; filename*=UTF-8''${encodeURIComponent('2026年结对帮扶走访台账_2026-03-02.xlsx')}`,
    );
    expect(decodeURIComponent(name.contentDisposition.split("UTF-8''")[1]!)).toBe(name.utf8);
  });

  it('keeps characters a file system or the header would choke on out of both names', () => {
    const name = exportFileName({ zh: '边境/扶贫"专项"（2026年）*单位回复', en: 'Border: "action" (2026)' }, JUST_AFTER_MIDNIGHT);
    expect(name.utf8).toBe('边境_扶贫_专项_（2026年）_单位回复_2026-03-02.xlsx');
    expect(name.ascii).toBe('Border-action-2026_2026-03-02.xlsx');
    expect(name.contentDisposition).not.toMatch(/[^\x20-\x7e]/);
    expect(name.contentDisposition).not.toContain("(");
    expect(exportFileName({ zh: '台账', en: '台账' }, JUST_AFTER_MIDNIGHT, 'en').ascii).toBe('export_2026-03-02.xlsx');
  });
});
