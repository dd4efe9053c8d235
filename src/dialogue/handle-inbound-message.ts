import type { Clock } from '../shared/clock.js';
import { createContext } from './create-context.js';
import type { RecordedChange } from './context.js';
import type { InboundMessage } from './inbound-message.js';
import type { ConversationStore, InboundLog, PeopleDirectory, ReplyQueue } from './ports.js';
import type { DialogueRouter } from './router.js';
import { screenInput } from './screen-input.js';
import { cleanMessageText } from './clean-message-text.js';
import { detectLanguage } from '../shared/language.js';

export interface MessageHandlingDeps {
  router: DialogueRouter;
  people: PeopleDirectory;
  conversations: ConversationStore;
  inboundLog: InboundLog;
  replies: ReplyQueue;
  clock: Clock;
  botName: string;
  conversationTtlSeconds: number;
  /** Names this worker process in the message log. */
  workerName: string;
}

export type HandlingOutcome = {
  status: 'handled' | 'duplicate' | 'rejected' | 'ignored';
  replyCount: number;
  capability: string | null;
  recorded: RecordedChange[];
  replies: string[];
};

export function conversationKey(message: InboundMessage): string {
  return `${message.accountId}:${message.senderId}`;
}

/**
 * One inbound message, start to finish. Safe to run again for the same message: records are keyed
 * by the message id, replies get ids derived from it, and state is written only after replies are queued.
 */
export async function handleInboundMessage(message: InboundMessage, deps: MessageHandlingDeps): Promise<HandlingOutcome> {
  const cleaned = cleanMessageText(message.text, deps.botName);
  const addressed = message.roomId === null || message.mentionsBot;
  const rejection = screenInput(message, cleaned);
  if (rejection) {
    if (!addressed) return { status: 'ignored', replyCount: 0, capability: null, recorded: [], replies: [] };
    const lang = cleaned ? detectLanguage(cleaned) : 'zh';
    const reply = { chatId: message.chatId, roomId: message.roomId, text: rejection.text[lang], priority: 'reply' as const, mentionIds: [] };
    await deps.replies.enqueue(message.accountId, [reply], { id: message.id, causedAt: new Date(message.sentAt) });
    return { status: 'rejected', replyCount: 1, capability: `rejected:${rejection.reason}`, recorded: [], replies: [reply.text] };
  }

  const logged = await deps.inboundLog.begin(message);
  if (logged === 'already_handled') return { status: 'duplicate', replyCount: 0, capability: null, recorded: [], replies: [] };

  const key = conversationKey(message);
  const [person, state] = await Promise.all([deps.people.findByContact(message.senderId), deps.conversations.get(key)]);
  const ctx = createContext({ message, person, state, now: deps.clock.now(), botName: deps.botName });
  await deps.router.handle(ctx);

  const replyCount = await deps.replies.enqueue(message.accountId, ctx.replies, { id: message.id, causedAt: new Date(message.sentAt) });
  const pending = ctx.conversation.pending;
  if (pending?.state) await deps.conversations.set(key, pending.state, deps.conversationTtlSeconds);
  else if (pending) await deps.conversations.clear(key);
  await deps.inboundLog.finish(message.id, { at: deps.clock.now(), replyCount, capability: ctx.handledBy, worker: deps.workerName });
  return {
    status: ctx.addressed || ctx.handledBy ? 'handled' : 'ignored',
    replyCount,
    capability: ctx.handledBy,
    recorded: ctx.recorded,
    replies: ctx.replies.map((reply) => reply.text),
  };
}
