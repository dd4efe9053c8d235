// An open question answered in the console reaches the parent through WeChat, once; with the
// WeChat login down the console says so, saves nothing, and the office hears when it is back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson, OFFICE_ROOM } from '../../src/store/seed/demo-county.js';
import { launchBrowser, loggedInPage } from '../support/browser.js';
import { eventually, pause } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sayAndWait, textsSince } from '../policy-qa-e2e/conversation.js';

let app: TestApp;
let browser: Browser;
let page: Page;
const parent = demoPerson('parent').contactId!;
const openQuestion = async (text: string) => {
  const asked = await sayAndWait(app, () => app.world.sayPrivately(parent, text), parent, '转给工作人员');
  return eventually(() => app.db.openQuestion.findUniqueOrThrow({ where: { sourceMessageId: asked.messageId } }));
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

it('relays an answer typed in the page to the parent privately, and only once', async () => {
  const question = await openQuestion('学校的校车几点发车？');
  await page.goto('/');
  await expect(page.locator('[data-testid=open-questions]').textContent()).resolves.toContain('学校的校车几点发车');
  await page.goto('/questions');
  const section = page.locator(`[data-question="${question.id}"]`);
  await section.locator('textarea[name=answer]').fill('校车每天早上7点从镇中心小学门口发车。');
  const form = {
    _csrf: (await section.locator('input[name=_csrf]').inputValue()),
    submissionId: (await section.locator('input[name=submissionId]').inputValue()),
    answer: '校车每天早上7点从镇中心小学门口发车。',
  };
  const from = app.world.sentTo(parent).length;
  await section.locator('button[type=submit]').click();
  await expect(page.locator('[role=status]').textContent()).resolves.toContain(`已把 Q${question.id} 的答复私信转告 王大山`);
  await eventually(() => expect(textsSince(app, parent, from)).toContain('工作人员答复：校车每天早上7点从镇中心小学门口发车。'));
  const row = await app.db.openQuestion.findUniqueOrThrow({ where: { id: question.id } });
  expect(row).toMatchObject({ status: 'ANSWERED', answeredByPersonId: 'demo-admin' });
  expect(await app.db.auditLog.count({ where: { action: 'open_question.answer', entityId: String(question.id) } })).toBe(1);

  // The browser sends the same form again (a double click, a re-sent page): the same answer, sent
  // once; a different answer later is refused.
  const again = await page.request.post(`/questions/${question.id}/answer`, { form });
  expect(await again.text()).toContain(`已把 Q${question.id} 的答复私信转告`);
  const changed = await page.request.post(`/questions/${question.id}/answer`, { form: { ...form, submissionId: 'another', answer: '改成8点' } });
  expect(await changed.text()).toContain('已经答复过了');
  await pause(500);
  expect(textsSince(app, parent, from).match(/工作人员答复/g)).toHaveLength(1);
});

it('rejects a form without its CSRF token', async () => {
  const question = await openQuestion('冬季校服什么时候发？');
  const response = await page.request.post(`/questions/${question.id}/answer`, { form: { answer: '下周', submissionId: 'x' } });
  expect(response.status()).toBe(403);
  expect((await app.db.openQuestion.findUniqueOrThrow({ where: { id: question.id } })).status).toBe('OPEN');
});

it('shows a banner while WeChat is logged out, refuses to answer, and tells the office when it is back', async () => {
  const question = await openQuestion('期末考试是哪天？');
  const officeFrom = app.world.sentTo(OFFICE_ROOM.id).length;
  await app.bot!.logout();
  await eventually(async () => expect((await app.db.weChatLoginState.findFirstOrThrow()).state).toBe('logged_out'));
  await page.goto('/questions');
  await expect(page.locator('[data-testid=wechat-banner]').textContent()).resolves.toContain('微信登录已断开');
  const ready = await page.request.get('/readyz');
  expect(ready.status()).toBe(503);
  expect((await ready.json()).checks.wechat.ok).toBe(false);
  await expect(page.request.get('/metrics').then((response) => response.text())).resolves.toMatch(/bangfu_wechat_logged_in\{bot="[^"]+"\} 0/);

  const section = page.locator(`[data-question="${question.id}"]`);
  await section.locator('textarea[name=answer]').fill('1月20日');
  await section.locator('button[type=submit]').click();
  await expect(page.locator('[role=alert]').last().textContent()).resolves.toContain('微信未登录');
  expect((await app.db.openQuestion.findUniqueOrThrow({ where: { id: question.id } })).status).toBe('OPEN');

  app.world.mocker.login(app.world.botUser);
  await eventually(() => expect(textsSince(app, OFFICE_ROOM.id, officeFrom)).toContain('微信已重新登录'));
  await page.goto('/questions');
  await expect(page.locator('[data-testid=wechat-banner]').count()).resolves.toBe(0);
  expect((await page.request.get('/readyz')).status()).toBe(200);
});
