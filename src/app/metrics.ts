// Prometheus metrics of one process (prom-client). The edges report through the callbacks they
// already take (onHandled, onSent, onQueued); /metrics serves the registry.
import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HandlingOutcome } from '../dialogue/handle-inbound-message.js';
import type { SendMessageJob } from '../queue/jobs.js';

export interface AppMetrics {
  registry: Registry;
  onHandled(outcome: HandlingOutcome, message: { kind: string }): void;
  onSent(message: SendMessageJob, pacingWaitMs: number, sentAt: Date): void;
  onReminderQueued(dueAt: Date, queuedAt: Date): void;
  setLoginState(botName: string, loggedIn: boolean): void;
  /** Queue depths are read from Redis when scraped. */
  watchQueues(queues: () => Promise<Queue[]>): void;
}

const SECONDS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'bangfu_process_' });
  const messagesIn = new Counter({ name: 'bangfu_messages_in_total', help: 'Inbound WeChat messages handled, by kind and outcome', labelNames: ['kind', 'status'], registers: [registry] });
  const replies = new Counter({ name: 'bangfu_replies_total', help: 'Replies queued, by the capability that answered', labelNames: ['capability'], registers: [registry] });
  const messagesOut = new Counter({ name: 'bangfu_messages_out_total', help: 'Messages handed to WeChat, by priority', labelNames: ['priority'], registers: [registry] });
  const pacingWait = new Histogram({ name: 'bangfu_pacing_wait_seconds', help: 'Time a send waited for the anti-spam pacing', buckets: SECONDS, registers: [registry] });
  const replyLatency = new Histogram({ name: 'bangfu_reply_latency_seconds', help: 'From the cause (a message, a reminder time) to the send handed to WeChat', labelNames: ['priority'], buckets: SECONDS, registers: [registry] });
  const fireLag = new Histogram({ name: 'bangfu_reminder_fire_lag_seconds', help: "From a reminder's time to its sends being queued", buckets: SECONDS, registers: [registry] });
  const loggedIn = new Gauge({ name: 'bangfu_wechat_logged_in', help: '1 while the bot is logged in to WeChat', labelNames: ['bot'], registers: [registry] });
  let queues: (() => Promise<Queue[]>) | null = null;
  new Gauge({
    name: 'bangfu_queue_jobs',
    help: 'Jobs in each BullMQ queue, by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      if (!queues) return;
      this.reset();
      for (const queue of await queues()) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
        for (const [state, count] of Object.entries(counts)) this.set({ queue: queue.name, state }, count);
      }
    },
  });

  return {
    registry,
    onHandled(outcome, message) {
      messagesIn.inc({ kind: message.kind, status: outcome.status });
      if (outcome.replyCount > 0) replies.inc({ capability: outcome.capability ?? 'none' }, outcome.replyCount);
    },
    onSent(message, pacingWaitMs, sentAt) {
      messagesOut.inc({ priority: message.priority });
      pacingWait.observe(pacingWaitMs / 1000);
      replyLatency.observe({ priority: message.priority }, Math.max(0, sentAt.getTime() - new Date(message.causedAt).getTime()) / 1000);
    },
    onReminderQueued(dueAt, queuedAt) {
      fireLag.observe(Math.max(0, queuedAt.getTime() - dueAt.getTime()) / 1000);
    },
    setLoginState(botName, state) {
      loggedIn.set({ bot: botName }, state ? 1 : 0);
    },
    watchQueues(source) {
      queues = source;
    },
  };
}
