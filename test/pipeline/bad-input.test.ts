import { FileBox } from 'file-box';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson, PARENTS_ROOM } from '../../src/store/seed/demo-county.js';
import { eventually } from '../support/eventually.js';
import { rowCounts } from '../support/row-counts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const parent = () => demoPerson('parent').contactId!;

async function replyTo(send: () => void, conversationId = parent()): Promise<string> {
  const before = app.world.sentTo(conversationId).length;
  send();
  return eventually(() => {
    const sent = app.world.sentTo(conversationId);
    expect(sent.length).toBe(before + 1);
    return sent.at(-1)!.text;
  });
}

it.each([
  ['empty', '', /没有看到内容/],
  ['whitespace only', ' \t\u3000\n ', /没有看到内容/],
  ['100,000 characters', '营'.repeat(100_000), /太长/],
  ['control characters only', '\u0000\u0007\u001b\u007f', /没有看到内容/],
  ['emoji only', '😀😀👍🏽', /表情/],
  ['WeChat emoji codes only', '[微笑][强]', /表情/],
  ['an @-mention with nothing else, in a group', '', /没有看到内容/],
])('%s gets a clear reply and changes no data', async (label, text, expected) => {
  const before = await rowCounts(app.db);
  const inGroup = label.includes('group');
  const reply = await replyTo(
    () => (inGroup ? app.world.sayInRoom(parent(), PARENTS_ROOM.id, text, { mentionBot: true }) : app.world.sayPrivately(parent(), text)),
    inGroup ? PARENTS_ROOM.id : parent(),
  );
  expect(reply).toMatch(expected);
  expect(reply.length).toBeLessThan(200);
  expect(await rowCounts(app.db)).toEqual(before);
});

it('answers English bad input in English', async () => {
  expect(await replyTo(() => app.world.sayPrivately(parent(), 'x'.repeat(5_000)))).toMatch(/too long/);
});

it('says which message types it cannot read (a video) and stores nothing', async () => {
  const before = await rowCounts(app.db);
  const video = FileBox.fromBase64(Buffer.from('not really a video').toString('base64'), 'clip.mp4');
  const reply = await replyTo(() => app.world.sendFile(parent(), {}, video));
  expect(reply).toContain('看不懂');
  expect(await rowCounts(app.db)).toEqual(before);
});
