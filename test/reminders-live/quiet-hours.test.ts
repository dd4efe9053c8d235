// Quiet hours (here 08:30–09:45 Beijing time) hold reminders back, on time and late alike.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MockWorld } from '../../src/chat/mock-world.js';
import { ManualClock } from '../../src/shared/clock.js';
import { eventually } from '../support/eventually.js';
import { createTestEnv, startTestApp, type TestApp, type TestEnv } from '../support/test-app.js';
import { advanceTo, at, borderPlanText, importAs, reminderPostsIn, roomOf } from './reminder-app.js';

const clock = new ManualClock(at('2026-01-20', '08:00'));
let env: TestEnv;
let app: TestApp;
const posted = (key: string) => app.db.reminder.findUniqueOrThrow({ where: { key } });

beforeAll(async () => {
  env = await createTestEnv({ QUIET_HOURS_START: '08:30', QUIET_HOURS_END: '09:45' });
  app = await startTestApp({ env, clock });
  await importAs(app, clock, borderPlanText(), 2026);
});
afterAll(async () => {
  await app?.stop();
  await env?.cleanup();
});

it('moves a 09:00 reminder to the end of quiet hours and sends it then, not before', async () => {
  const key = 'border-action:2026:mobilisation:before-start:all:0';
  expect((await posted(key)).announceAt).toEqual(at('2026-01-22', '09:45'));
  expect((await posted(key)).shiftedReason).toBe('quiet_hours');
  await advanceTo(app, clock, at('2026-01-22', '09:00'));
  expect(await app.db.reminderDelivery.count()).toBe(0);
  await advanceTo(app, clock, at('2026-01-22', '09:45'));
  await eventually(() => expect(reminderPostsIn([app.world], roomOf('education'))).toHaveLength(1));
});

it('holds a reminder missed while the service was down until quiet hours end', async () => {
  await app.stop();
  clock.set(at('2026-01-24', '09:00')); // in quiet hours, with the 23rd's 09:45 reminder missed
  app = await startTestApp({ env, clock, world: new MockWorld() });
  await app.reminders.worker!.sweepNow();
  const key = 'border-action:2026:mobilisation:start:all:0';
  expect((await posted(key)).status).toBe('SCHEDULED');
  expect(await app.db.reminderDelivery.count({ where: { reminder: { key } } })).toBe(0);
  await advanceTo(app, clock, at('2026-01-24', '09:45'));
  expect((await posted(key)).status).toBe('SENT');
  expect((await posted(key)).late).toBe(true);
  await eventually(() => expect(reminderPostsIn([app.world], roomOf('education'))).toHaveLength(1));
  expect(reminderPostsIn([app.world], roomOf('education'))[0]).toContain('补发');
});
