import type { ReminderAnchor, ReminderKind } from './plan-definition.js';

/** What a reminder announces follows from where it sits relative to its anchor date. */
export function reminderKindFor(anchor: ReminderAnchor, offsetDays: number): ReminderKind {
  switch (anchor) {
    case 'stage_start':
      return offsetDays < 0 ? 'before_start' : 'start';
    case 'stage_end':
      return 'before_end';
    case 'due':
      return offsetDays > 0 ? 'overdue' : 'due';
  }
}
