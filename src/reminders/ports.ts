// What the reminders capability needs from the outside world. src/store/ implements the records
// with PostgreSQL, src/queue/ the timers and the outbox with BullMQ; nothing here knows either.
import type { AuditTrail } from '../dialogue/ports.js';
import type { OutgoingMessage } from '../dialogue/inbound-message.js';
import type { EscalationStepKind, UnitResponseState } from './escalation.js';
import type { Bilingual, Lang, PlanDefinition, PlanSubjectRef } from './plan-definition.js';
import type { QuietHours } from './quiet-hours.js';
import type { ReminderOccurrence } from './reminder-occurrence.js';
import type { YmdDate } from './shanghai-time.js';
import type { WorkingCalendar } from './working-calendar.js';

/** A stage, or one period of a duty: what a unit acknowledges and submits. */
export interface SubjectPeriod {
  planId: string;
  subject: PlanSubjectRef;
  periodIndex: number;
}

/** The office's 改期: one deadline moved away from the file's date. */
export interface DateChange {
  subject: PlanSubjectRef;
  periodIndex: number;
  date: YmdDate;
}

export interface StoredPlan {
  id: string;
  code: string;
  year: number;
  /** The file's plan with the office's date changes applied. */
  definition: PlanDefinition;
  dateChanges: DateChange[];
  importedAt: Date;
}

export interface PlanImport {
  /** As parsed from the file, before any date change. */
  definition: PlanDefinition;
  sourceText: string;
  format: 'yaml' | 'json';
  by: string;
  at: Date;
}

export type ReminderStatus = 'scheduled' | 'sent' | 'skipped' | 'cancelled';

export interface StoredReminder extends ReminderOccurrence {
  id: string;
  planId: string;
  status: ReminderStatus;
  /** Goes up when a sent reminder is due again because its deadline moved. */
  round: number;
  late: boolean;
  sentAt: Date | null;
  skipReason: string | null;
}

export interface NewReminder {
  occurrence: ReminderOccurrence;
  status: 'scheduled' | 'skipped';
  skipReason: string | null;
}

export interface ReminderUpdate extends NewReminder {
  id: string;
  round: number;
}

export interface ReminderChanges {
  create: NewReminder[];
  update: ReminderUpdate[];
  /** Ids of scheduled reminders the plan no longer has. */
  cancel: string[];
  unchanged: number;
}

/** Works out a plan's reminder changes from what is stored; pure, so it can run inside a transaction. */
export type ReminderChangePlanner = (plan: StoredPlan, existing: readonly StoredReminder[]) => ReminderChanges;

export interface PlanSync {
  plan: StoredPlan;
  changes: ReminderChanges;
}

export interface PlanStore {
  find(code: string, year: number): Promise<StoredPlan | null>;
  byId(id: string): Promise<StoredPlan | null>;
  all(): Promise<StoredPlan[]>;
  /** The plan office commands are about: this year's, else the one imported last. */
  active(now: Date): Promise<StoredPlan | null>;
  /**
   * Upserts the plan (by code + year) and its units and applies its reminder changes, with an
   * audit entry, in one transaction: an import is all or nothing.
   */
  savePlan(input: PlanImport, planChanges: ReminderChangePlanner): Promise<PlanSync & { created: boolean }>;
  /** Records a 改期 (replacing an earlier one of the same deadline) and applies the changes it makes. */
  saveDateChange(planId: string, change: DateChange, by: string, at: Date, planChanges: ReminderChangePlanner): Promise<PlanSync>;
  /** Applies changes computed afresh (new calendar data, other quiet hours) at start-up. */
  resync(planId: string, planChanges: ReminderChangePlanner): Promise<PlanSync>;
  remindersOf(planId: string): Promise<StoredReminder[]>;
}

export interface NewDelivery {
  reminderId: string;
  round: number;
  chatId: string;
  roomId: string | null;
  unitCode: string;
  mentionIds: string[];
  text: string;
  queuedAt: Date;
}

/** A reminder as a unit saw it, for matching replies. */
export interface DeliveryRef {
  reminderId: string;
  chatId: string;
  unitCode: string;
  text: string;
  queuedAt: Date;
  subjectPeriod: SubjectPeriod;
  expectsSubmission: boolean;
}

export interface UnitResponseRecord {
  unitCode: string;
  state: Exclude<UnitResponseState, 'none'>;
  at: Date;
}

export interface NewUnitResponse extends UnitResponseRecord {
  subjectPeriod: SubjectPeriod;
  reminderId: string | null;
  messageId: string;
  byContactId: string;
}

export interface UpcomingReminder extends StoredReminder {
  planTitle: Bilingual;
}

export interface ReminderLedger {
  reminder(id: string): Promise<StoredReminder | null>;
  /** Scheduled reminders whose time has come. */
  due(now: Date): Promise<StoredReminder[]>;
  /** Scheduled reminders in [from, to), every plan, in posting order. */
  upcoming(from: Date, to: Date): Promise<UpcomingReminder[]>;
  /** Every scheduled reminder still ahead, to set its timer at start-up. */
  scheduledAfter(now: Date): Promise<{ id: string; at: Date }[]>;
  markSent(id: string, outcome: { at: Date; late: boolean }): Promise<void>;
  markSkipped(id: string, reason: string): Promise<void>;
  /** Idempotent per (reminder, round, chat). */
  recordDeliveries(deliveries: readonly NewDelivery[]): Promise<void>;
  /** Reminders posted into these chats since `since`, newest first. */
  deliveriesTo(chatIds: readonly string[], since: Date, limit: number): Promise<DeliveryRef[]>;
  responses(subjectPeriod: SubjectPeriod): Promise<UnitResponseRecord[]>;
  /** Every response to a plan, for its progress matrix. */
  responsesOfPlan(planId: string): Promise<(UnitResponseRecord & { subjectPeriod: SubjectPeriod })[]>;
  /** Idempotent on the message id. */
  recordResponse(response: NewUnitResponse): Promise<{ id: string }>;
  /** Stages and duty periods reminded since `since`, the latest reminded first. */
  recentlyReminded(since: Date, limit: number): Promise<SubjectPeriod[]>;
}

export type EscalationStatus = 'scheduled' | 'sent' | 'cancelled' | 'skipped';

export interface NewEscalationStep {
  subjectPeriod: SubjectPeriod;
  unitCode: string;
  step: EscalationStepKind;
  reminderId: string;
  dueAt: Date;
}

export interface EscalationStepRecord extends NewEscalationStep {
  id: string;
  status: EscalationStatus;
}

export interface EscalationLedger {
  /** Adds the steps a unit does not have yet for that stage or period (a ladder runs once). */
  schedule(steps: readonly NewEscalationStep[]): Promise<void>;
  step(id: string): Promise<EscalationStepRecord | null>;
  due(now: Date): Promise<EscalationStepRecord[]>;
  /** The office notes of one reminder due by `now`: they go out as one message. */
  officeNotesDue(reminderId: string, now: Date): Promise<EscalationStepRecord[]>;
  /** The distinct times follow-ups are due after `now`, to wake the dispatcher at start-up. */
  dueTimesAfter(now: Date): Promise<Date[]>;
  finish(ids: readonly string[], status: Exclude<EscalationStatus, 'scheduled'>, reason: string | null, at: Date): Promise<void>;
  /** Stops a unit's follow-ups once it answered. */
  cancelForUnit(subjectPeriod: SubjectPeriod, unitCode: string, reason: string, at: Date): Promise<number>;
}

export interface UnitAudience {
  unitCode: string;
  name: Bilingual;
  language: Lang;
  paused: boolean;
  /** Group chats bound to the unit. */
  roomIds: string[];
  /** The unit's contact persons who have bound their WeChat. */
  contacts: { contactId: string; name: string }[];
}

export type RoomRole = { kind: 'unit'; unitCode: string } | { kind: 'office' };

export type BindRoomOutcome =
  | { outcome: 'bound_unit'; unitName: Bilingual }
  | { outcome: 'bound_office' }
  | { outcome: 'already_bound'; unitName: Bilingual | null }
  | { outcome: 'unknown_code' }
  | { outcome: 'not_allowed'; needs: 'unit_contact' | 'office_admin' }
  | { outcome: 'room_taken'; unitName: Bilingual | null };

export interface BindRoomRequest {
  roomId: string;
  topic: string;
  code: string;
  by: { personId: string; role: string; unitId: string | null; contactId: string };
  at: Date;
}

export interface UnitDirectory {
  audiences(unitCodes: readonly string[]): Promise<UnitAudience[]>;
  roomRole(roomId: string): Promise<RoomRole | null>;
  /** The code of the unit a person (unit contact) belongs to. */
  unitCodeOf(unitId: string): Promise<string | null>;
  /** Returns false when the unit already was in that state. Audited. */
  setPaused(unitCode: string, paused: boolean, by: string, at: Date): Promise<boolean>;
  officeRoomId(): Promise<string | null>;
  bindRoom(request: BindRoomRequest): Promise<BindRoomOutcome>;
}

/** Wakes the dispatcher at a time; several wake-ups for one thing are harmless. */
export interface ReminderTimers {
  /** Posts one reminder at its time (precise: the fire lag is measured on these). */
  wakeForReminder(reminderId: string, at: Date): Promise<void>;
  /** Runs everything due then: late reminders, follow-up steps. */
  wakeSweep(at: Date): Promise<void>;
}

/** A message with a key of its own: sending the same key twice sends once. */
export interface KeyedMessage extends OutgoingMessage {
  key: string;
}

export interface ReminderOutbox {
  send(messages: readonly KeyedMessage[], causedAt: Date): Promise<void>;
}

export interface ReminderDeps {
  plans: PlanStore;
  ledger: ReminderLedger;
  escalations: EscalationLedger;
  units: UnitDirectory;
  timers: ReminderTimers;
  outbox: ReminderOutbox;
  audit: AuditTrail;
  calendar: WorkingCalendar;
  quietHours: QuietHours;
}
