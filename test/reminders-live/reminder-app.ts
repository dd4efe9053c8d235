// Helpers for reminder tests: a clock the test moves, the shipped plan, and what each room saw.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importPlan, type ImportPlanReport } from '../../src/reminders/import-plan.js';
import { BORDER_ACTION_PLAN_FILE } from '../../src/reminders/plans/border-action-plan.js';
import { shanghaiInstant } from '../../src/reminders/shanghai-time.js';
import type { MockWorld } from '../../src/chat/mock-world.js';
import type { ManualClock } from '../../src/shared/clock.js';
import { DEMO_UNITS } from '../../src/store/seed/demo-county.js';
import type { TestApp } from '../support/test-app.js';

export const borderPlanText = (): string => readFileSync(BORDER_ACTION_PLAN_FILE, 'utf8');
export const roomOf = (unitCode: string): string => DEMO_UNITS.find((unit) => unit.code === unitCode)!.roomId;
export const at = (date: string, time = '00:00'): Date => shanghaiInstant(date, time);

export function importAs(app: TestApp, clock: ManualClock, text: string, year: number): Promise<ImportPlanReport> {
  return importPlan(app.reminders.deps, { text, year, by: 'test:office', now: clock.now() });
}

/** Moves the test clock and runs a sweep through the real queue, as the timers would. */
export async function advanceTo(app: TestApp, clock: ManualClock, instant: Date) {
  clock.set(instant);
  return app.reminders.worker!.sweepNow();
}

/** Reminder posts (not follow-ups) each unit room received, across one or more mock worlds. */
export function reminderPostsIn(worlds: readonly MockWorld[], roomId: string): string[] {
  return worlds.flatMap((world) => world.sentTo(roomId)).map((message) => message.text).filter((text) => text.includes('】') && !text.includes('再次提醒'));
}

export function expectOnePostEndingWith(worlds: readonly MockWorld[], roomId: string, text: string): void {
  const matching = reminderPostsIn(worlds, roomId).filter((posted) => posted.endsWith(text));
  expect(matching, `posts in ${roomId} ending with:\n${text}`).toHaveLength(1);
}
