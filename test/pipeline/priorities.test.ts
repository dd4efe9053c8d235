import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson, DEMO_UNITS } from '../../src/store/seed/demo-county.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  // Pacing on, with short gaps so the test is quick: the queue order is what is being tested.
  app = await startTestApp({ overrides: { SEND_PACING: 'true', SEND_MIN_GAP_MS: '15', SEND_JITTER_MS: '0', SEND_ROOM_GAP_MS: '0' } });
});
afterAll(async () => {
  await app?.stop();
});

it('a parent\'s answer overtakes a broadcast already waiting in the paced sender', async () => {
  const accountId = await app.loggedIn;
  const broadcast = Array.from({ length: 120 }, (_, index) => ({
    chatId: DEMO_UNITS[index % DEMO_UNITS.length]!.roomId,
    roomId: DEMO_UNITS[index % DEMO_UNITS.length]!.roomId,
    text: `第${index + 1}条：提醒`,
    priority: 'broadcast' as const,
    mentionIds: [],
  }));
  await app.outbound.enqueue(accountId, broadcast, { id: 'broadcast-test', causedAt: new Date() });
  await eventually(() => expect(app.world.sent.length).toBeGreaterThan(3));

  const parent = demoPerson('parent').contactId!;
  app.world.sayPrivately(parent, '帮助');
  await eventually(() => expect(app.world.sentTo(parent)).toHaveLength(1));
  const broadcastsSent = app.world.sent.filter((message) => message.text.includes('提醒')).length;
  expect(broadcastsSent).toBeLessThan(40);
  await eventually(() => expect(app.world.sent.filter((message) => message.text.includes('提醒'))).toHaveLength(120), { timeoutMs: 20_000 });
}, 40_000);
