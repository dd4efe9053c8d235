// The visit ledger export read through its Prisma source from a seeded demo county.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildVisitLedgerReport } from '../../src/check-ins/reports/build-visit-ledger-report.js';
import { beijingDate } from '../../src/shared/beijing-time.js';
import type { Report } from '../../src/shared/report-table.js';
import { createPrismaClient, type Db } from '../../src/store/prisma.js';
import { createVisitLedgerReportSource } from '../../src/store/reports/visit-ledger-report-source.js';
import { createTestEnv, type TestEnv } from '../support/test-app.js';

let env: TestEnv;
let db: Db;
// The demo pairings start on January 1 of last year, so last year is always in their period.
const now = new Date();
const year = Number(beijingDate(now).slice(0, 4)) - 1;
const COUNTED = { in: ['CONFIRMED' as const, 'CORRECTED' as const] };
const inYear = { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) };

type Status = 'DRAFT' | 'CONFIRMED' | 'CORRECTED' | 'WITHDRAWN';
let visitNumber = 0;
async function addVisit(pairingId: string | null, helperId: string, visitDate: string | null, durationMinutes: number, fundsYuan: number, status: Status): Promise<void> {
  visitNumber += 1;
  await db.visitRecord.create({
    data: {
      pairingId,
      helperId,
      visitDate: visitDate ? new Date(`${visitDate}T00:00:00Z`) : null,
      durationMinutes,
      fundsYuan,
      activities: ['走访慰问'],
      status,
      draftKey: `report-test-${visitNumber}`,
      confirmedAt: status === 'DRAFT' ? null : new Date(`${visitDate ?? `${year}-01-01`}T02:00:00Z`),
    },
  });
}

beforeAll(async () => {
  env = await createTestEnv();
  db = createPrismaClient(env.databaseUrl);
  const [wang, li, zhang] = ['demo-pairing-TKS-001', 'demo-pairing-TKS-002', 'demo-pairing-TKS-003'];
  await addVisit(wang, 'demo-helper', `${year}-03-05`, 120, 300.5, 'CONFIRMED');
  await addVisit(wang, 'demo-helper', `${year}-03-05`, 60, 200, 'CORRECTED');
  await addVisit(wang, 'demo-helper', `${year}-06-01`, 90, 0, 'CONFIRMED');
  await addVisit(wang, 'demo-helper', `${year}-04-01`, 60, 500, 'WITHDRAWN');
  await addVisit(wang, 'demo-helper', `${year}-04-02`, 30, 100, 'DRAFT');
  await addVisit(li, 'demo-helper', `${year}-05-09`, 45, 80, 'DRAFT');
  await addVisit(null, 'demo-helper', null, 45, 80, 'DRAFT');
  await addVisit(zhang, 'demo-helper2', `${year}-07-15`, 180, 1500.25, 'CORRECTED');
  await addVisit(zhang, 'demo-helper2', `${year}-12-31`, 30, 10, 'CONFIRMED');
  await addVisit(zhang, 'demo-helper2', `${year - 1}-12-31`, 600, 9000, 'CONFIRMED');
});

afterAll(async () => {
  await db?.$disconnect();
  await env?.cleanup();
});

const build = (): Promise<Report> => buildVisitLedgerReport(createVisitLedgerReportSource(db), { year, now });
const sheet = (report: Report, zh: string) => report.sheets.find((candidate) => candidate.name.zh === zh)!;

it('adds up to what the database holds for the year’s counted visits', async () => {
  const report = await build();
  const sums = await db.visitRecord.aggregate({ where: { status: COUNTED, visitDate: inYear }, _sum: { fundsYuan: true, durationMinutes: true }, _count: true });
  const days = await db.visitRecord.groupBy({ by: ['pairingId', 'visitDate'], where: { status: COUNTED, visitDate: inYear } });
  const summary = sheet(report, '汇总');
  expect(summary.totals).toMatchObject({
    funds: Number(sums._sum.fundsYuan),
    hours: sums._sum.durationMinutes! / 60,
    visitDays: days.length,
  });
  expect(sheet(report, '走访明细').rows).toHaveLength(sums._count);
  expect(sheet(report, '走访明细').totals).toMatchObject({ funds: Number(sums._sum.fundsYuan), hours: sums._sum.durationMinutes! / 60 });
  expect([Number(sums._sum.fundsYuan), sums._sum.durationMinutes, days.length]).toEqual([2010.75, 480, 4]);
});

it('has a row for each demo household with its township, village, helper and targets', async () => {
  const summary = sheet(await build(), '汇总');
  expect(summary.rows.map((row) => [row.township, row.village, row.helper, row.household, row.visitDaysTarget, row.fundsTarget])).toEqual([
    ['塔克什肯镇', '萨尔托海村', '陈芳', '张老四', 15, 2000],
    ['塔克什肯镇', '阿克齐村', '赵明', '王大山', 15, 2000],
    ['塔克什肯镇', '阿克齐村', '赵明', '李秀英', 15, 2000],
  ]);
  expect(summary.rows.map((row) => [row.visitDays, row.funds, row.hours, row.lastVisit])).toEqual([
    [2, 1510.25, 3.5, `${year}-12-31`],
    [2, 500.5, 4.5, `${year}-06-01`],
    [0, 0, 0, null],
  ]);
  // The year is over: nobody reached 15 days, so every household is behind.
  expect(summary.rows.map((row) => row.behind)).toEqual(['是', '是', '是']);
  expect(summary.totals).toMatchObject({ household: '3户', visitDaysTarget: 45, fundsTarget: 6000, behind: '3户落后' });
});

it('sums the township and the helpers', async () => {
  const report = await build();
  expect(sheet(report, '按乡镇').rows).toEqual([
    { township: '塔克什肯镇', households: 3, behindHouseholds: 3, visitDays: 4, visitDaysTarget: 45, funds: 2010.75, fundsTarget: 6000, hours: 8 },
  ]);
  expect(sheet(report, '按帮扶干部').rows.map((row) => [row.helper, row.households, row.behindHouseholds, row.funds])).toEqual([
    ['陈芳', 1, 1, 1510.25],
    ['赵明', 2, 2, 500.5],
  ]);
});
