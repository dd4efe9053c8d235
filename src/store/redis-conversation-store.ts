import type { Redis } from 'ioredis';
import type { ConversationState, ConversationStore } from '../dialogue/ports.js';

/** Dialogue state lives in Redis with an expiry: a flow left alone for the TTL simply ends. */
export function createRedisConversationStore(redis: Redis, prefix: string): ConversationStore {
  const keyOf = (key: string) => `${prefix}:conversation:${key}`;
  return {
    async get(key) {
      const raw = await redis.get(keyOf(key));
      return raw ? (JSON.parse(raw) as ConversationState) : null;
    },
    async set(key, state, ttlSeconds) {
      await redis.set(keyOf(key), JSON.stringify(state), 'EX', ttlSeconds);
    },
    async clear(key) {
      await redis.del(keyOf(key));
    },
  };
}
