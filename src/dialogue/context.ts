import type { Bilingual, Lang } from '../shared/language.js';
import type { InboundMessage, OutgoingMessage, Priority } from './inbound-message.js';
import type { ConversationState, Person, RoleOrStranger } from './ports.js';

export interface RecordedChange {
  kind: string;
  id: string;
}

/**
 * Conversation state is read once and written after the replies are queued, so a handler that
 * is retried after a crash sees the state it saw the first time and produces the same replies.
 */
export interface ConversationHandle {
  readonly current: ConversationState | null;
  set(flow: string, step: string, data: Record<string, unknown>): void;
  clear(): void;
  /** The write to apply after replies are queued; undefined when nothing changed. */
  readonly pending: { state: ConversationState | null } | undefined;
}

export interface DialogueContext {
  readonly message: InboundMessage;
  /** The text with the @-mention, control characters and surrounding spaces removed. */
  readonly text: string;
  readonly lang: Lang;
  readonly person: Person | null;
  readonly role: RoleOrStranger;
  readonly isGroup: boolean;
  /** A private chat, or a group message that @-mentions the bot. */
  readonly addressed: boolean;
  readonly now: Date;
  readonly conversation: ConversationHandle;
  readonly replies: OutgoingMessage[];
  readonly recorded: RecordedChange[];
  /** Answers in the chat the message came from. */
  reply(text: string | Bilingual, priority?: Priority): void;
  /** Sends to the sender privately, e.g. to continue a personal question asked in a group. */
  replyPrivately(text: string | Bilingual, priority?: Priority): void;
  /** Sends to another chat (the office room, a unit group). */
  sendTo(chatId: string, text: string | Bilingual, options?: { priority?: Priority; mentionIds?: string[] }): void;
  record(kind: string, id: string): void;
  /** Which feature answered, for logs and metrics. */
  handledBy: string | null;
}

export type Next = () => Promise<void>;
export type Feature = (ctx: DialogueContext, next: Next) => Promise<void>;
