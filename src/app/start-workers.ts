// The worker role: inbound message handling, the reminder timers and sweeps, the weekly summary.
import type { OutboundProducer } from '../queue/outbound-producer.js';
import type { InboundProducer } from '../queue/inbound-producer.js';
import { startInboundWorkers, type InboundWorkerOptions, type InboundWorkers } from '../queue/inbound-workers.js';
import { startReminderWorker, type ReminderWorker } from '../queue/reminder-worker.js';
import { startWeeklyCheckInSummary } from '../queue/weekly-checkin-summary.js';
import { createVisitLedger } from '../store/visit-ledger.js';
import type { HandlingDeps } from './create-handling-deps.js';
import type { ProcessStack } from './process-stack.js';

export type WorkerTuning = Pick<InboundWorkerOptions, 'lockDurationMs' | 'stalledIntervalMs' | 'membershipHeartbeatMs' | 'onHandled'>;

export interface RunningWorkers {
  inbound: InboundWorkers;
  reminders: ReminderWorker;
  stop(force?: boolean): Promise<void>;
}

export async function startWorkers(
  input: ProcessStack & { deps: HandlingDeps; inbound: InboundProducer; outbound: OutboundProducer; tuning?: WorkerTuning },
): Promise<RunningWorkers> {
  const { config, db, redis, clock, logger, deps, tuning } = input;
  // A worker takes jobs only once it can answer them (the policy index takes about a second).
  await deps.warmUp();
  const inboundWorkers = await startInboundWorkers(
    {
      redisUrl: config.redisUrl,
      prefix: config.queuePrefix,
      shards: config.inboundShards,
      deps,
      logger,
      ...tuning,
      onHandled: (outcome, job) => {
        input.metrics.onHandled(outcome, (job.data as { message: { kind: string } }).message);
        tuning?.onHandled?.(outcome, job);
      },
    },
    input.inbound,
  );
  const reminders = await startReminderWorker({
    queue: deps.reminders.queue,
    redisUrl: config.redisUrl,
    prefix: config.queuePrefix,
    deps: deps.reminders.deps,
    clock,
    logger,
    lockDurationMs: tuning?.lockDurationMs,
    stalledIntervalMs: tuning?.stalledIntervalMs,
  });
  const summary = await startWeeklyCheckInSummary({
    connection: redis,
    redisUrl: config.redisUrl,
    prefix: config.queuePrefix,
    deps: { db, ledger: createVisitLedger(db), outbound: input.outbound, clock },
    logger,
  });
  return {
    inbound: inboundWorkers,
    reminders,
    async stop(force = false) {
      await inboundWorkers.close(force);
      await reminders.close();
      await summary.close();
    },
  };
}
