import type { Lang } from '../shared/language.js';

export const INBOUND_KINDS = ['text', 'image', 'file', 'location', 'link', 'unsupported'] as const;
export type InboundKind = (typeof INBOUND_KINDS)[number];

/** A WeChat message as the dialogue sees it: plain data, no platform objects. */
export interface InboundMessage {
  /** The platform's message id: handling is idempotent on it. */
  id: string;
  /** The bot account that received it; replies go out through the same account. */
  accountId: string;
  /** Where a reply goes: the room id in a group, the sender's contact id in a private chat. */
  chatId: string;
  roomId: string | null;
  /** The group's name, for binding a group to a unit; null in private chats. */
  roomTopic: string | null;
  senderId: string;
  senderName: string;
  kind: InboundKind;
  text: string;
  mentionsBot: boolean;
  sentAt: string;
  location: { latitude: number; longitude: number; address: string | null } | null;
  attachmentName: string | null;
}

export const PRIORITIES = ['reply', 'confirmation', 'broadcast'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A message the bot will send. Replies keep their order within a chat. */
export interface OutgoingMessage {
  chatId: string;
  roomId: string | null;
  text: string;
  priority: Priority;
  /** Contacts to @-mention in a room. */
  mentionIds: string[];
  /**
   * Its own identity for deduplication (a reminder's post into one room): queued once per key,
   * however many times or by whom. Without it, the id comes from the origin and the position.
   */
  key?: string;
}

export type ReplyLang = Lang;
