// An open question answered in the console reaches the parent through WeChat, once; with the
// WeChat login down the console says so, saves nothing, and the office hears when it is back.
import { expect, it } from 'vitest';
import { demoPerson, OFFICE_ROOM } from '../../src/store/seed/demo-county.js';
import { useConsole } from '../support/browser.js';
import { eventually, pause } from '../support/eventually.js';
import { sayAndWait, textsSince } from '../policy-qa-e2e/conversation.js';

const ui = useConsole({ login: 'admin' });

const parent = demoPerson('parent').contactId!;
const openQuestion = async (text: string) => {
  const asked = await sayAndWait(ui.app, () => ui.app.world.sayPrivately(parent, text), parent, '转给工作人员');
  return eventually(() => ui.app.db.openQuestion.findUniqueOrThrow({ where: { sourceMessageId: asked.messageId } }));
};

it('relays an answer typed in the page to the parent privately, and only once', async () => {
  const question = await openQuestion('学校的校车几点发车？');
  await ui.page.goto('/');
  await expect(ui.page.locator('[data-testid=open-questions]').textContent()).resolves.toContain('学校的校车几点发车');
  await ui.page.goto('/questions');
  const section = ui.page.locator(`[data-question="${question.id}"]`);
  await section.locator('textarea[name=answer]').fill('校车每天早上7点从镇中心小学门口发车。');
  const form = {
    _csrf: (await section.locator('input[name=_csrf]').inputValue()),
    submissionId: (await section.locator('input[name=submissionId]').inputValue()),
    answer: '校车每天早上7点从镇中心小学门口发车。',
  };
  const from = ui.app.world.sentTo(parent).length;
  await section.locator('button[type=submit]').click();
  await expect(ui.page.locator('[role=status]').textContent()).resolves.toContain(`已把 Q${question.id} 的答复私信转告 王大山`);
  await eventually(() => expect(textsSince(ui.app, parent, from)).toContain('工作人员答复：校车每天早上7点从镇中心小学门口发车。'));
  const row = await ui.app.db.openQuestion.findUniqueOrThrow({ where: { id: question.id } });
  expect(row).toMatchObject({ status: 'ANSWERED', answeredByPersonId: 'demo-admin' });
  expect(await ui.app.db.auditLog.count({ where: { action: 'open_question.answer', entityId: String(question.id) } })).toBe(1);

  // The browser sends the same form again (a double click, a re-sent page): the same answer, sent
  // once; a different answer later is refused.
  const again = await ui.page.request.post(`/questions/${question.id}/answer`, { form });
  expect(await again.text()).toContain(`已把 Q${question.id} 的答复私信转告`);
  const changed = await ui.page.request.post(`/questions/${question.id}/answer`, { form: { ...form, submissionId: 'another', answer: '改成8点' } });
  expect(await changed.text()).toContain('已经答复过了');
  await pause(500);
  expect(textsSince(ui.app, parent, from).match(/工作人员答复/g)).toHaveLength(1);
});

it('rejects a form without its CSRF token', async () => {
  const question = await openQuestion('冬季校服什么时候发？');
  const response = await ui.page.request.post(`/questions/${question.id}/answer`, { form: { answer: '下周', submissionId: 'x' } });
  expect(response.status()).toBe(403);
  expect((await ui.app.db.openQuestion.findUniqueOrThrow({ where: { id: question.id } })).status).toBe('OPEN');
});

it('shows a banner while WeChat is logged out, refuses to answer, and tells the office when it is back', async () => {
  const question = await openQuestion('期末考试是哪天？');
  const officeFrom = ui.app.world.sentTo(OFFICE_ROOM.id).length;
  await ui.app.bot!.logout();
  await eventually(async () => expect((await ui.app.db.weChatLoginState.findFirstOrThrow()).state).toBe('logged_out'));
  await ui.page.goto('/questions');
  await expect(ui.page.locator('[data-testid=wechat-banner]').textContent()).resolves.toContain('微信登录已断开');
  const ready = await ui.page.request.get('/readyz');
  expect(ready.status()).toBe(503);
  expect((await ready.json()).checks.wechat.ok).toBe(false);
  await expect(ui.page.request.get('/metrics').then((response) => response.text())).resolves.toMatch(/bangfu_wechat_logged_in\{bot="[^"]+"\} 0/);

  const section = ui.page.locator(`[data-question="${question.id}"]`);
  await section.locator('textarea[name=answer]').fill('1月20日');
  await section.locator('button[type=submit]').click();
  await expect(ui.page.locator('[role=alert]').last().textContent()).resolves.toContain('微信未登录');
  expect((await ui.app.db.openQuestion.findUniqueOrThrow({ where: { id: question.id } })).status).toBe('OPEN');

  ui.app.world.mocker.login(ui.app.world.botUser);
  await eventually(() => expect(textsSince(ui.app, OFFICE_ROOM.id, officeFrom)).toContain('微信已重新登录'));
  await ui.page.goto('/questions');
  await expect(ui.page.locator('[data-testid=wechat-banner]').count()).resolves.toBe(0);
  expect((await ui.page.request.get('/readyz')).status()).toBe(200);
});
