// Pairings from a sheet: helpers by id or unambiguous name, households that exist, real dates.
import { describe, expect, it } from 'vitest';
import { importPairings } from '../../src/check-ins/records/import-pairings.js';
import { MemoryPairingStore } from './memory-import-stores.js';
import { expectBilingual, problemsByPlace, sheetRows } from './sheet-fixture.js';

const HEADER = ['帮扶干部', '户编号', '开始日期', '结束日期', '到户天数目标', '资金目标'];

function county(): MemoryPairingStore {
  return new MemoryPairingStore(
    [
      { id: 'p-zhao', name: '赵明', role: 'helper' },
      { id: 'p-chen', name: '陈芳', role: 'helper' },
      { id: 'p-wang1', name: '王伟', role: 'helper' },
      { id: 'p-wang2', name: '王伟', role: 'helper' },
      { id: 'p-parent', name: '王大山', role: 'parent' },
    ],
    [
      { id: 'h-1', code: 'TKS-001' },
      { id: 'h-2', code: 'TKS-002' },
      { id: 'h-3', code: 'TKS-003' },
    ],
  );
}

describe('importPairings', () => {
  it('pairs helpers named or given by id with registered households, with the default targets', async () => {
    const store = county();
    const result = await importPairings(store, sheetRows([
      HEADER,
      ['赵明', 'TKS-001', '2026-01-01', '2028-12-31', '20', '3000'],
      ['p-chen', 'TKS-002', '2026/3/5', '', '', ''],
      ['p-wang2', 'TKS-003', '2026-01-01', '', '0', '0'],
    ]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 3, updated: 0, unchanged: 0 });
    expect(result.ok && result.rows.map((row) => [row.helperId, row.householdCode, row.periodStart])).toEqual([
      ['p-zhao', 'TKS-001', '2026-01-01'],
      ['p-chen', 'TKS-002', '2026-03-05'],
      ['p-wang2', 'TKS-003', '2026-01-01'],
    ]);
    expect([...store.table.records.values()].map((record) => record.fields)).toEqual([
      { periodEnd: '2028-12-31', visitDaysTarget: 20, fundsYuanTarget: 3000 },
      { periodEnd: null, visitDaysTarget: 15, fundsYuanTarget: 2000 },
      { periodEnd: null, visitDaysTarget: 0, fundsYuanTarget: 0 },
    ]);
    expect(store.table.audits.every((audit) => audit.action === 'pairing.import' && audit.actor === 'console:li')).toBe(true);
  });

  it('reads English headers', async () => {
    const store = county();
    const result = await importPairings(store, sheetRows([
      ['Helper', 'Household', 'Start Date', 'End', 'Visit Days Target', 'Funds Target'],
      ['陈芳', 'TKS-003', '2026-01-01', '2026-12-31', '12', '2,500'],
    ]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 1 });
    expect([...store.table.records.values()][0]?.fields).toEqual({ periodEnd: '2026-12-31', visitDaysTarget: 12, fundsYuanTarget: 2500 });
  });

  it('updates a pairing by helper, household and start, and leaves out what the file does not have', async () => {
    const store = county();
    await importPairings(store, sheetRows([HEADER, ['赵明', 'TKS-001', '2026-01-01', '', '20', '3000'], ['陈芳', 'TKS-002', '2026-01-01', '', '', '']]), 'console:li');
    const again = await importPairings(store, sheetRows([
      ['帮扶干部', '户编号', '开始日期', '结束日期'],
      ['p-zhao', 'TKS-001', '2026-01-01', '2026-12-31'],
      ['陈芳', 'TKS-002', '2026-01-01', ''],
    ]), 'console:li');
    expect(again).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 1 });
    expect(store.table.records.get(MemoryPairingStore.key('p-zhao', 'h-1', '2026-01-01'))?.fields).toEqual({ periodEnd: '2026-12-31', visitDaysTarget: 20, fundsYuanTarget: 3000 });
    expect(store.table.records.size).toBe(2);
  });

  it('reports unknown, ambiguous and wrong-role helpers, unknown households, bad dates and targets, and writes nothing', async () => {
    const store = county();
    const result = await importPairings(store, sheetRows([
      HEADER,
      ['赵明', 'TKS-001', '2026-01-01', '', '', ''],
      ['孙悟空', 'TKS-001', '2026-01-01', '', '', ''],
      ['王伟', 'TKS-002', '2026-01-01', '', '', ''],
      ['王大山', 'TKS-003', '2026-01-01', '', '', ''],
      ['陈芳', 'TKS-404', '2026-02-30', '', '', ''],
      ['陈芳', 'TKS-003', '2026-05-01', '2026-04-30', '400', '-1'],
      ['陈芳', 'TKS-002', '', '2026/13/01', '15天', 'abc'],
    ]), 'console:li');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemsByPlace(result.problems)).toEqual({
      '3:帮扶干部': '找不到帮扶干部「孙悟空」（请填编号或姓名）',
      '4:帮扶干部': '有2位帮扶干部叫「王伟」，请改填编号（p-wang1、p-wang2）',
      '5:帮扶干部': '「王大山」是家长，不是帮扶干部',
      '6:户编号': '找不到户编号「TKS-404」，请先导入该户',
      '6:开始日期': '「开始日期」应为 YYYY-MM-DD 格式的真实日期，如 2026-01-05（现为「2026-02-30」）',
      '7:结束日期': '「结束日期」不能早于开始日期 2026-05-01',
      '7:到户天数目标': '「到户天数目标」应为0到366之间的整数（现为「400」）',
      '7:资金目标': '「资金目标」应为不小于0的整数，单位为元（现为「-1」）',
      '8:开始日期': '「开始日期」不能为空',
      '8:结束日期': '「结束日期」应为 YYYY-MM-DD 格式的真实日期，如 2026-01-05（现为「2026/13/01」）',
      '8:到户天数目标': '「到户天数目标」应为0到366之间的整数（现为「15天」）',
      '8:资金目标': '「资金目标」应为不小于0的整数，单位为元（现为「abc」）',
    });
    expect(result.problems.find((problem) => problem.rowNumber === 4)?.message.en).toBe('2 helpers are named "王伟": give the person id instead (p-wang1, p-wang2)');
    expect(expectBilingual(result.problems)).toBe(true);
    expect(store.table.saveCalls).toBe(0);
  });

  it('refuses the same pairing twice, even when one row names the helper and the other gives the id', async () => {
    const result = await importPairings(county(), sheetRows([HEADER, ['赵明', 'TKS-001', '2026-01-01', '', '', ''], ['p-zhao', 'TKS-001', '2026-1-1', '', '', '']]), 'console:li');
    expect(result.ok === false && result.problems).toEqual([
      {
        rowNumber: 3,
        column: null,
        message: {
          zh: '与第2行是同一结对（同一帮扶干部、户编号和开始日期），每个结对只能出现一次',
          en: 'the same pairing as row 2 (same helper, household and start): each may appear once',
        },
      },
    ]);
  });

  it('allows the same helper and household from another start date', async () => {
    const result = await importPairings(county(), sheetRows([HEADER, ['赵明', 'TKS-001', '2026-01-01', '2026-12-31', '', ''], ['赵明', 'TKS-001', '2027-01-01', '', '', '']]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 2 });
  });

  it('needs the helper, household and start columns', async () => {
    const result = await importPairings(county(), sheetRows([['帮扶干部', '结束日期'], ['赵明', '2026-12-31']]), 'console:li');
    expect(result.ok === false && result.problems.map((problem) => [problem.rowNumber, problem.column])).toEqual([[1, '户编号'], [1, '开始日期']]);
  });
});
