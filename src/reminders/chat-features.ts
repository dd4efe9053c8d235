// The reminders capability in the dialogue router, in the order build-router.ts registers them.
import type { Feature } from '../dialogue/context.js';
import { bindUnitRoomFeature } from './bind-unit-room-feature.js';
import { officeReminderCommandsFeature } from './office-reminder-commands.js';
import type { ReminderDeps } from './ports.js';
import { unitResponseFeature } from './unit-response-feature.js';

export interface ReminderChatFeatures {
  /** See every group message: 收到 is never @-addressed, office commands often are not. */
  groupListeners: Feature[];
  /** Addressed messages only. */
  features: Feature[];
}

export function reminderChatFeatures(deps: ReminderDeps): ReminderChatFeatures {
  return {
    groupListeners: [officeReminderCommandsFeature(deps), unitResponseFeature(deps)],
    features: [bindUnitRoomFeature(deps)],
  };
}
