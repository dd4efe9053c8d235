import type { Redis } from 'ioredis';
import type { AppConfig } from '../config.js';
import type { Priority } from '../dialogue/inbound-message.js';
import { beijingDate, fromBeijing } from '../shared/beijing-time.js';
import type { Clock } from '../shared/clock.js';

export type PacingDecision = { kind: 'send_after'; waitMs: number } | { kind: 'defer_until'; at: Date };

/**
 * Keeps one WeChat account clear of anti-spam limits: a minimum gap with random jitter between
 * any two sends, a longer gap between sends to the same room, and a daily budget. Direct replies
 * still go out once the budget is spent (a parent is waiting); confirmations and broadcasts wait
 * for the next morning.
 */
export class Pacer {
  private lastSendAt = 0;
  private readonly lastRoomSendAt = new Map<string, number>();

  constructor(
    private readonly settings: AppConfig['pacing'],
    private readonly redis: Redis,
    private readonly budgetKeyPrefix: string,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {}

  get enabled(): boolean {
    return this.settings.enabled;
  }

  async decide(roomId: string | null, priority: Priority): Promise<PacingDecision> {
    if (!this.settings.enabled) return { kind: 'send_after', waitMs: 0 };
    const now = this.clock.now();
    if (priority !== 'reply') {
      const used = Number((await this.redis.get(this.budgetKey(now))) ?? 0);
      if (used >= this.settings.dailyBudget) {
        const tomorrow = beijingDate(new Date(now.getTime() + 86_400_000));
        return { kind: 'defer_until', at: fromBeijing(tomorrow, '07:30') };
      }
    }
    const nowMs = now.getTime();
    const gap = this.settings.minGapMs + Math.floor(this.random() * (this.settings.jitterMs + 1));
    let waitMs = Math.max(0, this.lastSendAt + gap - nowMs);
    if (roomId) {
      const lastInRoom = this.lastRoomSendAt.get(roomId) ?? 0;
      waitMs = Math.max(waitMs, lastInRoom + this.settings.roomGapMs - nowMs);
    }
    return { kind: 'send_after', waitMs };
  }

  async recordSend(roomId: string | null): Promise<void> {
    const now = this.clock.now();
    this.lastSendAt = now.getTime();
    if (roomId) this.lastRoomSendAt.set(roomId, this.lastSendAt);
    if (!this.settings.enabled) return;
    const key = this.budgetKey(now);
    await this.redis.multi().incr(key).expire(key, 2 * 86_400).exec();
  }

  private budgetKey(now: Date): string {
    return `${this.budgetKeyPrefix}:sent:${beijingDate(now)}`;
  }
}
