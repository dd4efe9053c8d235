// End to end through the mock WeChat: a reminder in the unit groups, units answer 收到 / 已提交
// (or quote it), the office asks 谁没回, and the follow-up of a silent unit stops when it answers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.js';
import { demoPerson, DEMO_UNITS, OFFICE_ROOM } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sayAndWait, textsSince } from '../policy-qa-e2e/conversation.js';
import { advanceTo, at, borderPlanText, importAs, roomOf } from './reminder-app.js';

const clock = new ManualClock(at('2026-01-20', '08:00'));
let app: TestApp;
const contactOf = (unitCode: string) => DEMO_UNITS.find((unit) => unit.code === unitCode)!.contact.contactId!;
const admin = demoPerson('admin').contactId!;
const responses = (unitCode: string) => app.db.unitResponse.findMany({ where: { unitCode } });

beforeAll(async () => {
  app = await startTestApp({ clock });
  await importAs(app, clock, borderPlanText(), 2026);
  await advanceTo(app, clock, at('2026-01-22', '09:00'));
  await eventually(() => {
    for (const unit of DEMO_UNITS) expect(app.world.sentTo(unit.roomId)).toHaveLength(1);
  });
});
afterAll(async () => {
  await app?.stop();
});

it('records 收到 in a unit group against that unit and the stage, without a reply', async () => {
  clock.set(at('2026-01-22', '09:10'));
  app.world.sayInRoom(contactOf('education'), roomOf('education'), '收到！');
  await eventually(async () => expect(await responses('education')).toHaveLength(1));
  const [response] = await responses('education');
  expect(response).toMatchObject({ subjectType: 'stage', subjectCode: 'mobilisation', periodIndex: 0, state: 'ACKNOWLEDGED', byContactId: contactOf('education') });
  await pause(300);
  expect(app.world.sentTo(roomOf('education'))).toHaveLength(1);
});

it('counts a reply quoting the reminder, and thanks a unit that says 已提交', async () => {
  const reminder = app.world.sentTo(roomOf('finance'))[0]!.text;
  app.world.sayInRoom(contactOf('finance'), roomOf('finance'), `「帮扶助手：${reminder.slice(0, 60)}…」\n- - - - - - - - - - - - - - -\n好的，马上安排`);
  await eventually(async () => expect((await responses('finance'))[0]?.state).toBe('ACKNOWLEDGED'));

  const { text } = await sayAndWait(app, () => app.world.sayInRoom(contactOf('civil-affairs'), roomOf('civil-affairs'), '我们的实施方案已提交'), roomOf('civil-affairs'), '已记录');
  expect(text).toContain('民政局已提交「动员部署阶段」的材料');
  expect((await responses('civil-affairs'))[0]?.state).toBe('SUBMITTED');
});

it('ignores chatter, questions and 没收到 in a unit group', async () => {
  for (const text of ['今天开会吗', '收到了吗？', '还没收到文件']) app.world.sayInRoom(contactOf('transport'), roomOf('transport'), text);
  await pause(600);
  expect(await responses('transport')).toHaveLength(0);
});

it('tells the office who acknowledged, who submitted and who did neither', async () => {
  const { text } = await sayAndWait(app, () => app.world.sayInRoom(admin, OFFICE_ROOM.id, '谁没回'), OFFICE_ROOM.id, '回复情况');
  expect(text).toContain('动员部署阶段 回复情况（共17个单位）');
  expect(text).toContain('✅ 已提交 1：民政局');
  expect(text).toMatch(/👌 仅收到 2：(教育局、财政局|财政局、教育局)/);
  expect(text).toContain('⏳ 未回复 14：');
  expect(text).toContain('水利局');
});

it('follows a silent unit up in its group, then privately, then with the office, and stops once it answers', async () => {
  const water = roomOf('water-resources');
  const waterContact = contactOf('water-resources');
  const transportContact = contactOf('transport');

  await advanceTo(app, clock, at('2026-01-22', '13:00'));
  await eventually(() => expect(textsSince(app, water, 1)).toContain('再次提醒，尚未回复的单位请回复'));
  expect(app.world.sentTo(roomOf('education'))).toHaveLength(1);
  expect(app.world.sentTo(roomOf('civil-affairs'))).toHaveLength(2); // the reminder and the thank-you

  clock.set(at('2026-01-22', '14:00'));
  app.world.sayInRoom(waterContact, water, '收到');
  await eventually(async () => expect(await responses('water-resources')).toHaveLength(1));

  await advanceTo(app, clock, at('2026-01-23', '09:00'));
  await eventually(() => expect(textsSince(app, transportContact, 0)).toContain('这条提醒在群里还没有收到贵单位的回复'));
  expect(app.world.sentTo(waterContact)).toHaveLength(0);
  expect(app.world.sentTo(contactOf('education'))).toHaveLength(0);

  // 48 hours fall on Saturday: the office hears on Monday morning.
  const officeFrom = app.world.sentTo(OFFICE_ROOM.id).length;
  await advanceTo(app, clock, at('2026-01-24', '09:00'));
  await pause(300);
  expect(textsSince(app, OFFICE_ROOM.id, officeFrom)).not.toContain('催办');
  await advanceTo(app, clock, at('2026-01-26', '09:00'));
  const note = await eventually(() => {
    const text = textsSince(app, OFFICE_ROOM.id, officeFrom);
    expect(text).toContain('【边境扶贫专项行动·催办】');
    return text;
  });
  expect(note).toContain('交通局');
  for (const answered of ['水利局', '教育局', '民政局', '财政局']) expect(note).not.toContain(answered);
  expect(note.match(/催办/g)).toHaveLength(1);

  const steps = await app.db.escalationStep.groupBy({ by: ['status'], where: { unitCode: 'water-resources', subjectCode: 'mobilisation' }, _count: true });
  expect(Object.fromEntries(steps.map((step) => [step.status, step._count]))).toEqual({ SENT: 1, CANCELLED: 2 });
});
