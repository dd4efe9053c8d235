// A worker process for tests that kill or multiply workers: `tsx test/support/worker-process.ts`
// with the test's DATABASE_URL / REDIS_URL / QUEUE_PREFIX in its environment.
import { startApp } from '../../src/app/start-app.js';
import { loadConfig } from '../../src/config.js';
import { OffsetClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';

process.env.TZ = 'Asia/Shanghai';
const config = loadConfig();
const app = await startApp({
  role: 'worker',
  config,
  skipDatabaseSetup: true,
  logger: createLogger(process.env.TEST_WORKER_LOG_LEVEL ?? 'silent', process.stderr),
  // Tests that need a worker living on another date give it the offset from real time.
  clock: new OffsetClock(Number(process.env.TEST_CLOCK_OFFSET_MS ?? 0)),
  workerTuning: {
    lockDurationMs: Number(process.env.TEST_LOCK_MS ?? 30_000),
    stalledIntervalMs: Number(process.env.TEST_STALLED_MS ?? 30_000),
    membershipHeartbeatMs: Number(process.env.TEST_HEARTBEAT_MS ?? 2_000),
  },
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});
