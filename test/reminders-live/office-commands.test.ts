// The office runs the plan from chat: list, reschedule, pause and resume, bind groups. Anyone
// else is refused and changes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.js';
import { demoPerson, DEMO_UNITS, OFFICE_BIND_CODE, OFFICE_ROOM, STRANGER_CONTACT, UNBOUND_ROOM } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { rowCounts } from '../support/row-counts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sayAndWait } from '../policy-qa-e2e/conversation.js';
import { advanceTo, at, borderPlanText, importAs, reminderPostsIn, roomOf } from './reminder-app.js';

const clock = new ManualClock(at('2026-01-20', '08:00'));
let app: TestApp;
const admin = demoPerson('admin').contactId!;
const parent = demoPerson('parent').contactId!;
const unit = (code: string) => DEMO_UNITS.find((candidate) => candidate.code === code)!;
const inOffice = (text: string, expected: string | RegExp) => sayAndWait(app, () => app.world.sayInRoom(admin, OFFICE_ROOM.id, text), OFFICE_ROOM.id, expected);

beforeAll(async () => {
  app = await startTestApp({ clock });
  await importAs(app, clock, borderPlanText(), 2026);
});
afterAll(async () => {
  await app?.stop();
});

it('refuses 改期 and the other commands to anyone but an office admin, and changes nothing', async () => {
  const before = await rowCounts(app.db);
  const education = unit('education');
  const { text } = await sayAndWait(
    app,
    () => app.world.sayInRoom(education.contact.contactId!, education.roomId, '改期 动员部署 2月1日', { mentionBot: true }),
    education.roomId,
    '只有行动组办公室的管理员可以使用',
  );
  expect(text).not.toContain('已改期');
  await sayAndWait(app, () => app.world.sayPrivately(parent, '改期 动员部署 2月1日'), parent, '只有行动组办公室的管理员可以使用');
  await sayAndWait(app, () => app.world.sayPrivately(parent, '暂停提醒 教育局'), parent, '只有行动组办公室的管理员可以使用');
  await sayAndWait(app, () => app.world.sayPrivately(education.contact.contactId!, '谁没回'), education.contact.contactId!, '只有行动组办公室的管理员可以使用');
  const after = await rowCounts(app.db);
  expect({ ...after, InboundMessage: 0 }).toEqual({ ...before, InboundMessage: 0 });
  expect(await app.db.planDateChange.count()).toBe(0);
});

it('lists what goes out in the next 7 days', async () => {
  const { text } = await inOffice('提醒列表', '未来7天的提醒');
  expect(text).toContain('1月22日（周四） 09:00 动员部署阶段·开始前提醒 → 各成员单位');
  expect(text).toContain('1月26日（周一） 09:00 调查摸底阶段·开始前提醒');
  expect(text).not.toContain('1月29日');
});

it('reschedules a stage: its reminders move, the change is audited, a bad date is explained', async () => {
  const { text } = await inOffice('改期 动员部署 2月3日', '已改期');
  expect(text).toContain('截止日期由1月30日改为2月3日（周二）');
  expect(text).toContain('2月2日 09:00 结束前提醒');
  const due = await app.db.reminder.findUniqueOrThrow({ where: { key: 'border-action:2026:mobilisation:due:all:0' } });
  expect(due.announceAt).toEqual(at('2026-02-03', '09:00'));
  expect(due.dates).toMatchObject({ end: '2026-02-03', due: '2026-02-03' });
  expect(await app.db.auditLog.count({ where: { action: 'plan.reschedule' } })).toBe(1);

  await inOffice('改期 动员部署 1月20日', '不能早于「动员部署阶段」的开始日期1月25日');
  await inOffice('改期 动员部署 2月30日', '不是有效日期');
  await inOffice('改期 不存在的阶段 2月3日', '没有找到阶段或事项');
  expect(await app.db.auditLog.count({ where: { action: 'plan.reschedule' } })).toBe(1);
});

it('pauses a unit: no reminder reaches it until it is resumed, and both are audited', async () => {
  await inOffice('暂停提醒 教育局', '已暂停「教育局」的提醒');
  await inOffice('暂停提醒 教育局', '本来就是暂停状态');
  await advanceTo(app, clock, at('2026-01-22', '09:00'));
  await eventually(() => expect(reminderPostsIn([app.world], roomOf('finance'))).toHaveLength(1));
  await pause(300);
  expect(reminderPostsIn([app.world], roomOf('education'))).toHaveLength(0);
  expect(await app.db.escalationStep.count({ where: { unitCode: 'education' } })).toBe(0);

  await inOffice('恢复提醒 教育局', '已恢复「教育局」的提醒');
  await advanceTo(app, clock, at('2026-01-23', '09:00'));
  await eventually(() => expect(reminderPostsIn([app.world], roomOf('education'))).toHaveLength(1));
  expect(reminderPostsIn([app.world], roomOf('education'))[0]).toContain('动员部署阶段（2026年1月25日至2月3日）');
  const audits = await app.db.auditLog.findMany({ where: { entity: 'Unit', entityId: 'education' }, orderBy: { at: 'asc' } });
  expect(audits.map((entry) => entry.action)).toEqual(['unit.reminders.pause', 'unit.reminders.resume']);
});

it('binds a new group to a unit with its code; a wrong code or the wrong person is refused', async () => {
  const water = unit('water-resources');
  const contact = water.contact.contactId!;
  await sayAndWait(app, () => app.world.sayInRoom(contact, UNBOUND_ROOM.id, '绑定单位 DW-NOPE99', { mentionBot: true }), UNBOUND_ROOM.id, '这个单位代码不存在');
  const education = unit('education');
  app.world.room(UNBOUND_ROOM.id).payload.memberIdList.push(education.contact.contactId!);
  await sayAndWait(
    app,
    () => app.world.sayInRoom(education.contact.contactId!, UNBOUND_ROOM.id, `绑定单位 ${water.bindCode}`, { mentionBot: true }),
    UNBOUND_ROOM.id,
    '只有本单位的联络人或办公室管理员可以绑定',
  );
  await sayAndWait(app, () => app.world.sayInRoom(contact, UNBOUND_ROOM.id, `绑定单位 ${OFFICE_BIND_CODE}`, { mentionBot: true }), UNBOUND_ROOM.id, '只能由行动组办公室的管理员绑定');
  expect(await app.db.chatRoom.findUnique({ where: { roomId: UNBOUND_ROOM.id } })).toBeNull();

  const { text } = await sayAndWait(app, () => app.world.sayInRoom(contact, UNBOUND_ROOM.id, `绑定单位 ${water.bindCode.toLowerCase()}`, { mentionBot: true }), UNBOUND_ROOM.id, '绑定成功');
  expect(text).toContain('「水利局」的工作群');
  const room = await app.db.chatRoom.findUniqueOrThrow({ where: { roomId: UNBOUND_ROOM.id }, include: { unit: true } });
  expect(room).toMatchObject({ topic: UNBOUND_ROOM.topic, boundBy: `demo-${water.contact.key}` });
  expect(room.unit?.code).toBe('water-resources');
  await sayAndWait(app, () => app.world.sayInRoom(admin, UNBOUND_ROOM.id, `绑定单位 ${unit('finance').bindCode}`, { mentionBot: true }), UNBOUND_ROOM.id, '不能再绑定其他单位');

  await advanceTo(app, clock, at('2026-01-26', '09:00'));
  await eventually(() => expect(reminderPostsIn([app.world], UNBOUND_ROOM.id)).toHaveLength(1));
  expect(reminderPostsIn([app.world], UNBOUND_ROOM.id)[0]).toContain('调查摸底阶段');
});

it('asks a stranger to register before binding, and a private 绑定单位 to go to the group', async () => {
  app.world.room(UNBOUND_ROOM.id).payload.memberIdList.push(STRANGER_CONTACT.id);
  await sayAndWait(app, () => app.world.sayInRoom(STRANGER_CONTACT.id, UNBOUND_ROOM.id, '绑定单位 DW-DEMO01', { mentionBot: true }), UNBOUND_ROOM.id, '请先私聊我发送「绑定 邀请码」');
  await sayAndWait(app, () => app.world.sayPrivately(admin, '绑定单位 DW-DEMO01'), admin, '请在要绑定的单位工作群里@我发送');
});
