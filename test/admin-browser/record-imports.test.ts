// Spreadsheet imports from the console in a real browser: one bad row means that row is reported
// and nothing is imported; a good file imports; edits are saved and audited.
import { expect, it } from 'vitest';
import { fileFor, useConsole } from '../support/browser.js';
import { rowCounts } from '../support/row-counts.js';
import { csvFile, xlsxFile } from '../records-db/sheet-files.js';

const ui = useConsole({ login: 'admin' });

const upload = async (path: string, name: string, data: Buffer) => {
  const file = await fileFor(ui.app, name, data);
  await ui.page.goto(path);
  await ui.page.click('details summary');
  await ui.page.setInputFiles('[data-testid=import-form] input[type=file]', file);
  await ui.page.click('[data-testid=import-form] button[type=submit]');
};
const withoutSessions = (counts: Record<string, number>) => ({ ...counts, ConsoleSession: 0 });

it('reports the bad row of a households spreadsheet and imports nothing', async () => {
  const before = await rowCounts(ui.app.db);
  await upload('/households', 'households-bad.xlsx', await xlsxFile([
    ['户编号', '户主', '村', '乡镇', '人口'],
    ['TKS-101', '阿力木', '阿克齐村', '塔克什肯镇', 4],
    ['TKS-102', '', '阿克齐村', '塔克什肯镇', 3],
    ['TKS-103', '古丽', '萨尔托海村', '塔克什肯镇', 40],
  ]));
  const problems = ui.page.locator('[data-testid=import-problems] tbody tr');
  await expect(problems.count()).resolves.toBe(2);
  await expect(ui.page.locator('[data-testid=import-problems] tr[data-row="3"]').textContent()).resolves.toContain('户主');
  await expect(ui.page.locator('[data-testid=import-problems] tr[data-row="4"]').textContent()).resolves.toContain('人口');
  await expect(ui.page.locator('[data-testid=import-problems]').textContent()).resolves.toContain('一行都没有导入');
  expect(withoutSessions(await rowCounts(ui.app.db))).toEqual(withoutSessions(before));
});

it('imports a good households file, then a pairings CSV, and shows them', async () => {
  await upload('/households', 'households.xlsx', await xlsxFile([
    ['户编号', '户主', '村', '乡镇', '人口', '别名'],
    ['TKS-101', '阿力木', '阿克齐村', '塔克什肯镇', 4, '阿力'],
    ['TKS-102', '古丽', '萨尔托海村', '塔克什肯镇', 3, ''],
  ]));
  await expect(ui.page.locator('[data-testid=import-done]').textContent()).resolves.toContain('新增 2');
  await expect(ui.page.locator('[data-testid=households] tr[data-household="TKS-101"]').textContent()).resolves.toContain('阿力木');

  await upload('/pairings', 'pairings.csv', csvFile([
    ['帮扶干部', '户编号', '开始日期', '到户天数目标', '资金目标'],
    ['赵明', 'TKS-101', '2026-01-01', '20', '3000'],
  ]));
  await expect(ui.page.locator('[data-testid=import-done]').textContent()).resolves.toContain('新增 1');
  const pairing = await ui.app.db.pairing.findFirstOrThrow({ where: { household: { code: 'TKS-101' } } });
  expect(pairing).toMatchObject({ helperId: 'demo-helper', visitDaysTarget: 20, fundsYuanTarget: 3000 });
  expect(await ui.app.db.auditLog.count({ where: { action: 'household.import' } })).toBe(2);
});

it('refuses a file that is not a spreadsheet, saying what it expects', async () => {
  await upload('/people', 'people.txt', Buffer.from('not a spreadsheet'));
  await expect(ui.page.locator('[data-testid=import-problems]').textContent()).resolves.toMatch(/xlsx|CSV/i);
});

it('edits a household and a person, and issues an invite code, each audited', async () => {
  await ui.page.goto('/households/TKS-101');
  await ui.page.fill('input[name=membersCount]', '5');
  await ui.page.click('form.card button[type=submit]');
  await expect(ui.page.locator('[role=status]').textContent()).resolves.toContain('已保存');
  expect((await ui.app.db.household.findUniqueOrThrow({ where: { code: 'TKS-101' } })).membersCount).toBe(5);

  await ui.page.goto('/people/demo-helper2');
  await ui.page.fill('input[name=phone]', '12345');
  await ui.page.click('form.card button[type=submit]');
  await expect(ui.page.locator('[role=alert]').last().textContent()).resolves.toContain('11位手机号');
  await ui.page.fill('input[name=phone]', '13912345678');
  await ui.page.click('form.card button[type=submit]');
  await expect(ui.page.locator('[role=status]').textContent()).resolves.toContain('已保存');
  await ui.page.click('text=生成邀请码');
  const notice = await ui.page.locator('[role=status]').textContent();
  expect(notice).toMatch(/新的邀请码：HX-[A-Z0-9]{6}/);
  const audits = await ui.app.db.auditLog.findMany({ where: { action: { in: ['household.update', 'person.update', 'invite_code.issue'] } } });
  expect(audits.map((entry) => entry.action).sort()).toEqual(['household.update', 'invite_code.issue', 'person.update']);
  expect(JSON.stringify(audits.find((entry) => entry.action === 'person.update')?.after)).toContain('139****5678');
});
