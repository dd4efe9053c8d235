// Plans in the console: a broken file is refused with where and why and imports nothing; a good
// one shows its reminder calendar; pausing a unit works from the page; all of it is in the audit log.
import { expect, it } from 'vitest';
import { fileFor, useConsole } from '../support/browser.js';
import { rowCounts } from '../support/row-counts.js';
import { borderPlanText } from '../reminders-live/reminder-app.js';

const ui = useConsole({ login: 'admin' });

const year = new Date().getFullYear() + 1;
const importThroughPage = async (path: string) => {
  await ui.page.goto('/plans');
  await ui.page.setInputFiles('input[name=file]', path);
  await ui.page.fill('input[name=year]', String(year));
  await ui.page.click('form[enctype="multipart/form-data"] button[type=submit]');
};

it('refuses a broken plan file with the line and the problem, importing nothing', async () => {
  const before = await rowCounts(ui.app.db);
  await importThroughPage(await fileFor(ui.app, 'broken.yaml', borderPlanText().replace('end: "01-30"', 'end: "01-20"')));
  const issues = await ui.page.locator('[data-testid=plan-issues]').textContent();
  expect(issues).toContain('stages[0]');
  expect(issues).toMatch(/第\d+行/);
  const after = await rowCounts(ui.app.db);
  expect({ ...after, ConsoleSession: 0 }).toEqual({ ...before, ConsoleSession: 0 });
});

it('imports the border plan, shows its reminder calendar, and pauses a unit from the page', async () => {
  await importThroughPage(await fileFor(ui.app, 'border.yaml', borderPlanText()));
  await expect(ui.page.locator('[role=status]').textContent()).resolves.toContain(`已导入「边境扶贫专项行动」${year}年`);
  await ui.page.click('a:has-text("边境扶贫专项行动")');
  const rows = ui.page.locator('[data-testid=reminder-calendar] tbody tr');
  expect(await rows.count()).toBe(await ui.app.db.reminder.count());
  await expect(rows.first().textContent()).resolves.toContain('动员部署阶段');

  await ui.page.locator('tr[data-unit="education"] button').click();
  await expect(ui.page.locator('tr[data-unit="education"]').textContent()).resolves.toContain('已暂停');
  expect((await ui.app.db.unit.findUniqueOrThrow({ where: { code: 'education' } })).remindersPausedAt).not.toBeNull();
  await ui.page.locator('tr[data-unit="education"] button').click();
  expect((await ui.app.db.unit.findUniqueOrThrow({ where: { code: 'education' } })).remindersPausedAt).toBeNull();
});

it('lists every change in the audit log, with who and before/after', async () => {
  await ui.page.goto('/audit?entity=Unit');
  const text = await ui.page.locator('[data-testid=audit-log]').textContent();
  expect(text).toContain('unit.reminders.pause');
  expect(text).toContain('unit.reminders.resume');
  expect(text).toContain('console:admin');
  await ui.page.goto('/audit?action=plan.');
  await expect(ui.page.locator('[data-testid=audit-log]').textContent()).resolves.toContain('plan.import');
});

it('issues and revokes a unit’s bind code', async () => {
  await ui.page.goto('/units/finance');
  const before = await ui.page.locator('[data-testid=bind-codes] li').count();
  await ui.page.click('text=生成新绑定码');
  await expect(ui.page.locator('[data-testid=bind-codes] li').count()).resolves.toBe(before + 1);
  await ui.page.locator('[data-testid=bind-codes] li').last().locator('button').click();
  await expect(ui.page.locator('[data-testid=bind-codes] li').count()).resolves.toBe(before);
  expect(await ui.app.db.auditLog.count({ where: { action: { startsWith: 'unit.bind_code' } } })).toBe(2);
});
