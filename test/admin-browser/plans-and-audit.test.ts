// Plans in the console: a broken file is refused with where and why and imports nothing; a good
// one shows its reminder calendar; pausing a unit works from the page; all of it is in the audit log.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, loggedInPage } from '../support/browser.js';
import { rowCounts } from '../support/row-counts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { borderPlanText } from '../reminders-live/reminder-app.js';

let app: TestApp;
let browser: Browser;
let page: Page;
const year = new Date().getFullYear() + 1;
const planFile = async (name: string, text: string) => {
  const path = join(tmpdir(), `${app.env.prefix}-${name}`);
  await writeFile(path, text);
  return path;
};
const importThroughPage = async (path: string) => {
  await page.goto('/plans');
  await page.setInputFiles('input[name=file]', path);
  await page.fill('input[name=year]', String(year));
  await page.click('form[enctype="multipart/form-data"] button[type=submit]');
};

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  page = await loggedInPage(browser, app.admin!.url, 'admin');
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('refuses a broken plan file with the line and the problem, importing nothing', async () => {
  const before = await rowCounts(app.db);
  await importThroughPage(await planFile('broken.yaml', borderPlanText().replace('end: "01-30"', 'end: "01-20"')));
  const issues = await page.locator('[data-testid=plan-issues]').textContent();
  expect(issues).toContain('stages[0]');
  expect(issues).toMatch(/第\d+行/);
  const after = await rowCounts(app.db);
  expect({ ...after, ConsoleSession: 0 }).toEqual({ ...before, ConsoleSession: 0 });
});

it('imports the border plan, shows its reminder calendar, and pauses a unit from the page', async () => {
  await importThroughPage(await planFile('border.yaml', borderPlanText()));
  await expect(page.locator('[role=status]').textContent()).resolves.toContain(`已导入「边境扶贫专项行动」${year}年`);
  await page.click('a:has-text("边境扶贫专项行动")');
  const rows = page.locator('[data-testid=reminder-calendar] tbody tr');
  expect(await rows.count()).toBe(await app.db.reminder.count());
  await expect(rows.first().textContent()).resolves.toContain('动员部署阶段');

  await page.locator('tr[data-unit="education"] button').click();
  await expect(page.locator('tr[data-unit="education"]').textContent()).resolves.toContain('已暂停');
  expect((await app.db.unit.findUniqueOrThrow({ where: { code: 'education' } })).remindersPausedAt).not.toBeNull();
  await page.locator('tr[data-unit="education"] button').click();
  expect((await app.db.unit.findUniqueOrThrow({ where: { code: 'education' } })).remindersPausedAt).toBeNull();
});

it('lists every change in the audit log, with who and before/after', async () => {
  await page.goto('/audit?entity=Unit');
  const text = await page.locator('[data-testid=audit-log]').textContent();
  expect(text).toContain('unit.reminders.pause');
  expect(text).toContain('unit.reminders.resume');
  expect(text).toContain('console:admin');
  await page.goto('/audit?action=plan.');
  await expect(page.locator('[data-testid=audit-log]').textContent()).resolves.toContain('plan.import');
});

it('issues and revokes a unit’s bind code', async () => {
  await page.goto('/units/finance');
  const before = await page.locator('[data-testid=bind-codes] li').count();
  await page.click('text=生成新绑定码');
  await expect(page.locator('[data-testid=bind-codes] li').count()).resolves.toBe(before + 1);
  await page.locator('[data-testid=bind-codes] li').last().locator('button').click();
  await expect(page.locator('[data-testid=bind-codes] li').count()).resolves.toBe(before);
  expect(await app.db.auditLog.count({ where: { action: { startsWith: 'unit.bind_code' } } })).toBe(2);
});
