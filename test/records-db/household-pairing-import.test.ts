// Households and pairings imported into PostgreSQL: all or nothing, again without duplicates, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheetRows } from '../../src/admin/spreadsheets/read-sheet-rows.js';
import { importHouseholds } from '../../src/check-ins/records/import-households.js';
import { importPairings } from '../../src/check-ins/records/import-pairings.js';
import { createPrismaClient, type Db } from '../../src/store/prisma.js';
import { createHouseholdImportStore } from '../../src/store/records/household-import-store.js';
import { createPairingImportStore } from '../../src/store/records/pairing-import-store.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestEnv, type TestEnv } from '../support/test-app.js';
import { countChanges, xlsxFile } from './sheet-files.js';

let env: TestEnv;
let db: Db;
const day = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);

beforeAll(async () => {
  env = await createTestEnv();
  db = createPrismaClient(env.databaseUrl);
});
afterAll(async () => {
  await db?.$disconnect();
  await env?.cleanup();
});

const HOUSEHOLDS = [
  ['户编号', '户主', '村', '乡镇', '人口', '别名', '状态'],
  ['TKS-101', '马建国', '阿克齐村', '塔克什肯镇', 5, '老马、马家', '在册'],
  ['TKS-102', '古丽', '萨尔托海村', '塔克什肯镇', 2, '', '在册'],
  ['TKS-001', '王大山', '阿克齐村', '塔克什肯镇', 6, '老王', '在册'],
];

async function importHouseholdFile(table: unknown[][], by = 'console:li') {
  return importHouseholds(createHouseholdImportStore(db), await readSheetRows(await xlsxFile(table as never), '户.xlsx'), by);
}

async function importPairingFile(table: unknown[][], by = 'console:li') {
  return importPairings(createPairingImportStore(db), await readSheetRows(await xlsxFile(table as never), '结对.xlsx'), by);
}

describe('households', () => {
  it('imports a good sheet: new households created, a registered one updated, one audit entry each', async () => {
    const before = await rowCounts(db);
    const result = await importHouseholdFile(HOUSEHOLDS);
    expect(result).toMatchObject({ ok: true, created: 2, updated: 1, unchanged: 0 });
    expect(countChanges(before, await rowCounts(db))).toEqual({ Household: 2, AuditLog: 3 });
    expect(await db.household.findUniqueOrThrow({ where: { code: 'TKS-101' } })).toMatchObject({
      headName: '马建国', nicknames: ['老马', '马家'], village: '阿克齐村', membersCount: 5, status: 'ACTIVE',
    });
    const wang = await db.household.findUniqueOrThrow({ where: { code: 'TKS-001' } });
    expect(wang.membersCount).toBe(6);

    const audits = await db.auditLog.findMany({ where: { action: 'household.import' }, orderBy: { entityId: 'asc' } });
    expect(audits).toHaveLength(3);
    expect(audits.every((audit) => audit.actor === 'console:li' && audit.entity === 'Household')).toBe(true);
    const update = audits.find((audit) => audit.entityId === wang.id);
    expect(update?.before).toMatchObject({ code: 'TKS-001', membersCount: 4 });
    expect(update?.after).toMatchObject({ code: 'TKS-001', membersCount: 6 });
    const created = audits.find((audit) => audit.entityId !== wang.id);
    expect(created?.before).toBeNull();
  });

  it('imports the same sheet again without adding or changing anything', async () => {
    const before = await rowCounts(db);
    expect(await importHouseholdFile(HOUSEHOLDS)).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('updates by code from an edited sheet, without duplicates', async () => {
    const before = await rowCounts(db);
    const edited = HOUSEHOLDS.map((row) => (row[0] === 'TKS-102' ? ['TKS-102', '古丽', '萨尔托海村', '塔克什肯镇', 3, '古丽家', '已脱贫'] : row));
    expect(await importHouseholdFile(edited, 'console:zhou')).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 2 });
    expect(countChanges(before, await rowCounts(db))).toEqual({ AuditLog: 1 });
    expect(await db.household.findUniqueOrThrow({ where: { code: 'TKS-102' } })).toMatchObject({ membersCount: 3, nicknames: ['古丽家'], status: 'CLOSED' });
    expect(await db.auditLog.count({ where: { action: 'household.import', actor: 'console:zhou' } })).toBe(1);
  });

  it('refuses a sheet with one bad row among good ones, reporting that row and writing nothing', async () => {
    const before = await rowCounts(db);
    const result = await importHouseholdFile([...HOUSEHOLDS, ['TKS-103', '新户', '', '', 40, '', ''], ['TKS-104', '另一新户', '', '', 2, '', '']]);
    expect(result).toEqual({
      ok: false,
      problems: [{ rowNumber: 5, column: '人口', message: { zh: '「人口」应为1到30之间的整数（现为「40」）', en: '"members" must be a whole number from 1 to 30 (found "40")' } }],
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('writes nothing when the database refuses a row midway', async () => {
    const before = await rowCounts(db);
    const fields = { headName: '甲', village: '', township: '', membersCount: 1, nicknames: [], status: 'active' as const };
    // New households are written first; the out-of-range update after them makes PostgreSQL refuse.
    const writes = [
      { code: 'TKS-105', create: fields, update: fields },
      { code: 'TKS-001', create: fields, update: { membersCount: 2 ** 31 } },
    ];
    await expect(createHouseholdImportStore(db).saveHouseholds(writes, 'console:li')).rejects.toThrow();
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.household.findUnique({ where: { code: 'TKS-105' } })).toBeNull();
  });
});

describe('pairings', () => {
  const PAIRINGS = [
    ['帮扶干部', '户编号', '开始日期', '结束日期', '到户天数目标', '资金目标'],
    ['赵明', 'TKS-101', day('2026-01-01'), day('2028-12-31'), 20, 3000],
    ['demo-helper2', 'TKS-102', '2026-03-01', '', '', ''],
  ];

  it('imports a good sheet with helpers by name or id and households by code', async () => {
    const before = await rowCounts(db);
    const result = await importPairingFile(PAIRINGS);
    expect(result).toMatchObject({ ok: true, created: 2, updated: 0, unchanged: 0 });
    expect(countChanges(before, await rowCounts(db))).toEqual({ Pairing: 2, AuditLog: 2 });
    const ma = await db.pairing.findFirstOrThrow({ where: { household: { code: 'TKS-101' } } });
    expect(ma).toMatchObject({ helperId: 'demo-helper', periodStart: day('2026-01-01'), periodEnd: day('2028-12-31'), visitDaysTarget: 20, fundsYuanTarget: 3000 });
    const guli = await db.pairing.findFirstOrThrow({ where: { household: { code: 'TKS-102' } } });
    expect(guli).toMatchObject({ helperId: 'demo-helper2', periodStart: day('2026-03-01'), periodEnd: null, visitDaysTarget: 15, fundsYuanTarget: 2000 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'pairing.import', entityId: guli.id } });
    expect(audit).toMatchObject({ actor: 'console:li', entity: 'Pairing', before: null, after: { helperId: 'demo-helper2', periodStart: '2026-03-01', periodEnd: null } });
  });

  it('imports it again without duplicates, and updates a pairing by helper, household and start', async () => {
    const before = await rowCounts(db);
    expect(await importPairingFile(PAIRINGS)).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 2 });
    expect(await rowCounts(db)).toEqual(before);
    const edited = PAIRINGS.map((row) => (row[1] === 'TKS-102' ? ['陈芳', 'TKS-102', '2026-03-01', '2026-12-31', 10, ''] : row));
    expect(await importPairingFile(edited)).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 1 });
    expect(countChanges(before, await rowCounts(db))).toEqual({ AuditLog: 1 });
    expect(await db.pairing.findFirstOrThrow({ where: { household: { code: 'TKS-102' } } })).toMatchObject({ periodEnd: day('2026-12-31'), visitDaysTarget: 10 });
  });

  it('refuses a sheet with one bad row among good ones, reporting that row and writing nothing', async () => {
    const before = await rowCounts(db);
    const result = await importPairingFile([...PAIRINGS, ['陈芳', 'TKS-003', '2026-01-01', '', '', ''], ['孙强', 'TKS-999', '2026-01-01', '', '', '']]);
    expect(result).toEqual({
      ok: false,
      problems: [{ rowNumber: 5, column: '户编号', message: { zh: '找不到户编号「TKS-999」，请先导入该户', en: 'no household "TKS-999": import the household first' } }],
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('writes nothing when the database refuses a row midway', async () => {
    const before = await rowCounts(db);
    const [sun, ma] = await Promise.all([
      db.household.findUniqueOrThrow({ where: { code: 'TKS-003' } }),
      db.household.findUniqueOrThrow({ where: { code: 'TKS-101' } }),
    ]);
    const fields = { periodEnd: null, visitDaysTarget: 15, fundsYuanTarget: 2000 };
    // The new pairing is written first; the out-of-range update after it makes PostgreSQL refuse.
    const writes = [
      { helperId: 'demo-helper-unbound', householdId: sun.id, periodStart: '2026-01-01', create: fields, update: fields },
      { helperId: 'demo-helper', householdId: ma.id, periodStart: '2026-01-01', create: fields, update: { fundsYuanTarget: 2 ** 31 } },
    ];
    await expect(createPairingImportStore(db).savePairings(writes, 'console:li')).rejects.toThrow();
    expect(await rowCounts(db)).toEqual(before);
  });
});
