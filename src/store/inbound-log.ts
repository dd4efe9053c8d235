import type { InboundMessage } from '../dialogue/inbound-message.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';
import type { InboundLog } from '../dialogue/ports.js';
import type { Db } from './prisma.js';

export type InboundLogEntry = { status: 'new' | 'resumed' | 'already_handled' };

/**
 * Records a message once per platform id. A message seen before is either finished (skip it)
 * or was interrupted by a crash (handle it again: handling is idempotent).
 */
export async function logInbound(db: Db, message: InboundMessage): Promise<InboundLogEntry> {
  const inserted = await db.inboundMessage.createMany({
    data: {
      platformId: message.id,
      chatId: message.chatId,
      roomId: message.roomId,
      senderId: message.senderId,
      kind: message.kind,
      text: maskPersonalData(message.text),
      receivedAt: new Date(message.sentAt),
    },
    skipDuplicates: true,
  });
  if (inserted.count === 1) return { status: 'new' };
  const existing = await db.inboundMessage.findUnique({ where: { platformId: message.id }, select: { status: true } });
  return { status: existing?.status === 'RECEIVED' ? 'resumed' : 'already_handled' };
}

export async function markInboundHandled(
  db: Db,
  platformId: string,
  outcome: { at: Date; replyCount: number; capability: string | null; worker: string },
): Promise<void> {
  await db.inboundMessage.update({
    where: { platformId },
    data: { status: 'HANDLED', handledAt: outcome.at, replyCount: outcome.replyCount, capability: outcome.capability, handledBy: outcome.worker },
  });
}

export function createInboundLog(db: Db): InboundLog {
  return {
    async begin(message) {
      return (await logInbound(db, message)).status;
    },
    finish(messageId, outcome) {
      return markInboundHandled(db, messageId, outcome);
    },
  };
}
