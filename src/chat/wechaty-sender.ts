import type { Wechaty } from 'wechaty';
import type { SendMessageJob } from '../queue/jobs.js';
import type { MessageSender } from '../queue/message-sender.js';

/** Sends through the puppet directly: one call, no Room/Contact loading on the hot path. */
export function createWechatySender(bot: Wechaty): MessageSender {
  return {
    async send(message: SendMessageJob) {
      if (message.roomId && message.mentionIds.length > 0) {
        const names = await Promise.all(
          message.mentionIds.map(async (id) => (await bot.Contact.find({ id }))?.name() ?? ''),
        );
        // WeChat shows a mention only when the text carries "@name" followed by U+2005.
        const prefix = names.filter(Boolean).map((name) => `@${name}\u2005`).join('');
        await bot.puppet.messageSendText(message.roomId, `${prefix}${message.text}`, message.mentionIds);
        return;
      }
      await bot.puppet.messageSendText(message.chatId, message.text);
    },
  };
}
