import type { NewReminder, ReminderChanges, ReminderUpdate, StoredReminder } from './ports.js';
import { nextAllowedTime, type QuietHours } from './quiet-hours.js';
import type { ReminderOccurrence } from './reminder-occurrence.js';

export const SKIP_REASONS = {
  /** Its time had passed when the plan (or that part of it) was imported. */
  beforeImport: 'planned_before_import',
  superseded: 'superseded',
  notRelevant: 'no_longer_relevant',
} as const;

/**
 * What storing `computed` changes for a plan that already has `existing` reminders, matched by
 * their date-free keys. Nothing is ever posted twice because of a sync:
 * - a reminder still ahead follows the new dates;
 * - one an edit moves into the past is posted now (the office just changed it), one that was
 *   already missed keeps its time and is posted late by the dispatcher;
 * - a sent one is armed again (next round) only when its dates changed and its new time is ahead;
 * - new ones whose time has passed, above all on the first import, are skipped, not sent late.
 */
export function planReminderChanges(
  existing: readonly StoredReminder[],
  computed: readonly ReminderOccurrence[],
  now: Date,
  quietHours: QuietHours,
): ReminderChanges {
  const byKey = new Map(existing.map((reminder) => [reminder.key, reminder]));
  const computedKeys = new Set(computed.map((occurrence) => occurrence.key));
  const create: NewReminder[] = [];
  const update: ReminderUpdate[] = [];
  let unchanged = 0;
  const isPast = (instant: Date) => instant.getTime() <= now.getTime();

  for (const occurrence of computed) {
    const stored = byKey.get(occurrence.key);
    if (!stored) {
      create.push(
        isPast(occurrence.announceAt)
          ? { occurrence, status: 'skipped', skipReason: SKIP_REASONS.beforeImport }
          : { occurrence, status: 'scheduled', skipReason: null },
      );
      continue;
    }
    const next = decide(stored, occurrence, isPast, () => nextAllowedTime(now, quietHours));
    if (next) update.push(next);
    else unchanged += 1;
  }
  const cancel = existing.filter((reminder) => reminder.status === 'scheduled' && !computedKeys.has(reminder.key)).map((reminder) => reminder.id);
  return { create, update, cancel, unchanged };
}

function decide(
  stored: StoredReminder,
  occurrence: ReminderOccurrence,
  isPast: (instant: Date) => boolean,
  postNow: () => Date,
): ReminderUpdate | null {
  const keep = { id: stored.id, round: stored.round };
  switch (stored.status) {
    case 'scheduled': {
      if (!differs(stored, occurrence)) return null;
      const movedIntoPast = isPast(occurrence.announceAt) && !isPast(stored.announceAt);
      const moved = movedIntoPast ? { ...occurrence, announceAt: postNow() } : occurrence;
      return { ...keep, occurrence: moved, status: 'scheduled', skipReason: null };
    }
    case 'sent':
      if (!datesDiffer(stored, occurrence) || isPast(occurrence.announceAt)) return null;
      return { ...keep, round: stored.round + 1, occurrence, status: 'scheduled', skipReason: null };
    case 'skipped':
    case 'cancelled':
      if (stored.status === 'skipped' && !differs(stored, occurrence)) return null;
      if (isPast(occurrence.announceAt)) {
        return stored.status === 'cancelled' ? { ...keep, occurrence, status: 'skipped', skipReason: SKIP_REASONS.beforeImport } : null;
      }
      return { ...keep, occurrence, status: 'scheduled', skipReason: null };
  }
}

function differs(stored: ReminderOccurrence, occurrence: ReminderOccurrence): boolean {
  return (
    stored.announceAt.getTime() !== occurrence.announceAt.getTime() ||
    stored.nominalAt.getTime() !== occurrence.nominalAt.getTime() ||
    stored.unitCodes.join(',') !== occurrence.unitCodes.join(',') ||
    (stored.shiftedReason ?? null) !== (occurrence.shiftedReason ?? null) ||
    datesDiffer(stored, occurrence)
  );
}

function datesDiffer(stored: ReminderOccurrence, occurrence: ReminderOccurrence): boolean {
  const { start, end, due } = stored.dates;
  return start !== occurrence.dates.start || end !== occurrence.dates.end || due !== occurrence.dates.due;
}
