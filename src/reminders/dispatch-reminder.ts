import { planEscalation } from './escalation.js';
import type { Lang } from './plan-definition.js';
import { SKIP_REASONS } from './plan-reminder-changes.js';
import type { KeyedMessage, NewDelivery, ReminderDeps, StoredPlan, StoredReminder, UnitAudience } from './ports.js';
import { isStillRelevant, pendingUnitCodes } from './reminder-relevance.js';
import { renderReminder } from './render-reminder.js';
import { renderUnreachableNote } from './render-office-note.js';
import { subjectPeriodOf } from './subject-period.js';

/** Later than this after its time, a post says it is late (the service was down). */
export const LATE_AFTER_MS = 10 * 60_000;

export type DispatchOutcome =
  | { outcome: 'sent'; deliveries: number; late: boolean }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'not_due' | 'not_scheduled' };

/**
 * Posts one due reminder to every unit it addresses that still owes something and is not
 * paused, then starts the follow-up of the units that have not answered yet. Safe to run twice,
 * even at once: deliveries are unique per chat, messages have keys, steps are unique per unit.
 */
export async function dispatchReminder(deps: ReminderDeps, reminder: StoredReminder, now: Date): Promise<DispatchOutcome> {
  if (reminder.status !== 'scheduled') return { outcome: 'not_scheduled' };
  if (reminder.announceAt.getTime() > now.getTime()) {
    await deps.timers.wakeForReminder(reminder.id, reminder.announceAt);
    return { outcome: 'not_due' };
  }
  const plan = await deps.plans.byId(reminder.planId);
  if (!plan) throw new Error(`reminder ${reminder.id} belongs to plan ${reminder.planId}, which is not stored`);
  const subjectPeriod = subjectPeriodOf(reminder);
  const responses = await deps.ledger.responses(subjectPeriod);
  const submitted = responses.filter((response) => response.state === 'submitted').map((response) => response.unitCode);
  if (!isStillRelevant(reminder, now, { submittedUnitCodes: submitted })) {
    await deps.ledger.markSkipped(reminder.id, SKIP_REASONS.notRelevant);
    return { outcome: 'skipped', reason: SKIP_REASONS.notRelevant };
  }

  const late = now.getTime() - reminder.announceAt.getTime() > LATE_AFTER_MS;
  const audiences = (await deps.units.audiences(pendingUnitCodes(reminder, submitted))).filter((audience) => !audience.paused);
  const deliveries = deliveriesOf(reminder, plan, audiences, late, now);
  const reached = new Set(deliveries.map((delivery) => delivery.unitCode));
  const unreachable = audiences.filter((audience) => !reached.has(audience.unitCode));
  if (deliveries.length === 0 && unreachable.length === 0) {
    await deps.ledger.markSkipped(reminder.id, 'no_audience');
    return { outcome: 'skipped', reason: 'no_audience' };
  }

  await deps.ledger.recordDeliveries(deliveries);
  const messages: KeyedMessage[] = deliveries.map((delivery) => ({
    key: `rem-${reminder.id}-r${reminder.round}-${delivery.chatId}`,
    chatId: delivery.chatId,
    roomId: delivery.roomId,
    text: delivery.text,
    priority: 'broadcast',
    mentionIds: delivery.mentionIds,
  }));
  const officeRoomId = unreachable.length > 0 ? await deps.units.officeRoomId() : null;
  if (officeRoomId) {
    messages.push({
      key: `rem-${reminder.id}-r${reminder.round}-unreachable`,
      chatId: officeRoomId,
      roomId: officeRoomId,
      text: renderUnreachableNote(plan.definition, reminder, unreachable.map((audience) => audience.unitCode), 'zh'),
      priority: 'confirmation',
      mentionIds: [],
    });
  }
  await deps.outbox.send(messages, reminder.announceAt);
  await startFollowUps(deps, reminder, plan, deliveries, new Set(responses.map((response) => response.unitCode)), now);
  await deps.ledger.markSent(reminder.id, { at: now, late });
  return { outcome: 'sent', deliveries: deliveries.length, late };
}

function deliveriesOf(reminder: StoredReminder, plan: StoredPlan, audiences: readonly UnitAudience[], late: boolean, now: Date): NewDelivery[] {
  const texts = new Map<Lang, string>();
  const textIn = (lang: Lang) => {
    let text = texts.get(lang);
    if (text === undefined) {
      text = renderReminder(reminder, plan.definition, { lang, late });
      texts.set(lang, text);
    }
    return text;
  };
  return audiences.flatMap((audience): NewDelivery[] => {
    const base = { reminderId: reminder.id, round: reminder.round, unitCode: audience.unitCode, text: textIn(audience.language), queuedAt: now };
    const mentionIds = audience.contacts.map((contact) => contact.contactId);
    if (audience.roomIds.length > 0) return audience.roomIds.map((roomId) => ({ ...base, chatId: roomId, roomId, mentionIds }));
    // A unit without a group hears it privately from the bot, one message per contact.
    return audience.contacts.map((contact) => ({ ...base, chatId: contact.contactId, roomId: null, mentionIds: [] }));
  });
}

async function startFollowUps(
  deps: ReminderDeps,
  reminder: StoredReminder,
  plan: StoredPlan,
  deliveries: readonly NewDelivery[],
  responded: ReadonlySet<string>,
  now: Date,
): Promise<void> {
  const reached = [...new Set(deliveries.map((delivery) => delivery.unitCode))].filter((code) => !responded.has(code));
  const ladder = planEscalation({
    sentAt: now,
    response: 'none',
    settings: plan.definition.escalation,
    quietHours: deps.quietHours,
    calendar: deps.calendar,
  });
  const steps = reached.flatMap((unitCode) =>
    ladder.map((step) => ({ subjectPeriod: subjectPeriodOf(reminder), unitCode, step: step.kind, reminderId: reminder.id, dueAt: step.at })),
  );
  if (steps.length === 0) return;
  await deps.escalations.schedule(steps);
  // Every unit's step of one kind falls at the same time: one wake-up each, not one per unit.
  for (const step of ladder) await deps.timers.wakeSweep(step.at);
}
