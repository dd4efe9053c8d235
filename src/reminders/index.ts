/** Public surface of the reminders capability, for the queue, store and dialogue adapters. */
export { parsePlanFile, formatPath, type ParsePlanFileOptions } from './plan-file.js';
export { PlanFileError, type PlanFileIssue } from './plan-file-error.js';
export type * from './plan-definition.js';
export { loadBorderActionPlan, BORDER_ACTION_PLAN_FILE } from './plans/border-action-plan.js';
export { computeReminders, type ComputeRemindersOptions } from './compute-reminders.js';
export type { ReminderOccurrence, ShiftReason, SubjectDates } from './reminder-occurrence.js';
export { isStillRelevant, pendingUnitCodes, type RelevanceContext } from './reminder-relevance.js';
export { nextAllowedTime, isInQuietHours, DEFAULT_QUIET_HOURS, type QuietHours } from './quiet-hours.js';
export { weekdaysOnlyCalendar, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, type WorkingCalendar } from './working-calendar.js';
export { createChineseWorkingCalendar, type ChineseWorkingCalendar } from './chinese-working-calendar.js';
export { renderReminder, type RenderReminderOptions } from './render-reminder.js';
export { parseAcknowledgement, type Acknowledgement } from './parse-acknowledgement.js';
export {
  planEscalation,
  type EscalationInput,
  type EscalationStep,
  type EscalationStepKind,
  type UnitResponseState,
} from './escalation.js';
export {
  parseOfficeCommand,
  type OfficeCommand,
  type OfficeCommandError,
  type OfficeCommandErrorCode,
  type OfficeCommandParse,
} from './parse-office-command.js';
export { renderUnitStatus, type RenderUnitStatusInput, type UnitResponse } from './render-unit-status.js';
export { shanghaiInstant, shanghaiDateOf, type YmdDate, type TimeOfDay } from './shanghai-time.js';
export type * from './ports.js';
export { importPlan, type ImportPlanInput, type ImportPlanReport } from './import-plan.js';
export { fireReminder } from './fire-reminder.js';
export { sweepReminders, type SweepReport } from './sweep-reminders.js';
export { restoreReminderSchedule } from './restore-reminder-schedule.js';
export { reminderChatFeatures } from './chat-features.js';
export { REMINDER_HELP } from './reminder-help.js';
