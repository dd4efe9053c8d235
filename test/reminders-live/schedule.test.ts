// The year of the border action plan, walked with a test clock against the real Redis queue and
// PostgreSQL: every reminder in the right rooms at its moment, once, across a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockWorld } from '../../src/chat/mock-world.js';
import { createChineseWorkingCalendar } from '../../src/reminders/chinese-working-calendar.js';
import { computeReminders } from '../../src/reminders/compute-reminders.js';
import { loadBorderActionPlan } from '../../src/reminders/plans/border-action-plan.js';
import type { ReminderOccurrence } from '../../src/reminders/reminder-occurrence.js';
import { renderReminder } from '../../src/reminders/render-reminder.js';
import { ManualClock } from '../../src/shared/clock.js';
import { eventually } from '../support/eventually.js';
import { createTestEnv, startTestApp, type TestApp, type TestEnv } from '../support/test-app.js';
import { advanceTo, at, borderPlanText, expectOnePostEndingWith, importAs, reminderPostsIn, roomOf } from './reminder-app.js';

const plan = loadBorderActionPlan(2026);
const expected = computeReminders(plan, { calendar: createChineseWorkingCalendar() });
const instants = [...new Set(expected.map((occurrence) => occurrence.announceAt.getTime()))].sort((a, b) => a - b).map((ms) => new Date(ms));
const dueAt = (instant: Date) => expected.filter((occurrence) => occurrence.announceAt.getTime() === instant.getTime());
/** The walk stops the service for the third reminder time and starts it again after. */
const DOWN_AT = 2;

describe('the border action plan over a year', () => {
  const clock = new ManualClock(at('2026-01-20', '08:00'));
  const worlds: MockWorld[] = [];
  let env: TestEnv;
  let app: TestApp;
  beforeAll(async () => {
    env = await createTestEnv();
    app = await startTestApp({ env, clock });
    worlds.push(app.world);
    const report = await importAs(app, clock, borderPlanText(), 2026);
    expect(report).toMatchObject({ firstImport: true, created: expected.length, skippedPast: 0 });
  });
  afterAll(async () => {
    await app?.stop();
    await env?.cleanup();
  });

  const expectPosted = async (occurrences: ReminderOccurrence[], options: { late?: boolean } = {}) => {
    await eventually(() => {
      for (const occurrence of occurrences) {
        const text = renderReminder(occurrence, plan, { lang: 'zh', ...options });
        for (const unitCode of occurrence.unitCodes) expectOnePostEndingWith(worlds, roomOf(unitCode), text);
      }
    });
  };
  const deliveries = () => app.db.reminderDelivery.count();

  it('posts nothing before a reminder’s time, and each reminder to each of its units’ rooms at its time', async () => {
    for (const [index, instant] of instants.entries()) {
      if (index === DOWN_AT) break;
      const before = await deliveries();
      await advanceTo(app, clock, new Date(instant.getTime() - 60_000));
      expect(await deliveries()).toBe(before);
      await advanceTo(app, clock, instant);
      const now = dueAt(instant);
      expect(await deliveries()).toBe(before + now.reduce((sum, occurrence) => sum + occurrence.unitCodes.length, 0));
      await expectPosted(now);
    }
  });

  it('sends what fell due while the service was down once, marked late, and repeats nothing', async () => {
    const missed = dueAt(instants[DOWN_AT]!);
    await app.stop();
    clock.set(new Date(instants[DOWN_AT]!.getTime() + 3 * 3_600_000));
    app = await startTestApp({ env, clock, world: new MockWorld() });
    worlds.push(app.world);
    await app.reminders.worker!.sweepNow();
    await expectPosted(missed, { late: true });
    for (const text of reminderPostsIn([app.world], roomOf('education'))) expect(text).toContain('补发');
    const sentBefore = await app.db.reminder.count({ where: { status: 'SENT' } });
    await app.reminders.worker!.sweepNow();
    expect(await app.db.reminder.count({ where: { status: 'SENT' } })).toBe(sentBefore);
  });

  it('goes on after the restart to the end of the year, each reminder once', async () => {
    for (const instant of instants.slice(DOWN_AT + 1)) {
      await advanceTo(app, clock, new Date(instant.getTime() - 60_000));
      await advanceTo(app, clock, instant);
      await expectPosted(dueAt(instant));
    }
    for (const unit of plan.units) {
      const addressed = expected.filter((occurrence) => occurrence.unitCodes.includes(unit.code));
      await eventually(() => expect(reminderPostsIn(worlds, roomOf(unit.code))).toHaveLength(addressed.length));
    }
    expect(await app.db.reminder.count({ where: { status: 'SENT' } })).toBe(expected.length);
  });

  it('announced the investigation deliverable, due on a Spring Festival holiday, on the make-up working day before it', async () => {
    const dueNotice = expected.find((occurrence) => occurrence.key === 'border-action:2026:investigation:due:all:0')!;
    expect(dueNotice.announceAt).toEqual(at('2026-02-14', '09:00'));
    const row = await app.db.reminder.findUniqueOrThrow({ where: { key: dueNotice.key } });
    expect(row.sentAt).toEqual(at('2026-02-14', '09:00'));
    expect(row.shiftedReason).toBe('non_working_day');
    const posts = reminderPostsIn(worlds, roomOf('finance')).filter((posted) => posted.includes('调查摸底阶段（2026年1月29日至2月20日）的报送材料将于'));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toContain('的报送材料将于2月20日（周五）截止，还有6天');
  });
});
