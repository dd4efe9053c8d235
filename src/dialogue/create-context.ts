import { detectLanguage, type Bilingual, type Lang } from '../shared/language.js';
import type { ConversationHandle, DialogueContext, RecordedChange } from './context.js';
import type { InboundMessage, OutgoingMessage, Priority } from './inbound-message.js';
import type { ConversationState, Person } from './ports.js';
import { cleanMessageText } from './clean-message-text.js';

function conversationHandle(current: ConversationState | null, now: Date): ConversationHandle {
  let pending: { state: ConversationState | null } | undefined;
  return {
    current,
    set(flow, step, data) {
      pending = { state: { flow, step, data, updatedAt: now.toISOString() } };
    },
    clear() {
      pending = { state: null };
    },
    get pending() {
      return pending;
    },
  };
}

export function createContext(input: {
  message: InboundMessage;
  person: Person | null;
  state: ConversationState | null;
  now: Date;
  botName: string;
}): DialogueContext {
  const { message, person, now } = input;
  const text = cleanMessageText(message.text, input.botName);
  const lang: Lang = text ? detectLanguage(text) : person?.language === 'en' ? 'en' : 'zh';
  const replies: OutgoingMessage[] = [];
  const recorded: RecordedChange[] = [];
  const isGroup = message.roomId !== null;
  const localise = (value: string | Bilingual) => (typeof value === 'string' ? value : value[lang]);
  const push = (chatId: string, roomId: string | null, value: string | Bilingual, priority: Priority, mentionIds: string[]) =>
    replies.push({ chatId, roomId, text: localise(value), priority, mentionIds });

  return {
    message,
    text,
    lang,
    person,
    role: person?.role ?? 'stranger',
    isGroup,
    addressed: !isGroup || message.mentionsBot,
    now,
    conversation: conversationHandle(input.state, now),
    replies,
    recorded,
    handledBy: null,
    reply(value, priority = 'reply') {
      push(message.chatId, message.roomId, value, priority, isGroup ? [message.senderId] : []);
    },
    replyPrivately(value, priority = 'reply') {
      push(message.senderId, null, value, priority, []);
    },
    sendTo(chatId, value, options = {}) {
      const roomId = chatId.includes('@') ? chatId : null;
      push(chatId, roomId, value, options.priority ?? 'reply', options.mentionIds ?? []);
    },
    record(kind, id) {
      recorded.push({ kind, id });
    },
  };
}
