import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { ShardMembership } from '../../src/queue/shard-membership.js';
import { TEST_REDIS_URL, uniqueName } from '../support/databases.js';
import { deleteQueueKeys } from '../support/test-app.js';

const redis = new Redis(TEST_REDIS_URL);
const prefix = uniqueName('members');
afterAll(async () => {
  await deleteQueueKeys(prefix);
  redis.disconnect();
});

it('splits the shards between live processes, stably, and takes over a dead one\'s share', async () => {
  const a = new ShardMembership(redis, prefix, 16, 1_000);
  const b = new ShardMembership(redis, prefix, 16, 1_000);
  expect(await a.heartbeat(10_000)).toHaveLength(16);
  const bShards = await b.heartbeat(10_100);
  const aShards = await a.heartbeat(10_200);
  expect(aShards).toHaveLength(8);
  expect([...aShards, ...bShards].sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  // Heartbeats in the other order give the same split.
  expect(await b.heartbeat(10_300)).toEqual(bShards);
  expect(await a.heartbeat(10_400)).toEqual(aShards);
  // b stops beating: once its membership expires, a runs everything.
  expect(await a.heartbeat(11_500)).toHaveLength(16);
  await a.leave();
});
