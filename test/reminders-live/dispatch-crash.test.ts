// A worker process killed (SIGKILL) in the middle of posting a reminder: the next worker finishes
// the job, and each unit group still gets the reminder exactly once.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importPlan } from '../../src/reminders/import-plan.js';
import { OffsetClock } from '../../src/shared/clock.js';
import { DEMO_UNITS } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { spawnWorker, type WorkerChild } from '../support/spawn-worker.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { at, borderPlanText, reminderPostsIn } from './reminder-app.js';

let app: TestApp;
const children: WorkerChild[] = [];

beforeAll(async () => {
  app = await startTestApp({ role: 'bot' });
  const clock = new OffsetClock();
  clock.jumpTo(at('2027-01-20', '08:00'));
  await importPlan(app.reminders.deps, { text: borderPlanText(), year: 2027, by: 'test:office', now: clock.now() });
});

/**
 * Timers are delayed jobs keyed by their time, the first one set wins, and each process counts
 * its delay on its own clock. These workers live on shifted clocks, so the timers the import set
 * on another clock are dropped: each worker sets its own at start-up, from PostgreSQL.
 */
const dropTimers = () => app.reminders.queue.drain(true);
afterAll(async () => {
  // Killed, not stopped: a worker stuck behind a lock a failed test never released would not stop.
  for (const child of children) if (child.child.exitCode === null) await child.kill();
  await app?.stop();
});

const QUICK_RECOVERY = { TEST_LOCK_MS: '2000', TEST_STALLED_MS: '1000' };

/** A worker whose clock will read `instant` in `inMs`. */
async function workerAt(instant: Date, inMs = 1_500): Promise<WorkerChild> {
  const child = await spawnWorker(app.config, { ...QUICK_RECOVERY, TEST_CLOCK_OFFSET_MS: String(instant.getTime() - Date.now() - inMs) });
  children.push(child);
  return child;
}

async function holding(sql: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: app.env.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query(sql);
  return client;
}

async function release(client: pg.Client): Promise<void> {
  await client.query('COMMIT');
  await client.end();
}

const waitingOn = async (table: string) =>
  Number(
    (
      await app.db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"${table}"%'`,
      )
    )[0]?.n ?? 0,
  );

const expectEachRoomOnce = async (marker: string) => {
  await eventually(() => {
    for (const unit of DEMO_UNITS) expect(reminderPostsIn([app.world], unit.roomId).filter((text) => text.includes(marker))).toHaveLength(1);
  });
  await pause(500);
  for (const unit of DEMO_UNITS) expect(reminderPostsIn([app.world], unit.roomId).filter((text) => text.includes(marker))).toHaveLength(1);
};

it('killed after queuing the posts but before marking the reminder sent: no room gets it twice', async () => {
  const key = 'border-action:2027:mobilisation:before-start:all:0';
  await dropTimers();
  const lock = await holding(`SELECT * FROM "Reminder" WHERE "key" = '${key}' FOR NO KEY UPDATE`);
  const first = await workerAt(at('2027-01-22', '09:00'));
  // Deliveries may reference the row (foreign keys take KEY SHARE); marking it sent has to wait.
  await eventually(async () => expect(await waitingOn('Reminder')).toBeGreaterThan(0), { timeoutMs: 20_000 });
  await eventually(() => expect(DEMO_UNITS.every((unit) => reminderPostsIn([app.world], unit.roomId).length === 1)).toBe(true));
  await first.kill();
  await release(lock);
  expect((await app.db.reminder.findUniqueOrThrow({ where: { key } })).status).toBe('SCHEDULED');

  // The next worker finds the job the dead one held, and its own start-up sweep finds the reminder due.
  await workerAt(at('2027-01-22', '09:00'), -5_000);
  await eventually(async () => expect((await app.db.reminder.findUniqueOrThrow({ where: { key } })).status).toBe('SENT'), { timeoutMs: 20_000 });
  await expectEachRoomOnce('动员部署阶段（2027年1月25日至1月30日）将于1月25日');
  expect(await app.db.reminderDelivery.count({ where: { reminder: { key } } })).toBe(DEMO_UNITS.length);
  expect(await app.db.escalationStep.count({ where: { subjectCode: 'mobilisation' } })).toBe(DEMO_UNITS.length * 3);
  for (const child of children) if (child.child.exitCode === null) await child.stop();
});

it('killed while recording the deliveries, before anything was queued: every room gets it once', async () => {
  const key = 'border-action:2027:investigation:before-start:all:0';
  await dropTimers();
  const lock = await holding('LOCK TABLE "ReminderDelivery" IN ACCESS EXCLUSIVE MODE');
  const first = await workerAt(at('2027-01-26', '09:00'));
  await eventually(async () => expect(await waitingOn('ReminderDelivery')).toBeGreaterThan(0), { timeoutMs: 20_000 });
  await first.kill();
  await release(lock);
  expect(DEMO_UNITS.some((unit) => reminderPostsIn([app.world], unit.roomId).some((text) => text.includes('调查摸底阶段')))).toBe(false);

  await workerAt(at('2027-01-26', '09:00'), -5_000);
  await eventually(async () => expect((await app.db.reminder.findUniqueOrThrow({ where: { key } })).status).toBe('SENT'), { timeoutMs: 20_000 });
  await expectEachRoomOnce('调查摸底阶段（2027年1月29日至2月20日）将于1月29日');
});
