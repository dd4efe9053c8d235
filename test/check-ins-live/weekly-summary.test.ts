import { afterAll, beforeAll, expect, it } from 'vitest';
import { isoWeekLabel } from '../../src/check-ins/weekly-summary.js';
import { sendWeeklyCheckInSummaries, WEEKLY_SUMMARY_QUEUE, WEEKLY_SUMMARY_SCHEDULER } from '../../src/queue/weekly-checkin-summary.js';
import { ManualClock } from '../../src/shared/clock.js';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { createVisitLedger } from '../../src/store/visit-ledger.js';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eventually, pause } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

it('labels ISO weeks in Beijing time', () => {
  expect(isoWeekLabel(new Date('2026-01-01T00:00:00+08:00'))).toBe('2026-W01');
  expect(isoWeekLabel(new Date('2027-01-03T23:00:00+08:00'))).toBe('2026-W53');
  expect(isoWeekLabel(new Date('2026-11-23T09:00:00+08:00'))).toBe('2026-W48');
});

it('the weekly job is scheduled for Monday 09:00 Beijing time', async () => {
  const connection = new Redis(app.env.config.redisUrl);
  const queue = new Queue(WEEKLY_SUMMARY_QUEUE, { connection, prefix: app.env.prefix });
  const scheduler = await queue.getJobScheduler(WEEKLY_SUMMARY_SCHEDULER);
  expect(scheduler?.pattern).toBe('0 9 * * 1');
  expect(scheduler?.tz).toBe('Asia/Shanghai');
  await queue.close();
  connection.disconnect();
});

it('sends one summary per paired helper, once, with a nudge when behind', async () => {
  const zhao = demoPerson('helper').contactId!;
  const chen = demoPerson('helper2').contactId!;
  // A Monday late in the year with no visits: everyone is behind.
  const clock = new ManualClock(new Date(`${new Date().getFullYear()}-11-23T09:00:00+08:00`));
  const deps = { db: app.db, ledger: createVisitLedger(app.db), outbound: app.outbound, clock };
  expect(await sendWeeklyCheckInSummaries(deps)).toBe(2);
  clock.advance(60_000);
  await sendWeeklyCheckInSummaries(deps); // a retried run in the same week
  await eventually(() => {
    expect(app.world.sentTo(zhao)).toHaveLength(1);
    expect(app.world.sentTo(chen)).toHaveLength(1);
  });
  await pause(500);
  expect(app.world.sentTo(zhao)).toHaveLength(1);
  const text = app.world.sentTo(zhao)[0]!.text;
  expect(text).toContain('每周走访小结');
  expect(text).toContain('王大山：到户0/15天');
  expect(text).toContain('李秀英');
  expect(text).toContain('进度落后');
  expect(app.world.sentTo(chen)[0]!.text).toContain('张老四');
});
