// "我家孩子能领什么补助？": Bangfu asks the missing facts one at a time and lists what applies.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOT_CONTACT, demoPerson, PARENTS_ROOM } from '../../src/store/seed/demo-county.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sayAndWait, textsSince } from './conversation.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const STAGE_QUESTION = '孩子现在上什么学';
const POOR_QUESTION = '您家是建档立卡贫困户';
const BOARDING_QUESTION = '孩子是住校（寄宿）还是走读';
const flowState = (contactId: string) => app.deps.conversations.get(`${BOT_CONTACT.id}:${contactId}`);

it('ends the check on 取消: the state is gone and the next message is not taken as an answer', async () => {
  const parent = demoPerson('parent2').contactId!;
  const say = (text: string, expected: string) => sayAndWait(app, () => app.world.sayPrivately(parent, text), parent, expected);
  await say('我家孩子能领什么补助？', STAGE_QUESTION);
  await say('初中', POOR_QUESTION);
  expect((await flowState(parent))?.step).toBe('poorHousehold');
  await say('取消', '已取消');
  expect(await flowState(parent)).toBeNull();

  const from = app.world.sentTo(parent).length;
  app.world.sayPrivately(parent, '初中');
  const reply = await eventually(() => {
    const text = textsSince(app, parent, from);
    expect(text).not.toBe('');
    return text;
  });
  expect(reply).not.toContain(POOR_QUESTION);
  expect(reply).not.toContain('可以享受');
  expect(await flowState(parent)).toBeNull();
});

it('completes a run for a poor boarding junior-high student, re-asking an unclear answer', async () => {
  const parent = demoPerson('parent').contactId!;
  const say = (text: string, expected: string) => sayAndWait(app, () => app.world.sayPrivately(parent, text), parent, expected);
  await say('我家孩子能领什么补助？', STAGE_QUESTION);
  await say('初中', POOR_QUESTION);
  await say('是的', BOARDING_QUESTION);
  const unclear = await say('这个嘛', '没看明白');
  expect(unclear.text).toContain('例如回答：住校 / 走读');
  expect((await flowState(parent))?.step).toBe('boarding');

  // A new question in the middle is answered, and the pending check question comes back.
  const aside = await say('营养餐一天补多少钱？', '补助核对还没结束');
  expect(aside.text).toContain('4元');
  expect((await flowState(parent))?.step).toBe('boarding');

  const { text } = await say('住校', '免费教科书');
  expect(text).toContain('可以享受');
  expect(text).toContain('生活补助');
  expect(text).toContain('每生每天4元');
  expect(text).toContain('免学杂费');
  expect(text).toContain('来源：《学校精准扶贫方案（一）》');
  expect(await flowState(parent)).toBeNull();
});

it('works in English too', async () => {
  const stranger = 'wxid_stranger_01';
  const say = (text: string, expected: string) => sayAndWait(app, () => app.world.sayPrivately(stranger, text), stranger, expected);
  await say('What can my child get?', 'Which stage is your child in');
  await say('senior high', 'For your situation');
  expect(await flowState(stranger)).toBeNull();
});

it('moves a personal question asked in a group to a private chat, and the check continues there', async () => {
  const parent = demoPerson('parent2').contactId!;
  const groupFrom = app.world.sentTo(PARENTS_ROOM.id).length;
  await sayAndWait(
    app,
    () => app.world.sayInRoom(parent, PARENTS_ROOM.id, '我家是建档立卡户，孩子上初中，能领什么补助？', { mentionBot: true }),
    parent,
    BOARDING_QUESTION,
  );
  const inGroup = await eventually(() => {
    const text = textsSince(app, PARENTS_ROOM.id, groupFrom);
    expect(text).toContain('这个问题涉及您家的情况，我私聊您');
    return text;
  });
  expect(inGroup).not.toContain(BOARDING_QUESTION);

  const { text } = await sayAndWait(app, () => app.world.sayPrivately(parent, '住校'), parent, '免费教科书');
  expect(text).toContain('生活补助');
  expect(textsSince(app, PARENTS_ROOM.id, groupFrom)).not.toContain('可以享受');
});
