import type { ReminderOccurrence } from './reminder-occurrence.js';
import { addDays, shanghaiInstant, type YmdDate } from './shanghai-time.js';

export interface RelevanceContext {
  /** Units that have already submitted this subject's deliverable for this period (the store knows). */
  submittedUnitCodes?: Iterable<string>;
}

/** The addressed units that still owe the deliverable; all of them when nothing is due. */
export function pendingUnitCodes(occurrence: ReminderOccurrence, submittedUnitCodes: Iterable<string> = []): string[] {
  if (occurrence.dates.due === undefined) return [...occurrence.unitCodes];
  const submitted = new Set(submittedUnitCodes);
  return occurrence.unitCodes.filter((code) => !submitted.has(code));
}

/**
 * Whether a reminder missed while the service was down is still worth posting late. A notice
 * about a stage is pointless once the stage is over; a due notice once the due day is over (the
 * overdue notice takes over); an overdue notice stays relevant until every unit has submitted.
 */
export function isStillRelevant(occurrence: ReminderOccurrence, now: Date, context: RelevanceContext = {}): boolean {
  if (occurrence.dates.due !== undefined && pendingUnitCodes(occurrence, context.submittedUnitCodes).length === 0) {
    return false;
  }
  const lastDay = lastRelevantDay(occurrence);
  return lastDay === undefined || now.getTime() < shanghaiInstant(addDays(lastDay, 1)).getTime();
}

function lastRelevantDay(occurrence: ReminderOccurrence): YmdDate | undefined {
  switch (occurrence.kind) {
    case 'before_start':
    case 'start':
    case 'before_end':
      return occurrence.dates.end;
    case 'due':
      return occurrence.dates.due;
    case 'overdue':
      return undefined;
  }
}
