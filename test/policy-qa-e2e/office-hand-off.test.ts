// What Bangfu cannot answer goes to a person: recorded once, posted to the office room, answered
// by an admin, relayed privately to the asker, and promoted into the policy table.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson, OFFICE_ROOM, STRANGER_CONTACT } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sayAndWait, textsSince } from './conversation.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const parent = demoPerson('parent').contactId!;
const admin = demoPerson('admin').contactId!;
const BUS_QUESTION = '学校的校车几点发车？';
const BUS_ANSWER = '校车每天早上7点从镇中心小学门口发车。';

const adminInOffice = (text: string, expected: string, mentionBot = true) =>
  sayAndWait(app, () => app.world.sayInRoom(admin, OFFICE_ROOM.id, text, { mentionBot }), OFFICE_ROOM.id, expected);
const askPrivately = (contactId: string, text: string, expected: string | RegExp) =>
  sayAndWait(app, () => app.world.sayPrivately(contactId, text), contactId, expected);

async function openQuestionFor(messageId: string) {
  return eventually(() => app.db.openQuestion.findUniqueOrThrow({ where: { sourceMessageId: messageId } }));
}

let busNumber = 0;
let holidayNumber = 0;

it('hands an unanswerable question to the office room and tells the parent plainly', async () => {
  const officeFrom = app.world.sentTo(OFFICE_ROOM.id).length;
  const asked = await askPrivately(parent, BUS_QUESTION, '转给工作人员');
  const row = await openQuestionFor(asked.messageId);
  busNumber = row.id;
  expect(asked.text).toContain(`Q${busNumber}`);
  expect(asked.text).not.toMatch(/\d+点/); // no invented answer
  expect(row).toMatchObject({ status: 'OPEN', askerContactId: parent, askerPersonId: 'demo-parent', language: 'zh', text: BUS_QUESTION });
  const notice = await eventually(() => {
    const text = textsSince(app, OFFICE_ROOM.id, officeFrom);
    expect(text).toContain(`待答问题 Q${busNumber}：${BUS_QUESTION}`);
    return text;
  });
  expect(notice).toContain(`回复「答复 Q${busNumber} 内容」即可转告家长`);
});

it('stores and posts the question masked', async () => {
  const asked = await askPrivately(STRANGER_CONTACT.id, '我的电话13812345678，寒假什么时候放？', '转给工作人员');
  const row = await openQuestionFor(asked.messageId);
  holidayNumber = row.id;
  expect(row.text).toContain('138****5678');
  expect(row.askerPersonId).toBeNull();
  await eventually(() => expect(textsSince(app, OFFICE_ROOM.id, 0)).toContain(`待答问题 Q${holidayNumber}：我的电话138****5678`));
  expect(textsSince(app, OFFICE_ROOM.id, 0)).not.toContain('13812345678');
});

it('refuses the office commands to a parent and changes nothing', async () => {
  const refusal = await askPrivately(parent, `答复 Q${busNumber} 我自己来答`, '只有行动组办公室的管理员可以使用');
  expect(refusal.text).not.toContain('已把');
  await askPrivately(parent, '待答', '只有行动组办公室的管理员可以使用');
  await askPrivately(parent, `转为政策 Q${busNumber}`, '只有行动组办公室的管理员可以使用');
  expect((await app.db.openQuestion.findUniqueOrThrow({ where: { id: busNumber } })).status).toBe('OPEN');
});

it('relays the admin answer privately to the parent, once', async () => {
  const parentFrom = app.world.sentTo(parent).length;
  const confirmation = await adminInOffice(`答复 Q${busNumber} ${BUS_ANSWER}`, `已把 Q${busNumber} 的答复私信转告`);
  expect(confirmation.text).toContain('王大山');
  const relayed = await eventually(() => {
    const text = textsSince(app, parent, parentFrom);
    expect(text).toContain(`工作人员答复：${BUS_ANSWER}`);
    return text;
  });
  expect(relayed).toContain(`Q${busNumber}`);
  const row = await app.db.openQuestion.findUniqueOrThrow({ where: { id: busNumber } });
  expect(row).toMatchObject({ status: 'ANSWERED', answer: BUS_ANSWER, answeredByPersonId: 'demo-admin' });
  expect(row.answeredAt).not.toBeNull();
  expect(await app.db.auditLog.count({ where: { action: 'open_question.answer', entityId: String(busNumber) } })).toBe(1);

  const again = await adminInOffice(`答复 Q${busNumber} 改成8点发车`, '已经答复过了');
  expect(again.text).toContain(BUS_ANSWER);
  await pause(500);
  expect(textsSince(app, parent, parentFrom)).not.toContain('8点');
  expect((await app.db.openQuestion.findUniqueOrThrow({ where: { id: busNumber } })).answer).toBe(BUS_ANSWER);
});

it('gives clear replies for an unknown number or an empty answer', async () => {
  await adminInOffice('答复 Q99999 随便', '没有找到问题 Q99999');
  await adminInOffice(`答复 Q${holidayNumber}`, '请在编号后写上答复内容');
  expect((await app.db.openQuestion.findUniqueOrThrow({ where: { id: holidayNumber } })).status).toBe('OPEN');
});

it('lists only the open questions on 待答', async () => {
  const { text } = await adminInOffice('待答', '待答问题（');
  expect(text).toContain(`Q${holidayNumber} `);
  expect(text).not.toContain(`Q${busNumber} `);
});

it('takes an admin quoting the hand-off notice, without a mention, as the answer', async () => {
  const quote = `「帮扶助手：待答问题 Q${holidayNumber}：我的电话138****5678，寒假什么时候放？」\n- - - - - - - - - - - - - - -\n寒假一般从1月中旬开始，具体以学校通知为准。`;
  const strangerFrom = app.world.sentTo(STRANGER_CONTACT.id).length;
  await adminInOffice(quote, `已把 Q${holidayNumber} 的答复私信转告`, false);
  await eventually(() => expect(textsSince(app, STRANGER_CONTACT.id, strangerFrom)).toContain('寒假一般从1月中旬开始'));
  expect((await app.db.openQuestion.findUniqueOrThrow({ where: { id: holidayNumber } })).status).toBe('ANSWERED');
  await adminInOffice('待答', '目前没有待答的问题');
});

it('promotes an answer to a policy fact, so the next asker gets it from the knowledge base', async () => {
  const promoted = await askPrivately(admin, `转为政策 Q${busNumber}`, `已把 Q${busNumber} 的答复转为政策`);
  expect(promoted.text).toContain('办公室答复');
  const fact = await app.db.policyFact.findFirstOrThrow({ where: { code: `office-answer-q${busNumber}` } });
  expect(fact).toMatchObject({ kind: 'office_answer', origin: 'office', sourceDocument: '办公室答复', sourceSection: `Q${busNumber}`, scopeLevel: 'county' });
  await askPrivately(admin, `转为政策 Q${busNumber}`, '已经转为政策了');
  expect(await app.db.policyFact.count({ where: { origin: 'office' } })).toBe(1);

  const openBefore = await app.db.openQuestion.count();
  const asker = demoPerson('parent2').contactId!;
  const { text } = await askPrivately(asker, BUS_QUESTION, BUS_ANSWER);
  expect(text).toContain(`来源：《办公室答复》Q${busNumber}`);
  expect(text).not.toContain('转给工作人员');
  expect(await app.db.openQuestion.count()).toBe(openBefore);
});

it('records a message WeChat delivers twice as one open question, posted once', async () => {
  const helper = demoPerson('helper2').contactId!;
  const officeFrom = app.world.sentTo(OFFICE_ROOM.id).length;
  const messageId = app.world.sayPrivately(helper, '村里的路灯什么时候修？');
  app.world.redeliver(messageId); // while the first delivery may still be in flight
  await eventually(() => expect(textsSince(app, helper, 0)).toContain('转给工作人员'));
  app.world.redeliver(messageId); // and after it was handled
  const row = await openQuestionFor(messageId);
  await pause(800);
  expect(await app.db.openQuestion.count({ where: { sourceMessageId: messageId } })).toBe(1);
  const notices = app.world.sentTo(OFFICE_ROOM.id).slice(officeFrom).filter((message) => message.text.includes(`待答问题 Q${row.id}：`));
  expect(notices).toHaveLength(1);
  expect(app.world.sentTo(helper).filter((message) => message.text.includes(`Q${row.id}`))).toHaveLength(1);
});
