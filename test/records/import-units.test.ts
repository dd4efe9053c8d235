// Member units from a sheet: upserted by code, a bind code for each new one, names kept unique.
import { describe, expect, it } from 'vitest';
import { importUnits } from '../../src/reminders/units/import-units.js';
import { MemoryUnitStore } from './memory-import-stores.js';
import { expectBilingual, problemsByPlace, sheetRows } from './sheet-fixture.js';

const HEADER = ['单位代码', '单位名称', '英文名称', '职责', '英文职责', '语言'];

describe('importUnits', () => {
  it('creates units with a bind code each, the English name defaulting to the Chinese one', async () => {
    const store = new MemoryUnitStore();
    const result = await importUnits(store, sheetRows([
      HEADER,
      ['education-bureau', '县教育局', 'County Education Bureau', '控辍保学', 'Keep children in school', ''],
      ['water-bureau', '县水利局', '', '', '', 'English'],
    ]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 2, updated: 0, unchanged: 0 });
    expect(result.ok && result.rows.map((row) => [row.code, row.bindCode, row.outcome])).toEqual([
      ['education-bureau', 'DW-TEST01', 'created'],
      ['water-bureau', 'DW-TEST02', 'created'],
    ]);
    expect(store.table.records.get('water-bureau')?.fields).toEqual({ nameZh: '县水利局', nameEn: '县水利局', dutyZh: '', dutyEn: '', language: 'en' });
    expect(store.table.audits.map((audit) => audit.action)).toEqual(['unit.import', 'unit.import']);
  });

  it('updates by code, keeps the bind code and the English name when the file has no such column', async () => {
    const store = new MemoryUnitStore();
    await importUnits(store, sheetRows([HEADER, ['education-bureau', '县教育局', 'County Education Bureau', '', '', ''], ['water-bureau', '县水利局', '', '', '', '']]), 'console:li');
    const again = await importUnits(store, sheetRows([['Code', 'Name', 'Duty'], ['education-bureau', '县教育和科技局', '控辍保学'], ['water-bureau', '县水利局', '']]), 'console:li');
    expect(again).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 1 });
    expect(again.ok && again.rows.map((row) => row.bindCode)).toEqual(['DW-TEST01', 'DW-TEST02']);
    expect(store.table.records.get('education-bureau')?.fields).toEqual({ nameZh: '县教育和科技局', nameEn: 'County Education Bureau', dutyZh: '控辍保学', dutyEn: '', language: 'zh' });
  });

  it('reports bad codes, missing names and bad languages, and writes nothing', async () => {
    const store = new MemoryUnitStore();
    const result = await importUnits(store, sheetRows([
      HEADER,
      ['Education-Bureau', '县教育局', '', '', '', ''],
      ['water_bureau', '', '', '', '', '法语'],
      ['-health', '卫健委', '', '', '', ''],
    ]), 'console:li');
    expect(result.ok === false && problemsByPlace(result.problems)).toEqual({
      '2:单位代码': '「单位代码」应为小写英文字母、数字和连字符，如 education-bureau（现为「Education-Bureau」）',
      '3:单位代码': '「单位代码」应为小写英文字母、数字和连字符，如 education-bureau（现为「water_bureau」）',
      '3:单位名称': '「单位名称」不能为空',
      '3:语言': '「语言」应为「中文」或「English」（现为「法语」）',
      '4:单位代码': '「单位代码」应为小写英文字母、数字和连字符，如 education-bureau（现为「-health」）',
    });
    expect(result.ok === false && expectBilingual(result.problems)).toBe(true);
    expect(store.table.saveCalls).toBe(0);
  });

  it('refuses a code or a name twice in the file, and a name another unit already has', async () => {
    const store = new MemoryUnitStore();
    await importUnits(store, sheetRows([HEADER, ['civil-affairs', '县民政局', '', '', '', '']]), 'console:li');
    const result = await importUnits(store, sheetRows([
      HEADER,
      ['education-bureau', '县教育局', '', '', '', ''],
      ['education-bureau', '县教育和科技局', '', '', '', ''],
      ['water-bureau', '县教育局', '', '', '', ''],
      ['social-affairs', '县民政局', '', '', '', ''],
      ['civil-affairs', '县民政局', '', '', '', ''],
    ]), 'console:li');
    expect(result.ok === false && problemsByPlace(result.problems)).toEqual({
      '3:单位代码': '「单位代码」「education-bureau」与第2行重复，每个只能出现一次',
      '4:单位名称': '「单位名称」「县教育局」与第2行重复，每个只能出现一次',
      '5:单位名称': '「单位名称」「县民政局」已被单位 civil-affairs 使用',
      '6:单位名称': '「单位名称」「县民政局」与第5行重复，每个只能出现一次',
    });
    expect(store.table.saveCalls).toBe(1);
  });
});
