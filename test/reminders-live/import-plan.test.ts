// Importing plan files into PostgreSQL: all or nothing, and again without duplicates.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createChineseWorkingCalendar } from '../../src/reminders/chinese-working-calendar.js';
import { computeReminders } from '../../src/reminders/compute-reminders.js';
import { parsePlanFile } from '../../src/reminders/plan-file.js';
import { PlanFileError } from '../../src/reminders/plan-file-error.js';
import { ManualClock } from '../../src/shared/clock.js';
import { rowCounts } from '../support/row-counts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { lineContaining } from '../reminders/fixtures.js';
import { advanceTo, at, borderPlanText, importAs } from './reminder-app.js';

const clock = new ManualClock(at('2026-01-20', '08:00'));
let app: TestApp;
const scheduled = () => app.db.reminder.count({ where: { status: 'SCHEDULED' } });
const delayedTimers = () => app.reminders.queue.getDelayedCount();

beforeAll(async () => {
  app = await startTestApp({ clock });
});
afterAll(async () => {
  await app?.stop();
});

it('imports the shipped plan with its units, their bind codes and every reminder of the year', async () => {
  const report = await importAs(app, clock, borderPlanText(), 2026);
  const expected = computeReminders(parsePlanFile(borderPlanText(), { year: 2026 }), { calendar: createChineseWorkingCalendar() });
  expect(report).toMatchObject({ firstImport: true, created: expected.length, updated: 0, cancelled: 0, skippedPast: 0, warnings: [] });
  expect(await scheduled()).toBe(expected.length);
  expect(await app.db.unit.count()).toBe(17);
  expect(await app.db.roomBindCode.count({ where: { unitId: { not: null }, revokedAt: null } })).toBe(17);
  expect(await app.db.auditLog.count({ where: { action: 'plan.import' } })).toBe(1);
});

it('re-imports the same file without changing or adding anything', async () => {
  const [before, timers] = [await rowCounts(app.db), await delayedTimers()];
  const report = await importAs(app, clock, borderPlanText(), 2026);
  expect(report).toMatchObject({ firstImport: false, created: 0, updated: 0, cancelled: 0 });
  const after = await rowCounts(app.db);
  expect({ ...after, AuditLog: 0 }).toEqual({ ...before, AuditLog: 0 });
  expect(await delayedTimers()).toBe(timers);
});

it('re-imports an edited file by moving the reminders it changes and cancelling the ones it drops', async () => {
  const edited = borderPlanText()
    .replace('start: "01-25"\n    end: "01-30"', 'start: "01-25"\n    end: "02-04"')
    .replace('  - { code: before-start, anchor: stage_start, offset_days: -3, at: "09:00" }\n', '');
  const expected = computeReminders(parsePlanFile(edited, { year: 2026 }), { calendar: createChineseWorkingCalendar() });
  const beforeStart = await app.db.reminder.count({ where: { ruleCode: 'before-start' } });
  const report = await importAs(app, clock, edited, 2026);
  expect(report.created).toBe(0);
  expect(report.cancelled).toBe(beforeStart);
  expect(await scheduled()).toBe(expected.length);
  const due = await app.db.reminder.findUniqueOrThrow({ where: { key: 'border-action:2026:mobilisation:due:all:0' } });
  expect(due.announceAt).toEqual(at('2026-02-04', '09:00'));
  expect(await app.db.reminder.count({ where: { ruleCode: 'before-start', status: 'CANCELLED' } })).toBe(beforeStart);
  expect(await app.db.plan.count()).toBe(1);

  // Back to the shipped file: the dropped reminders come back, still one row per key.
  await importAs(app, clock, borderPlanText(), 2026);
  expect(await app.db.reminder.count({ where: { ruleCode: 'before-start', status: 'SCHEDULED' } })).toBe(beforeStart);
  expect(await app.db.reminder.count()).toBe(expected.length + beforeStart);
});

it('rejects a broken file with where and what, and imports nothing of it', async () => {
  const broken = borderPlanText()
    .replace('start: "02-21"', 'start: "02-31"')
    .replace('units: [ethnic-religious-affairs]', 'units: [ethnic-religious-affair]');
  const before = await rowCounts(app.db);
  const error = await importAs(app, clock, broken.replace('code: border-action', 'code: border-action-two'), 2026).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PlanFileError);
  const issues = (error as PlanFileError).issues;
  expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['stages[2].start', 'duties[0].units[0]']));
  expect(issues.find((issue) => issue.path === 'stages[2].start')?.line).toBe(lineContaining(broken, 'start: "02-31"'));
  expect(await rowCounts(app.db)).toEqual(before);
});

it('skips, and never sends, the reminders whose time had passed when a plan is imported late', async () => {
  const report = await importAs(app, clock, borderPlanText(), 2025);
  expect(report.created).toBe(0);
  expect(report.skippedPast).toBeGreaterThan(40);
  await advanceTo(app, clock, clock.now());
  expect(await app.db.reminderDelivery.count()).toBe(0);
});

it('imports JSON too, and warns when the year has no official holiday data', async () => {
  const plan = parsePlanFile(borderPlanText(), { year: 2026 });
  expect(plan.units).toHaveLength(17);
  const json = JSON.stringify({
    code: 'json-plan',
    title: { zh: 'JSON 计划', en: 'JSON plan' },
    source: { document: '测试', section: '一' },
    recipients: [{ code: 'office', name: { zh: '办公室', en: 'Office' } }],
    stages: [{ code: 'only', title: { zh: '唯一阶段', en: 'Only stage' }, start: '03-02', end: '03-06', units: ['education'] }],
    units: [{ code: 'education', name: { zh: '教育局', en: 'Education Bureau' }, duty: { zh: '教育', en: 'Education' } }],
    reminder_rules: [{ code: 'start', anchor: 'stage_start', offset_days: 0 }],
    escalation: { second_reminder_after_hours: 4, private_message_after_hours: 24, office_note_after_hours: 48 },
  });
  const report = await importAs(app, clock, json, 2099);
  expect(report).toMatchObject({ firstImport: true, created: 1 });
  expect(report.warnings[0]?.zh).toContain('国务院尚未公布2099年的节假日安排');
});
