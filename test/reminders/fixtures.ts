import { readFileSync } from 'node:fs';
import { BORDER_ACTION_PLAN_FILE } from '../../src/reminders/plans/border-action-plan.js';
import type { WorkingCalendar } from '../../src/reminders/working-calendar.js';

export const shippedPlanText = (): string => readFileSync(BORDER_ACTION_PLAN_FILE, 'utf8');

/** Every day works: isolates quiet-hour and offset logic from holidays. */
export const everyDayWorks: WorkingCalendar = { isWorkingDay: () => true };

/** A small valid plan; tests break one line of it at a time. */
export const SMALL_PLAN_YAML = `code: test-plan
title: { zh: 测试计划, en: Test plan }
source: { document: 测试文件, section: 一 }
recipients:
  - code: office
    name: { zh: 办公室, en: Office }
stages:
  - code: alpha
    title: { zh: 甲阶段, en: Alpha stage }
    start: "03-02"
    end: "03-06"
    deliverable:
      what: { zh: 甲报告, en: Alpha report }
      to: office
    units: all
  - code: beta
    title: { zh: 乙阶段, en: Beta stage }
    start: "03-10"
    end: "03-20"
    units: [unit-a]
units:
  - code: unit-a
    name: { zh: 甲单位, en: Unit A }
    duty: { zh: 做甲, en: Do A }
  - code: unit-b
    name: { zh: 乙单位, en: Unit B }
    duty: { zh: 做乙, en: Do B }
duties:
  - code: monthly
    title: { zh: 月报, en: Monthly report }
    units: [unit-b]
    what: { zh: 月度报告, en: the monthly report }
    to: office
    recurrence: { every: month, day: 10, from: "04", until: "05" }
reminder_rules:
  - { code: before-start, anchor: stage_start, offset_days: -3 }
  - { code: start, anchor: stage_start, offset_days: 0 }
  - { code: before-end, anchor: stage_end, offset_days: -1 }
  - { code: due, anchor: due, offset_days: 0 }
  - { code: overdue, anchor: due, offset_days: 1, kind: overdue }
escalation:
  second_reminder_after_hours: 4
  private_message_after_hours: 24
  office_note_after_hours: 48
`;

/** Line (1-based) of the first line of `text` containing `needle`. */
export function lineContaining(text: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index]?.includes(needle) && ++seen === occurrence) return index + 1;
  }
  throw new Error(`no line contains ${needle}`);
}
