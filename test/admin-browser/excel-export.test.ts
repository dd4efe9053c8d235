// The visit ledger downloaded from the dashboard in a real browser: its totals are the database's.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { beijingDate } from '../../src/shared/beijing-time.js';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { loggedInPage, useConsole } from '../support/browser.js';
import { ask } from '../check-ins-live/chat.js';

const zhao = demoPerson('helper').contactId!;
const chen = demoPerson('helper2').contactId!;
const ui = useConsole({
  // Visits reported the way helpers report them.
  beforeLogin: async (app) => {
    await ask(app, zhao, '今天去了王大山家，待了3小时，送了2袋化肥价值300元');
    await ask(app, zhao, '确认');
    await ask(app, chen, '今天去了张老四家，待了2小时，送了慰问金500元');
    await ask(app, chen, '确认');
  },
});

it('downloads the visit ledger as Excel with Chinese headers and totals that match the database', async () => {
  const page = await loggedInPage(ui.browser, ui.app.admin!.url, 'admin');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=pairing-progress] a[href="/exports/visits.xlsx"]')]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const summary = workbook.getWorksheet('汇总')!;
  const headers = (summary.getRow(1).values as unknown[]).slice(1).map(String);
  expect(headers).toEqual(expect.arrayContaining(['乡镇', '帮扶干部', '户主', '已到户天数', '已投入资金（元）']));
  const column = (name: string) => headers.indexOf(name) + 1;
  const fundsColumn = column('已投入资金（元）');
  const daysColumn = column('已到户天数');

  const year = Number(beijingDate(new Date()).slice(0, 4));
  const counted = await ui.app.db.visitRecord.findMany({
    where: { status: { in: ['CONFIRMED', 'CORRECTED'] }, visitDate: { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) } },
  });
  expect(counted).toHaveLength(2);
  const dbFunds = counted.reduce((sum, visit) => sum + Number(visit.fundsYuan ?? 0), 0);
  const totals = summary.getRow(summary.rowCount);
  expect(totals.getCell(fundsColumn).value).toBe(dbFunds);
  expect(totals.getCell(daysColumn).value).toBe(2);
  const households = await ui.app.db.pairing.count();
  expect(summary.rowCount).toBe(1 + households + 1);
  expect(typeof summary.getRow(2).getCell(column('户主')).value).toBe('string');
  expect(workbook.getWorksheet('走访明细')!.rowCount).toBeGreaterThanOrEqual(3);
});

it('downloads the questions and a plan’s unit replies too, and refuses them to a unit contact', async () => {
  const page = await loggedInPage(ui.browser, ui.app.admin!.url, 'admin');
  const questions = await page.request.get('/exports/questions.xlsx');
  expect(questions.status()).toBe(200);
  expect(questions.headers()['content-type']).toContain('spreadsheetml');
  expect(questions.headers()['content-disposition']).toMatch(/filename\*=UTF-8''/);
  const unit = await loggedInPage(ui.browser, ui.app.admin!.url, 'education');
  expect((await unit.request.get('/exports/questions.xlsx')).status()).toBe(403);
  expect((await page.request.get('/exports/plans/no-such-plan/responses.xlsx')).status()).toBe(404);
});
