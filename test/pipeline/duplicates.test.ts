import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

it('handles a message WeChat delivers twice once: one reply, one log row', async () => {
  const parent = demoPerson('parent').contactId!;
  const messageId = app.world.sayPrivately(parent, '帮助');
  app.world.redeliver(messageId);
  await eventually(() => expect(app.world.sentTo(parent)).toHaveLength(1));
  app.world.redeliver(messageId); // and once more after it was answered
  await pause(800);
  expect(app.world.sentTo(parent)).toHaveLength(1);
  expect(await app.db.inboundMessage.count({ where: { platformId: messageId } })).toBe(1);
  const row = await app.db.inboundMessage.findUniqueOrThrow({ where: { platformId: messageId } });
  expect(row.status).toBe('HANDLED');
  expect(row.replyCount).toBe(1);
});
