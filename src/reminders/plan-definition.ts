import type { TimeOfDay, YmdDate } from './shanghai-time.js';

/** The validated plan bound to one year: every MM-DD of the file is now a real date. */
export interface PlanDefinition {
  code: string;
  /** Chosen by the office at import; the source documents only say "20xx". */
  year: number;
  title: Bilingual;
  source: { document: string; section: string };
  leadingUnitCode?: string;
  recipients: PlanRecipient[];
  units: PlanUnit[];
  stages: PlanStage[];
  duties: PlanDuty[];
  reminderRules: ReminderRule[];
  escalation: EscalationSettings;
}

export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = keyof Bilingual;

/** Someone units report to (an office), not a member unit that gets reminders. */
export interface PlanRecipient {
  code: string;
  name: Bilingual;
}

export interface PlanUnit {
  code: string;
  name: Bilingual;
  /** Short names people type in chats, e.g. 民宗委 or 发改委. */
  aliases: string[];
  /** The unit's responsibility in the plan. */
  duty: Bilingual;
}

export interface Deliverable {
  what: Bilingual;
  toRecipientCode: string;
  due: YmdDate;
}

export interface PlanStage {
  code: string;
  title: Bilingual;
  start: YmdDate;
  end: YmdDate;
  summary?: Bilingual;
  deliverable?: Deliverable;
  unitCodes: string[];
  /** True when the file said `units: all`, so texts can say "each member unit". */
  allUnits: boolean;
}

export type DutySchedule =
  | { type: 'once'; due: YmdDate }
  | { type: 'monthly'; day: number; fromMonth: number; untilMonth: number };

export interface DutyDueDate {
  /** 0 for a one-off duty, the month (1–12) for a monthly one: stable when `from` is edited. */
  periodIndex: number;
  due: YmdDate;
}

export interface PlanDuty {
  code: string;
  title: Bilingual;
  what: Bilingual;
  toRecipientCode: string;
  unitCodes: string[];
  allUnits: boolean;
  schedule: DutySchedule;
  dueDates: DutyDueDate[];
}

export type ReminderAnchor = 'stage_start' | 'stage_end' | 'due';
export type ReminderKind = 'before_start' | 'start' | 'before_end' | 'due' | 'overdue';

export interface ReminderRule {
  code: string;
  anchor: ReminderAnchor;
  offsetDays: number;
  kind: ReminderKind;
  at: TimeOfDay;
}

export interface EscalationSettings {
  secondReminderAfterHours: number;
  privateMessageAfterHours: number;
  officeNoteAfterHours: number;
}

export type PlanSubjectRef = { type: 'stage' | 'duty'; code: string };
