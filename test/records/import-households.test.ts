// Households from a sheet: all rows or none, every problem reported, upserted by 户编号.
import { describe, expect, it } from 'vitest';
import { importHouseholds } from '../../src/check-ins/records/import-households.js';
import { MemoryHouseholdStore } from './memory-import-stores.js';
import { expectBilingual, problemsByPlace, sheetRows } from './sheet-fixture.js';

const HEADER = ['户编号', '户主', '村', '乡镇', '人口', '别名', '状态'];

describe('importHouseholds', () => {
  it('creates every household of a good sheet, with defaults for empty cells', async () => {
    const store = new MemoryHouseholdStore();
    const result = await importHouseholds(store, sheetRows([
      HEADER,
      ['TKS-101', '王大山', '阿克齐村', '塔克什肯镇', '4', '老王、王家, 大山/山哥，王叔', '在册'],
      ['TKS-102', '李秀英', '', '', '', '', '已脱贫'],
    ]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 2, updated: 0, unchanged: 0 });
    expect(result.ok && result.rows.map((row) => [row.rowNumber, row.code, row.outcome])).toEqual([[2, 'TKS-101', 'created'], [3, 'TKS-102', 'created']]);
    expect(store.fieldsOf('TKS-101')).toEqual({
      headName: '王大山', village: '阿克齐村', township: '塔克什肯镇', membersCount: 4, nicknames: ['老王', '王家', '大山', '山哥', '王叔'], status: 'active',
    });
    expect(store.fieldsOf('TKS-102')).toEqual({ headName: '李秀英', village: '', township: '', membersCount: 1, nicknames: [], status: 'closed' });
    expect(store.table.audits.map((audit) => [audit.actor, audit.action, audit.before])).toEqual([['console:li', 'household.import', null], ['console:li', 'household.import', null]]);
  });

  it('reads English headers whatever their case and spacing, and ignores columns it does not know', async () => {
    const store = new MemoryHouseholdStore();
    const result = await importHouseholds(store, sheetRows([
      ['序号', ' Code ', 'HEAD', 'Village', 'town ship', 'Members', 'nick_names', 'STATUS', '备注'],
      ['1', 'A1', 'Ma Xiulan', 'Aqi', 'Takeshiken', '３', 'Ma', 'Closed', 'anything'],
    ]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 1 });
    expect(store.fieldsOf('A1')).toEqual({ headName: 'Ma Xiulan', village: 'Aqi', township: 'Takeshiken', membersCount: 3, nicknames: ['Ma'], status: 'closed' });
  });

  it('accepts 户主姓名 for 户主', async () => {
    const store = new MemoryHouseholdStore();
    expect(await importHouseholds(store, sheetRows([['户编号', '户主姓名'], ['TKS-201', '张老四']]), 'console:li')).toMatchObject({ ok: true, created: 1 });
    expect(store.fieldsOf('TKS-201')?.headName).toBe('张老四');
  });

  it('updates by code on a second import, changes only the columns the file has, and counts what did not change', async () => {
    const store = new MemoryHouseholdStore();
    await importHouseholds(store, sheetRows([HEADER, ['TKS-101', '王大山', '阿克齐村', '塔克什肯镇', '4', '老王', '在册'], ['TKS-102', '李秀英', '', '', '3', '', '']]), 'console:li');
    const again = await importHouseholds(store, sheetRows([['户编号', '户主', '状态'], ['TKS-101', '王大山', '已脱贫'], ['TKS-102', '李秀英', '']]), 'console:zhao');
    expect(again).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 1 });
    expect(store.fieldsOf('TKS-101')).toEqual({ headName: '王大山', village: '阿克齐村', township: '塔克什肯镇', membersCount: 4, nicknames: ['老王'], status: 'closed' });
    expect(store.fieldsOf('TKS-102')?.membersCount).toBe(3);
    const update = store.table.audits.at(-1)!;
    expect(update).toMatchObject({ actor: 'console:zhao', before: { status: 'active' }, after: { status: 'closed' } });
    expect(store.table.audits).toHaveLength(3);
  });

  it('reports every bad cell with its row, column and what is expected, and writes nothing', async () => {
    const store = new MemoryHouseholdStore();
    const result = await importHouseholds(store, sheetRows([
      HEADER,
      ['TKS-101', '王大山', '', '', '4', '', ''],
      ['T', '', '', '', '0', '', '在'],
      ['TKS 103', '李秀英', '', '', '31', '', ''],
      ['TKS-104', '张'.repeat(65), '', '', '2.5', '', ''],
      ['TKS-105', '马', '', '', 'abc', '很长'.repeat(17), ''],
    ]), 'console:li');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemsByPlace(result.problems)).toEqual({
      '3:户编号': '「户编号」应为2到32位英文字母、数字或连字符，如 TKS-001（现为「T」）',
      '3:户主': '「户主」不能为空',
      '3:人口': '「人口」应为1到30之间的整数（现为「0」）',
      '3:状态': '「状态」应为「在册」或「已脱贫」（现为「在」）',
      '4:户编号': '「户编号」应为2到32位英文字母、数字或连字符，如 TKS-001（现为「TKS 103」）',
      '4:人口': '「人口」应为1到30之间的整数（现为「31」）',
      '5:户主': `「户主」不能超过64个字（现为「${'张'.repeat(65)}」）`,
      '5:人口': '「人口」应为1到30之间的整数（现为「2.5」）',
      '6:人口': '「人口」应为1到30之间的整数（现为「abc」）',
      '6:别名': `「别名」应为用「、」分隔的称呼，每个不超过32个字（现为「${'很长'.repeat(17)}」）`,
    });
    expect(result.problems.find((problem) => problem.column === '人口' && problem.rowNumber === 3)?.message.en).toBe('"members" must be a whole number from 1 to 30 (found "0")');
    expect(expectBilingual(result.problems)).toBe(true);
    expect(result.problems.map((problem) => problem.rowNumber)).toEqual([...result.problems.map((problem) => problem.rowNumber)].sort((a, b) => a - b));
    expect(store.table.saveCalls).toBe(0);
  });

  it('refuses a code that appears twice in the file, naming the first row', async () => {
    const store = new MemoryHouseholdStore();
    const result = await importHouseholds(store, sheetRows([['code', 'head'], ['TKS-101', '王大山'], ['TKS-102', '李秀英'], ['TKS-101', '王小山']]), 'console:li');
    expect(result.ok === false && result.problems).toEqual([
      { rowNumber: 4, column: 'code', message: { zh: '「户编号」「TKS-101」与第2行重复，每个只能出现一次', en: '"code" "TKS-101" repeats row 2: each may appear once' } },
    ]);
    expect(store.table.saveCalls).toBe(0);
  });

  it('reports a missing required column once, on the header row', async () => {
    const result = await importHouseholds(new MemoryHouseholdStore(), sheetRows([['户编号', '村'], ['TKS-101', '阿克齐村'], ['TKS-102', '阿克齐村']]), 'console:li');
    expect(result.ok === false && result.problems).toEqual([
      { rowNumber: 1, column: '户主', message: { zh: '缺少「户主」列（表头可写作：户主、户主姓名、head、head of household）', en: 'the "head" column is missing (headers accepted: 户主, 户主姓名, head, head of household)' } },
    ]);
  });

  it('refuses two columns for the same thing', async () => {
    const result = await importHouseholds(new MemoryHouseholdStore(), sheetRows([['户编号', '户主', '户主姓名'], ['TKS-101', '王大山', '王大山']]), 'console:li');
    expect(result.ok === false && problemsByPlace(result.problems)).toEqual({ '1:户主姓名': '「户主」列出现了两次（「户主」和「户主姓名」），请只保留一列' });
  });

  it('refuses a sheet without rows', async () => {
    const result = await importHouseholds(new MemoryHouseholdStore(), [], 'console:li');
    expect(result.ok === false && result.problems).toEqual([{ rowNumber: 1, column: null, message: { zh: '表格在表头下没有数据行', en: 'the sheet has no rows under its header' } }]);
  });
});
