// People from a sheet: new ones added, ones with an id updated, units by code or Chinese name.
import { describe, expect, it } from 'vitest';
import { importPeople, issueInviteCode } from '../../src/dialogue/people/import-people.js';
import { MemoryPeopleStore } from './memory-import-stores.js';
import { expectBilingual, problemsByPlace, sheetRows } from './sheet-fixture.js';

const HEADER = ['编号', '姓名', '角色', '电话', '单位', '语言'];

function county(): MemoryPeopleStore {
  return new MemoryPeopleStore(
    [
      { id: 'p-zhao', name: '赵明', role: 'helper', phone: '13900002222', unitId: null, language: 'zh' },
      { id: 'p-li', name: '李主任', role: 'office_admin', phone: null, unitId: null, language: 'zh' },
      { id: 'p-edu', name: '教育局联络员', role: 'unit_contact', phone: null, unitId: 'u-edu', language: 'zh' },
    ],
    [
      { id: 'u-edu', code: 'education-bureau', nameZh: '县教育局' },
      { id: 'u-water', code: 'water-bureau', nameZh: '县水利局' },
      { id: 'u-twin-1', code: 'health-a', nameZh: '卫健委' },
      { id: 'u-twin-2', code: 'health-b', nameZh: '卫健委' },
    ],
  );
}

describe('importPeople', () => {
  it('adds the people of rows without an id, with units by code or Chinese name', async () => {
    const store = county();
    const result = await importPeople(store, sheetRows([
      HEADER,
      ['', '孙强', '帮扶干部', '+86 139-0000-3333', '', ''],
      ['', '水利局联络员', '单位联络人', '', '县水利局', '中文'],
      ['', 'Aygul', 'parent', '', '', 'English'],
      ['', '周平', 'Office Admin', '13700004444', 'education-bureau', 'zh'],
    ]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 4, updated: 0, unchanged: 0 });
    expect(result.ok && result.rows.map((row) => [row.rowNumber, row.name, row.role, row.outcome])).toEqual([
      [2, '孙强', 'helper', 'created'],
      [3, '水利局联络员', 'unit_contact', 'created'],
      [4, 'Aygul', 'parent', 'created'],
      [5, '周平', 'office_admin', 'created'],
    ]);
    expect(store.person('孙强')).toMatchObject({ role: 'helper', phone: '13900003333', unitId: null, language: 'zh' });
    expect(store.person('水利局联络员')).toMatchObject({ role: 'unit_contact', unitId: 'u-water' });
    expect(store.person('Aygul')).toMatchObject({ role: 'parent', language: 'en' });
    expect(store.person('周平')).toMatchObject({ unitId: 'u-edu', phone: '13700004444' });
    expect(store.audits.map((audit) => [audit.action, audit.actor])).toEqual(Array(4).fill(['person.import', 'console:li']));
  });

  it('updates the person of a row with an id, only in the columns the file has', async () => {
    const store = county();
    const result = await importPeople(store, sheetRows([
      ['ID', 'Name', 'Phone'],
      ['p-zhao', '赵明', '13900009999'],
      ['p-li', '李主任', ''],
    ]), 'console:li');
    expect(result).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 1 });
    expect(store.person('赵明')).toMatchObject({ id: 'p-zhao', role: 'helper', phone: '13900009999', language: 'zh' });
    expect(store.audits).toEqual([
      expect.objectContaining({ entityId: 'p-zhao', before: expect.objectContaining({ phone: '13900002222' }), after: expect.objectContaining({ phone: '13900009999' }) }),
    ]);
  });

  it('keeps a unit contact on their unit when the file has no unit column', async () => {
    const store = county();
    const result = await importPeople(store, sheetRows([['编号', '姓名', '语言'], ['p-edu', '教育局联络员', 'en']]), 'console:li');
    expect(result).toMatchObject({ ok: true, updated: 1 });
    expect(store.person('教育局联络员')).toMatchObject({ unitId: 'u-edu', language: 'en' });
  });

  it('reports every bad row and writes nothing', async () => {
    const store = county();
    const result = await importPeople(store, sheetRows([
      HEADER,
      ['', '孙强', '帮扶干部', '', '', ''],
      ['', '钱多', '村长', '12345', '', ''],
      ['', '吴用', '', '', '', ''],
      ['', '郑和', '单位联络人', '', '', ''],
      ['', '冯七', '单位联络人', '', '县财政局', ''],
      ['', '陈八', '单位联络人', '', '卫健委', ''],
      ['p-ghost', '鬼', '', '', '', ''],
      ['p-zhao', '', '', '', '', '日语'],
      ['p-li', '李主任', '单位联络人', '', '', ''],
    ]), 'console:li');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemsByPlace(result.problems)).toEqual({
      '3:角色': '「角色」应为「家长」「帮扶干部」「单位联络人」或「办公室管理员」（现为「村长」）',
      '3:电话': '「电话」应为11位手机号，如 13800001111（现为「12345」）',
      '4:角色': '新增人员须填写「角色」',
      '5:单位': '单位联络人须填写「单位」',
      '6:单位': '找不到单位「县财政局」（请填单位代码或中文全称）',
      '7:单位': '有2个单位叫「卫健委」，请改填单位代码（health-a、health-b）',
      '8:编号': '找不到编号为「p-ghost」的人员（新增人员请留空编号）',
      '9:姓名': '「姓名」不能为空',
      '9:语言': '「语言」应为「中文」或「English」（现为「日语」）',
      '10:单位': '单位联络人须填写「单位」',
    });
    expect(expectBilingual(result.problems)).toBe(true);
    expect(store.saveCalls).toBe(0);
  });

  it('refuses an id twice in the file', async () => {
    const result = await importPeople(county(), sheetRows([['编号', '姓名'], ['p-zhao', '赵明'], ['p-zhao', '赵明明']]), 'console:li');
    expect(result.ok === false && problemsByPlace(result.problems)).toEqual({ '3:编号': '「编号」「p-zhao」与第2行重复，每个只能出现一次' });
  });

  it('refuses a new person who looks like someone already registered or on an earlier row, unless a phone tells them apart', async () => {
    const store = county();
    const result = await importPeople(store, sheetRows([
      ['姓名', '角色', '电话'],
      ['赵明', '帮扶干部', ''],
      ['赵明', '帮扶干部', '13900002222'],
      ['赵明', '帮扶干部', '13600001234'],
      ['赵明', '家长', ''],
      ['何平', '家长', ''],
      ['何平', '家长', '13500001111'],
      ['许亮', '家长', '13500002222'],
      ['许亮', '家长', '13500003333'],
    ]), 'console:li');
    expect(result.ok === false && problemsByPlace(result.problems)).toEqual({
      '2:姓名': '已有同名的帮扶干部「赵明」（编号 p-zhao）：要更新此人请填写「编号」，若是另一人请填写不同的电话',
      '3:姓名': '已有同名的帮扶干部「赵明」（编号 p-zhao）：要更新此人请填写「编号」，若是另一人请填写不同的电话',
      // Row 2 has no phone, so nothing tells it from row 4.
      '4:姓名': '与第2行像是同一人（同名同角色，电话无法区分）：若是两人请分别填写不同的电话',
      '7:姓名': '与第6行像是同一人（同名同角色，电话无法区分）：若是两人请分别填写不同的电话',
    });
  });

  it('reads the role and language words in either language', async () => {
    const store = county();
    const result = await importPeople(store, sheetRows([
      ['name', 'role', 'unit', 'language'],
      ['A', '家长', '', '中文'],
      ['B', 'Helper', '', 'EN'],
      ['C', 'unit contact', 'water-bureau', '英文'],
      ['D', '办公室管理员', '', ''],
    ]), 'console:li');
    expect(result.ok && result.rows.map((row) => row.role)).toEqual(['parent', 'helper', 'unit_contact', 'office_admin']);
    expect(['A', 'B', 'C', 'D'].map((name) => store.person(name)?.language)).toEqual(['zh', 'en', 'en', 'zh']);
  });
});

describe('issueInviteCode', () => {
  it('stores a fresh code for the person, prefixed by their role', async () => {
    const store = county();
    const issued = await issueInviteCode(store, 'p-zhao', 'console:li');
    expect(issued).toEqual({ ok: true, code: 'HX-MEM001', personId: 'p-zhao', personName: '赵明' });
    expect(await issueInviteCode(store, 'p-edu', 'console:li')).toMatchObject({ ok: true, code: 'UC-MEM002' });
    expect(store.inviteCodes).toEqual([
      { code: 'HX-MEM001', personId: 'p-zhao', by: 'console:li' },
      { code: 'UC-MEM002', personId: 'p-edu', by: 'console:li' },
    ]);
  });

  it('says so for an unknown person', async () => {
    expect(await issueInviteCode(county(), 'p-ghost', 'console:li')).toEqual({
      ok: false,
      message: { zh: '找不到编号为「p-ghost」的人员', en: 'no person with id "p-ghost"' },
    });
  });
});
