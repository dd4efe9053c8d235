import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '../dialogue/inbound-message.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';
import type { InboundLog } from '../dialogue/ports.js';
import type { Db } from './prisma.js';

export type InboundLogEntry = { status: 'new' | 'resumed' | 'already_handled' };

/**
 * Records a message once per platform id. A message seen before is either finished (skip it)
 * or was interrupted by a crash (handle it again: handling is idempotent).
 */
// Raw SQL on the hot path: Prisma 6.19's client engine compiles every model query on the main
// thread (about 0.7 ms each, measured in `npm run bench`); raw statements skip that step.
export async function logInbound(db: Db, message: InboundMessage): Promise<InboundLogEntry> {
  const inserted = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "InboundMessage" ("id", "platformId", "chatId", "roomId", "senderId", "kind", "text", "receivedAt")
    VALUES (${randomUUID()}, ${message.id}, ${message.chatId}, ${message.roomId}, ${message.senderId}, ${message.kind},
            ${maskPersonalData(message.text)}, ${new Date(message.sentAt)})
    ON CONFLICT ("platformId") DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 1) return { status: 'new' };
  const [existing] = await db.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "InboundMessage" WHERE "platformId" = ${message.id}`;
  return { status: existing?.status === 'RECEIVED' ? 'resumed' : 'already_handled' };
}

export async function markInboundHandled(
  db: Db,
  platformId: string,
  outcome: { at: Date; replyCount: number; capability: string | null; worker: string },
): Promise<void> {
  await db.$executeRaw`
    UPDATE "InboundMessage"
    SET "status" = 'HANDLED'::"InboundStatus", "handledAt" = ${outcome.at}, "replyCount" = ${outcome.replyCount},
        "capability" = ${outcome.capability}, "handledBy" = ${outcome.worker}
    WHERE "platformId" = ${platformId}`;
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
