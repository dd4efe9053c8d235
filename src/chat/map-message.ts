import type { Message, Wechaty } from 'wechaty';
import { types } from 'wechaty';
import type { InboundKind, InboundMessage } from '../dialogue/inbound-message.js';

const KIND_BY_TYPE: Partial<Record<types.Message, InboundKind>> = {
  [types.Message.Text]: 'text',
  [types.Message.Image]: 'image',
  [types.Message.Attachment]: 'file',
  [types.Message.Location]: 'location',
  [types.Message.Url]: 'link',
};

/** Platform notices that are not someone talking to the bot. */
const IGNORED_TYPES = new Set([types.Message.Recalled, types.Message.GroupNote]);

export function isIgnoredType(message: Message): boolean {
  return IGNORED_TYPES.has(message.type());
}

/** A Wechaty message as plain data for the queue. */
export async function mapMessage(bot: Wechaty, message: Message): Promise<InboundMessage> {
  const room = message.room();
  const talker = message.talker();
  const kind = KIND_BY_TYPE[message.type()] ?? 'unsupported';
  const location = kind === 'location' ? await readLocation(bot, message.id) : null;
  return {
    id: message.id,
    accountId: bot.currentUser.id,
    chatId: room ? room.id : talker.id,
    roomId: room ? room.id : null,
    roomTopic: room ? await room.topic() : null,
    senderId: talker.id,
    senderName: talker.name(),
    kind,
    text: kind === 'text' || kind === 'link' ? message.text() : '',
    mentionsBot: room ? await message.mentionSelf() : false,
    sentAt: message.date().toISOString(),
    location,
    attachmentName: kind === 'image' || kind === 'file' ? await attachmentName(message) : null,
  };
}

// Message.toLocation() throws in Wechaty 1.20.2; the puppet call returns the payload.
async function readLocation(bot: Wechaty, messageId: string): Promise<InboundMessage['location']> {
  const payload = await bot.puppet.messageLocation(messageId);
  return { latitude: payload.latitude, longitude: payload.longitude, address: payload.address || payload.name || null };
}

async function attachmentName(message: Message): Promise<string | null> {
  try {
    return (await message.toFileBox()).name;
  } catch {
    return null;
  }
}
