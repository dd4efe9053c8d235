// The console in a real browser: login, what the office and a unit contact each see, and that
// nothing is served to someone logged out.
import { expect, it } from 'vitest';
import { importPlan } from '../../src/reminders/import-plan.js';
import { loggedInPage, useConsole } from '../support/browser.js';
import { borderPlanText } from '../reminders-live/reminder-app.js';

const ui = useConsole({
  beforeLogin: async (app) => {
    await importPlan(app.reminders.deps, { text: borderPlanText(), year: new Date().getFullYear() + 1, by: 'test', now: new Date() });
  },
});
const base = () => ui.app.admin!.url;

it('refuses everything but the login page to someone logged out', async () => {
  const page = await (await ui.browser.newContext({ baseURL: base() })).newPage();
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/login');
  for (const path of ['/questions', '/people', '/queues', '/audit']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect([302, 401], path).toContain(response.status());
  }
  expect((await page.request.get('/exports/visits.xlsx', { maxRedirects: 0 })).status()).toBe(401);
  const posted = await page.request.post('/questions/1/answer', { form: { answer: 'x' }, maxRedirects: 0 });
  expect([302, 401, 403]).toContain(posted.status());
});

it('says so when the password is wrong, and logs in with the right one', async () => {
  const page = await (await ui.browser.newContext({ baseURL: base() })).newPage();
  await page.goto('/login');
  await page.fill('input[name=username]', 'admin');
  await page.fill('input[name=password]', 'wrong');
  await page.click('button[type=submit]');
  await expect(page.locator('[role=alert]').textContent()).resolves.toContain('用户名或密码不对');
  const admin = await loggedInPage(ui.browser, base(), 'admin');
  await expect(admin.locator('h1').textContent()).resolves.toBe('总览');
});

it('shows the office the demo county: every unit of the plan, every pairing, the open questions', async () => {
  const page = await loggedInPage(ui.browser, base(), 'admin');
  await expect(page.locator('[data-testid=plan-progress] tbody tr').count()).resolves.toBe(17);
  const households = await page.locator('[data-testid=pairing-progress] tbody tr').allTextContents();
  expect(households.join('\n')).toMatch(/王大山[\s\S]*赵明/);
  expect(households).toHaveLength(await ui.app.db.pairing.count());
  await expect(page.locator('[data-testid=open-count]').textContent()).resolves.toBe(String(await ui.app.db.openQuestion.count({ where: { status: 'OPEN' } })));
  await page.goto('/?lang=en');
  await expect(page.locator('h1').textContent()).resolves.toBe('Dashboard');
  await page.goto('/');
  await expect(page.locator('h1').textContent()).resolves.toBe('Dashboard');
  await page.goto('/?lang=zh');
});

it('shows a unit contact their own unit only, and refuses the office pages', async () => {
  const page = await loggedInPage(ui.browser, base(), 'education');
  const rows = page.locator('[data-testid=plan-progress] tbody tr');
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.first().getAttribute('data-unit')).resolves.toBe('education');
  await expect(page.locator('[data-testid=pairing-progress]').count()).resolves.toBe(0);
  await expect(page.content()).resolves.not.toContain('财政局');
  for (const path of ['/questions', '/people', '/households', '/audit', '/units/finance', '/queues']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
  expect((await page.request.get('/exports/visits.xlsx')).status()).toBe(403);
});

// Last in this file: it uses up this address's login attempts.
it('slows down password guessing: too many attempts in a minute are refused', async () => {
  const page = await (await ui.browser.newContext({ baseURL: base() })).newPage();
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 12; attempt += 1) {
    await page.goto('/login');
    const csrf = await page.locator('input[name=_csrf]').inputValue();
    statuses.push((await page.request.post('/login', { form: { _csrf: csrf, username: 'admin', password: `guess-${attempt}` } })).status());
  }
  expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
});
