import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Spreads the inbound shards over the live worker processes. Each process heartbeats into a
 * Redis sorted set; the live members, sorted, split the shards by index (shard % n == i).
 * Ownership only balances load: each shard queue keeps a global concurrency of 1, so a chat
 * stays in order even while two processes briefly both hold a shard during a handover.
 */
export class ShardMembership {
  readonly memberId = randomUUID();
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly shards: number,
    private readonly expiryMs: number,
  ) {
    this.key = `${prefix}:inbound-members`;
  }

  /** Renews this process's membership and returns the shards it should run now. */
  async heartbeat(now = Date.now()): Promise<number[]> {
    const [, , members] = (await this.redis
      .multi()
      .zadd(this.key, now, this.memberId)
      .zremrangebyscore(this.key, '-inf', now - this.expiryMs)
      .zrange(this.key, 0, -1)
      .exec())!.map(([error, value]) => {
      if (error) throw error;
      return value;
    }) as [unknown, unknown, string[]];
    // Sorted by id, not by score: heartbeat times change every beat, the order must not.
    const ordered = [...members].sort();
    const index = ordered.indexOf(this.memberId);
    return Array.from({ length: this.shards }, (_, shard) => shard).filter((shard) => shard % ordered.length === index);
  }

  async leave(): Promise<void> {
    await this.redis.zrem(this.key, this.memberId);
  }
}
