import { Redis } from 'ioredis';

/** BullMQ workers need maxRetriesPerRequest: null so blocking commands survive reconnects. */
export function createRedis(redisUrl: string, purpose: 'worker' | 'client' = 'client'): Redis {
  return new Redis(redisUrl, {
    maxRetriesPerRequest: purpose === 'worker' ? null : 20,
    enableReadyCheck: true,
    lazyConnect: false,
  });
}
