// Member units and people imported into PostgreSQL, and an issued invite code that binds a WeChat contact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheetRows } from '../../src/admin/spreadsheets/read-sheet-rows.js';
import { importPeople, issueInviteCode } from '../../src/dialogue/people/import-people.js';
import { importUnits } from '../../src/reminders/units/import-units.js';
import { createPeopleDirectory } from '../../src/store/people-directory.js';
import { createPrismaClient, type Db } from '../../src/store/prisma.js';
import { createInviteCodeStore } from '../../src/store/records/invite-code-store.js';
import { createPeopleImportStore } from '../../src/store/records/people-import-store.js';
import { createUnitImportStore } from '../../src/store/records/unit-import-store.js';
import { DEMO_UNITS } from '../../src/store/seed/demo-county.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestEnv, type TestEnv } from '../support/test-app.js';
import { countChanges, csvFile, xlsxFile } from './sheet-files.js';

let env: TestEnv;
let db: Db;
const office = DEMO_UNITS[0]!;

beforeAll(async () => {
  env = await createTestEnv();
  db = createPrismaClient(env.databaseUrl);
});
afterAll(async () => {
  await db?.$disconnect();
  await env?.cleanup();
});

const UNITS = [
  ['单位代码', '单位名称', '英文名称', '职责', '英文职责', '语言'],
  ['rural-roads', '县交通运输局', 'County Transport Bureau', '农村公路建设', 'Rural roads', ''],
  ['county-red-cross', '县红十字会', '', '', '', ''],
  [office.code, office.nameZh, office.nameEn, '统筹协调', 'Coordination', ''],
];

const importUnitFile = async (table: string[][], by = 'console:li') =>
  importUnits(createUnitImportStore(db), await readSheetRows(csvFile(table), '单位.csv'), by);
const importPeopleFile = async (table: unknown[][], by = 'console:li') =>
  importPeople(createPeopleImportStore(db), await readSheetRows(await xlsxFile(table as never), '人员.xlsx'), by);

describe('units', () => {
  it('imports a good CSV: new units with a room-binding code each, a plan unit updated, audited', async () => {
    const before = await rowCounts(db);
    const result = await importUnitFile(UNITS);
    expect(result).toMatchObject({ ok: true, created: 2, updated: 1, unchanged: 0 });
    expect(countChanges(before, await rowCounts(db))).toEqual({ Unit: 2, RoomBindCode: 2, AuditLog: 3 });
    if (!result.ok) return;
    const [roads, redCross, updated] = result.rows;
    expect(roads?.bindCode).toMatch(/^DW-[A-HJKMNP-Z2-9]{6}$/);
    expect(await db.roomBindCode.findUniqueOrThrow({ where: { code: roads!.bindCode! } })).toMatchObject({ unitId: roads!.id, forOffice: false, revokedAt: null });
    expect(await db.unit.findUniqueOrThrow({ where: { code: 'county-red-cross' } })).toMatchObject({ id: redCross!.id, nameZh: '县红十字会', nameEn: '县红十字会' });
    expect(updated?.bindCode).toBe(office.bindCode);
    expect(await db.unit.findUniqueOrThrow({ where: { code: office.code } })).toMatchObject({ dutyZh: '统筹协调', dutyEn: 'Coordination' });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'unit.import', entityId: updated!.id } });
    expect(audit).toMatchObject({ actor: 'console:li', entity: 'Unit', before: { dutyZh: office.dutyZh }, after: { dutyZh: '统筹协调' } });
  });

  it('imports it again without new units, codes or audit entries', async () => {
    const before = await rowCounts(db);
    expect(await importUnitFile(UNITS)).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a sheet with one bad row among good ones, reporting that row and writing nothing', async () => {
    const before = await rowCounts(db);
    const result = await importUnitFile([...UNITS, ['Grain_Bureau', '县粮食局', '', '', '', ''], ['forestry', '县林业局', '', '', '', '']]);
    expect(result.ok === false && result.problems.map((problem) => [problem.rowNumber, problem.column])).toEqual([[5, '单位代码']]);
    expect(await rowCounts(db)).toEqual(before);
  });
});

describe('people', () => {
  const PEOPLE = [
    ['编号', '姓名', '角色', '电话', '单位', '语言'],
    ['', '钱进', '帮扶干部', 13600005555, '', ''],
    ['', '交通局联络员', '单位联络人', '', '县交通运输局', ''],
    ['demo-helper', '赵明', '帮扶干部', '139 0000 7777', '', ''],
  ];

  it('imports a good sheet: people without an id added, one with an id updated, audited with masked phones', async () => {
    const before = await rowCounts(db);
    const result = await importPeopleFile(PEOPLE);
    expect(result).toMatchObject({ ok: true, created: 2, updated: 1, unchanged: 0 });
    expect(countChanges(before, await rowCounts(db))).toEqual({ Person: 2, AuditLog: 3 });
    const roads = await db.unit.findUniqueOrThrow({ where: { code: 'rural-roads' } });
    expect(await db.person.findFirstOrThrow({ where: { name: '交通局联络员' } })).toMatchObject({ role: 'UNIT_CONTACT', unitId: roads.id, language: 'zh' });
    expect(await db.person.findFirstOrThrow({ where: { name: '钱进' } })).toMatchObject({ role: 'HELPER', phone: '13600005555' });
    expect(await db.person.findUniqueOrThrow({ where: { id: 'demo-helper' } })).toMatchObject({ phone: '13900007777' });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'person.import', entityId: 'demo-helper' } });
    expect(audit).toMatchObject({ actor: 'console:li', entity: 'Person', before: { phone: '139****2222' }, after: { phone: '139****7777' } });
  });

  it('imports it again with ids for the new people without adding anyone', async () => {
    const [qian, contact] = await Promise.all([db.person.findFirstOrThrow({ where: { name: '钱进' } }), db.person.findFirstOrThrow({ where: { name: '交通局联络员' } })]);
    const withIds = PEOPLE.map((row) => (row[1] === '钱进' ? [qian.id, ...row.slice(1)] : row[1] === '交通局联络员' ? [contact.id, ...row.slice(1)] : row));
    const before = await rowCounts(db);
    expect(await importPeopleFile(withIds)).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses the same sheet without ids, because those people are registered now', async () => {
    const before = await rowCounts(db);
    const result = await importPeopleFile(PEOPLE);
    expect(result.ok === false && result.problems.map((problem) => [problem.rowNumber, problem.column])).toEqual([[2, '姓名'], [3, '姓名']]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a sheet with one bad row among good ones, reporting that row and writing nothing', async () => {
    const before = await rowCounts(db);
    const result = await importPeopleFile([PEOPLE[0]!, ['', '李四', '家长', '', '', ''], ['', '王五', '单位联络人', '', '县公安局', ''], ['demo-helper2', '陈芳', '帮扶干部', '', '', 'en']]);
    expect(result).toEqual({
      ok: false,
      problems: [{ rowNumber: 3, column: '单位', message: { zh: '找不到单位「县公安局」（请填单位代码或中文全称）', en: 'no unit "县公安局" (give its code or full Chinese name)' } }],
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('issues an invite code that binds a WeChat contact to the person once', async () => {
    const qian = await db.person.findFirstOrThrow({ where: { name: '钱进' } });
    const issued = await issueInviteCode(createInviteCodeStore(db), qian.id, 'console:li');
    expect(issued).toMatchObject({ ok: true, personId: qian.id, personName: '钱进' });
    if (!issued.ok) return;
    expect(issued.code).toMatch(/^HX-[A-HJKMNP-Z2-9]{6}$/);
    expect(await db.inviteCode.findUniqueOrThrow({ where: { code: issued.code } })).toMatchObject({ personId: qian.id, usedAt: null });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'invite_code.issue', entityId: qian.id } })).toMatchObject({ actor: 'console:li', entity: 'Person' });

    const people = createPeopleDirectory(db);
    expect(await people.bindContact('wxid_qian', issued.code, new Date())).toMatchObject({ ok: true, person: { id: qian.id, role: 'helper' } });
    expect(await people.bindContact('wxid_someone_else', issued.code, new Date())).toEqual({ ok: false, reason: 'code_used' });
  });
});
