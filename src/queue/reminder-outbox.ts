import type { ReplyQueue } from '../dialogue/ports.js';
import type { ReminderOutbox } from '../reminders/ports.js';

/**
 * Reminders go out through the account's paced sender at their own priorities. Without a
 * logged-in account the send fails and the job retries: a reminder waits for WeChat rather than
 * being lost.
 */
export function createReminderOutbox(replies: ReplyQueue, currentAccountId: () => Promise<string | null>, onReminderQueued?: (dueAt: Date) => void): ReminderOutbox {
  return {
    async send(messages, causedAt) {
      if (messages.length === 0) return;
      const accountId = await currentAccountId();
      if (!accountId) throw new Error('no WeChat account is logged in to send reminders from; will retry');
      await replies.enqueue(accountId, [...messages], { id: 'reminders', causedAt });
      // Reminder posts (rem-…) are what the fire lag is about; follow-ups keep their own times.
      if (messages[0]?.key.startsWith('rem-')) onReminderQueued?.(causedAt);
    },
  };
}
