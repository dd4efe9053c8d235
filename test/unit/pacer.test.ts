import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { Pacer } from '../../src/queue/pacer.js';
import { ManualClock } from '../../src/shared/clock.js';
import { deleteQueueKeys } from '../support/test-app.js';
import { TEST_REDIS_URL, uniqueName } from '../support/databases.js';

const redis = new Redis(TEST_REDIS_URL);
const prefix = uniqueName('pacer');
afterAll(async () => {
  redis.disconnect();
  await deleteQueueKeys(prefix);
});

const settings = { enabled: true, minGapMs: 1_000, jitterMs: 500, roomGapMs: 3_000, dailyBudget: 3 };

it('waits the minimum gap plus jitter between sends, and longer within one room', async () => {
  const clock = new ManualClock(new Date('2026-03-02T02:00:00Z'));
  const pacer = new Pacer(settings, redis, `${prefix}:a`, clock, () => 0.5);
  expect(await pacer.decide('room@chatroom', 'reply')).toEqual({ kind: 'send_after', waitMs: 0 });
  await pacer.recordSend('room@chatroom');
  expect(await pacer.decide(null, 'reply')).toEqual({ kind: 'send_after', waitMs: 1_250 });
  expect(await pacer.decide('room@chatroom', 'reply')).toEqual({ kind: 'send_after', waitMs: 3_000 });
  clock.advance(2_000);
  expect(await pacer.decide('other@chatroom', 'reply')).toEqual({ kind: 'send_after', waitMs: 0 });
  expect(await pacer.decide('room@chatroom', 'reply')).toEqual({ kind: 'send_after', waitMs: 1_000 });
});

it('defers broadcasts to 07:30 Beijing time tomorrow once the daily budget is spent, but not direct replies', async () => {
  const clock = new ManualClock(new Date('2026-03-02T12:00:00Z')); // 20:00 in Beijing
  const pacer = new Pacer(settings, redis, `${prefix}:b`, clock, () => 0);
  for (let sent = 0; sent < 3; sent++) await pacer.recordSend(null);
  expect(await pacer.decide(null, 'broadcast')).toEqual({ kind: 'defer_until', at: new Date('2026-03-03T07:30:00+08:00') });
  expect((await pacer.decide(null, 'reply')).kind).toBe('send_after');
});

it('does nothing when pacing is off', async () => {
  const pacer = new Pacer({ ...settings, enabled: false }, redis, `${prefix}:c`, new ManualClock(new Date()));
  await pacer.recordSend('room@chatroom');
  expect(await pacer.decide('room@chatroom', 'broadcast')).toEqual({ kind: 'send_after', waitMs: 0 });
});
