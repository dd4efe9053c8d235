import type { EscalationStepKind } from './escalation.js';
import type { EscalationStepRecord, KeyedMessage, ReminderDeps, StoredPlan, StoredReminder } from './ports.js';
import { isInQuietHours, nextAllowedTime } from './quiet-hours.js';
import { renderOfficeNote } from './render-office-note.js';
import { renderReminder } from './render-reminder.js';

export interface FollowUpReport {
  sent: number;
  cancelled: number;
  skipped: number;
}

const GROUP_AND_PRIVATE_STEP: Record<Exclude<EscalationStepKind, 'office_note'>, 1 | 2> = { second_reminder: 1, private_message: 2 };

/**
 * Every follow-up step due by `now`: a second reminder in the unit's group, a private message to
 * its contact, a note to the office. A unit that has answered by then (收到 or 已提交), or whose
 * reminders are paused, is left alone. The office notes of one reminder go out as one message.
 */
export async function runDueFollowUps(deps: ReminderDeps, now: Date): Promise<FollowUpReport> {
  const report: FollowUpReport = { sent: 0, cancelled: 0, skipped: 0 };
  const due = await deps.escalations.due(now);
  if (due.length === 0) return report;
  if (isInQuietHours(now, deps.quietHours)) {
    await deps.timers.wakeSweep(nextAllowedTime(now, deps.quietHours));
    return report;
  }
  const context = new FollowUpContext(deps);
  const officeNotesDone = new Set<string>();
  for (const step of due) {
    if (step.step === 'office_note') {
      if (officeNotesDone.has(step.reminderId)) continue;
      officeNotesDone.add(step.reminderId);
      add(report, await sendOfficeNote(deps, context, step.reminderId, now));
    } else {
      add(report, await sendUnitFollowUp(deps, context, step, step.step, now));
    }
  }
  return report;
}

function add(report: FollowUpReport, outcome: FollowUpReport): void {
  report.sent += outcome.sent;
  report.cancelled += outcome.cancelled;
  report.skipped += outcome.skipped;
}

/** Plans and reminders looked up once per sweep, not once per unit. */
class FollowUpContext {
  private readonly reminders = new Map<string, Promise<{ reminder: StoredReminder; plan: StoredPlan }>>();
  constructor(private readonly deps: ReminderDeps) {}

  reminderWithPlan(reminderId: string): Promise<{ reminder: StoredReminder; plan: StoredPlan }> {
    let found = this.reminders.get(reminderId);
    if (!found) {
      found = (async () => {
        const reminder = await this.deps.ledger.reminder(reminderId);
        if (!reminder) throw new Error(`follow-up refers to reminder ${reminderId}, which is not stored`);
        const plan = await this.deps.plans.byId(reminder.planId);
        if (!plan) throw new Error(`reminder ${reminderId} belongs to plan ${reminder.planId}, which is not stored`);
        return { reminder, plan };
      })();
      this.reminders.set(reminderId, found);
    }
    return found;
  }
}

async function answeredOrPaused(deps: ReminderDeps, steps: readonly EscalationStepRecord[]): Promise<Map<string, 'responded' | 'paused'>> {
  const reasons = new Map<string, 'responded' | 'paused'>();
  const first = steps[0];
  if (!first) return reasons;
  for (const response of await deps.ledger.responses(first.subjectPeriod)) reasons.set(response.unitCode, 'responded');
  for (const audience of await deps.units.audiences(steps.map((step) => step.unitCode))) {
    if (audience.paused && !reasons.has(audience.unitCode)) reasons.set(audience.unitCode, 'paused');
  }
  return reasons;
}

async function sendUnitFollowUp(
  deps: ReminderDeps,
  context: FollowUpContext,
  step: EscalationStepRecord,
  kind: Exclude<EscalationStepKind, 'office_note'>,
  now: Date,
): Promise<FollowUpReport> {
  const stopped = (await answeredOrPaused(deps, [step])).get(step.unitCode);
  if (stopped) {
    await deps.escalations.finish([step.id], 'cancelled', stopped, now);
    return { sent: 0, cancelled: 1, skipped: 0 };
  }
  const [audience] = await deps.units.audiences([step.unitCode]);
  const { reminder, plan } = await context.reminderWithPlan(step.reminderId);
  const escalationStep = GROUP_AND_PRIVATE_STEP[kind];
  const text = renderReminder(reminder, plan.definition, { lang: audience?.language ?? 'zh', escalationStep, postedAt: now });
  const mentionIds = audience?.contacts.map((contact) => contact.contactId) ?? [];
  const messages: KeyedMessage[] =
    kind === 'second_reminder'
      ? (audience?.roomIds ?? []).map((roomId) => ({ key: `esc-${step.id}-${roomId}`, chatId: roomId, roomId, text, priority: 'broadcast', mentionIds }))
      : (audience?.contacts ?? []).map((contact) => ({
          key: `esc-${step.id}-${contact.contactId}`,
          chatId: contact.contactId,
          roomId: null,
          text,
          priority: 'broadcast',
          mentionIds: [],
        }));
  if (messages.length === 0) {
    await deps.escalations.finish([step.id], 'skipped', kind === 'second_reminder' ? 'no_room' : 'no_contact', now);
    return { sent: 0, cancelled: 0, skipped: 1 };
  }
  await deps.outbox.send(messages, step.dueAt);
  await deps.escalations.finish([step.id], 'sent', null, now);
  return { sent: 1, cancelled: 0, skipped: 0 };
}

async function sendOfficeNote(deps: ReminderDeps, context: FollowUpContext, reminderId: string, now: Date): Promise<FollowUpReport> {
  const steps = await deps.escalations.officeNotesDue(reminderId, now);
  const stopped = await answeredOrPaused(deps, steps);
  const report: FollowUpReport = { sent: 0, cancelled: 0, skipped: 0 };
  for (const reason of ['responded', 'paused'] as const) {
    const ids = steps.filter((step) => stopped.get(step.unitCode) === reason).map((step) => step.id);
    if (ids.length === 0) continue;
    await deps.escalations.finish(ids, 'cancelled', reason, now);
    report.cancelled += ids.length;
  }
  const silent = steps.filter((step) => !stopped.has(step.unitCode));
  const first = silent[0];
  if (!first) return report;
  const officeRoomId = await deps.units.officeRoomId();
  if (!officeRoomId) {
    await deps.escalations.finish(silent.map((step) => step.id), 'skipped', 'no_office_room', now);
    return { ...report, skipped: report.skipped + silent.length };
  }
  const { reminder, plan } = await context.reminderWithPlan(reminderId);
  const text = renderOfficeNote(plan.definition, reminder, reminder.sentAt ?? reminder.announceAt, silent.map((step) => step.unitCode), 'zh');
  await deps.outbox.send(
    [{ key: `esc-office-${reminderId}-${first.dueAt.getTime()}`, chatId: officeRoomId, roomId: officeRoomId, text, priority: 'confirmation', mentionIds: [] }],
    first.dueAt,
  );
  await deps.escalations.finish(silent.map((step) => step.id), 'sent', null, now);
  return { ...report, sent: report.sent + silent.length };
}
