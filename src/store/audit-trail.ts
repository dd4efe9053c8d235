import type { AuditTrail } from '../dialogue/ports.js';
import type { Db } from './prisma.js';
import type { Prisma } from './generated/prisma/client.js';

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export function createAuditTrail(db: Db): AuditTrail {
  return {
    async record(entry) {
      await db.auditLog.create({
        data: {
          actorId: entry.actorId,
          actor: entry.actor,
          action: entry.action,
          entity: entry.entity,
          entityId: entry.entityId,
          before: asJson(entry.before),
          after: asJson(entry.after),
        },
      });
    },
  };
}
