import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { eventually, pause } from '../support/eventually.js';
import { spawnWorker, type WorkerChild } from '../support/spawn-worker.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const QUICK_RECOVERY = { TEST_LOCK_MS: '2000', TEST_STALLED_MS: '1000', TEST_HEARTBEAT_MS: '200' };
let app: TestApp;
const children: WorkerChild[] = [];

beforeAll(async () => {
  app = await startTestApp({ role: 'bot' });
});
afterAll(async () => {
  for (const child of children) if (child.child.exitCode === null) await child.stop();
  await app?.stop();
});

it('a worker killed after queuing the reply but before finishing: after restart the reply is sent exactly once', async () => {
  const first = await spawnWorker(app.config, QUICK_RECOVERY);
  children.push(first);
  const parent = demoPerson('parent').contactId!;
  const db = (client = new pg.Client({ connectionString: app.env.databaseUrl })) => client;

  // 1. Hold the handler just after it logged the message (it then reads ContactBinding).
  const holdLookup = db();
  await holdLookup.connect();
  await holdLookup.query('BEGIN');
  await holdLookup.query('LOCK TABLE "ContactBinding" IN ACCESS EXCLUSIVE MODE');
  const messageId = app.world.sayPrivately(parent, '帮助');
  await eventually(async () => expect(await app.db.inboundMessage.count({ where: { platformId: messageId } })).toBe(1));

  // 2. Hold the log row, so the handler queues its reply and then waits to mark it handled.
  const holdFinish = db();
  await holdFinish.connect();
  await holdFinish.query('BEGIN');
  await holdFinish.query('SELECT * FROM "InboundMessage" WHERE "platformId" = $1 FOR UPDATE', [messageId]);
  await holdLookup.query('COMMIT');
  await holdLookup.end();
  await eventually(() => expect(app.world.sentTo(parent)).toHaveLength(1));

  // 3. Kill it there, mid-job. PostgreSQL would still run the dead process's queued UPDATE once the
  //    lock is free, so end its waiting connection as a crashed machine's would be.
  await first.kill();
  await holdFinish.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`);
  await holdFinish.query('ROLLBACK');
  await holdFinish.end();
  expect((await app.db.inboundMessage.findUniqueOrThrow({ where: { platformId: messageId } })).status).toBe('RECEIVED');

  // 4. A new worker finds the stalled job and finishes it without sending again.
  children.push(await spawnWorker(app.config, QUICK_RECOVERY));
  await eventually(async () => {
    const row = await app.db.inboundMessage.findUniqueOrThrow({ where: { platformId: messageId } });
    expect(row.status).toBe('HANDLED');
  }, { timeoutMs: 20_000 });
  await pause(1_000);
  expect(app.world.sentTo(parent)).toHaveLength(1);
  expect(app.world.sentTo(parent)[0]!.text).toContain('帮扶助手');
}, 60_000);
