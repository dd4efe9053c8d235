import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, pause } from '../support/eventually.js';
import { spawnWorker, type WorkerChild } from '../support/spawn-worker.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
const workers: WorkerChild[] = [];

beforeAll(async () => {
  app = await startTestApp({ role: 'bot' });
  const quickMembership = { TEST_HEARTBEAT_MS: '200' };
  workers.push(...(await Promise.all([spawnWorker(app.config, quickMembership), spawnWorker(app.config, quickMembership)])));
  await pause(1_000); // a few heartbeats: each process has taken its half of the shards
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await app?.stop();
});

it('two worker processes on one queue share the work and handle every message exactly once', async () => {
  const contacts = Array.from({ length: 40 }, (_, index) => `wxid_scale_${index}`);
  contacts.forEach((id, index) => app.world.addContact(id, `家长${index}`));
  const sentIds: string[] = [];
  for (let round = 0; round < 3; round++) {
    for (const id of contacts) sentIds.push(app.world.sayPrivately(id, round % 2 ? 'help' : '帮助'));
  }
  await eventually(() => expect(contacts.reduce((sum, id) => sum + app.world.sentTo(id).length, 0)).toBe(sentIds.length), { timeoutMs: 30_000 });
  await pause(500);
  for (const id of contacts) expect(app.world.sentTo(id)).toHaveLength(3);

  const rows = await app.db.inboundMessage.findMany({ where: { platformId: { in: sentIds } } });
  expect(rows).toHaveLength(sentIds.length);
  expect(rows.every((row) => row.status === 'HANDLED' && row.replyCount === 1)).toBe(true);
  const byWorker = new Set(rows.map((row) => row.handledBy));
  expect(byWorker.size).toBe(2);
}, 60_000);
