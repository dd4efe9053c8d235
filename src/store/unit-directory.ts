import type { BindRoomOutcome, UnitAudience, UnitDirectory } from '../reminders/ports.js';
import type { Prisma } from './generated/prisma/client.js';
import { createOfficeDirectory } from './office-directory.js';
import type { Db } from './prisma.js';

const AUDIENCE_INCLUDE = {
  rooms: { where: { isOffice: false }, select: { roomId: true }, orderBy: { roomId: 'asc' } },
  people: { where: { role: 'UNIT_CONTACT' }, select: { name: true, bindings: { select: { contactId: true } } }, orderBy: { name: 'asc' } },
} as const satisfies Prisma.UnitInclude;

export function createUnitDirectory(db: Db): UnitDirectory {
  return {
    async audiences(unitCodes) {
      if (unitCodes.length === 0) return [];
      const rows = await db.unit.findMany({ where: { code: { in: [...unitCodes] } }, include: AUDIENCE_INCLUDE });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return unitCodes.flatMap((code): UnitAudience[] => {
        const row = byCode.get(code);
        if (!row) return [];
        return [
          {
            unitCode: row.code,
            name: { zh: row.nameZh, en: row.nameEn },
            language: row.language === 'en' ? 'en' : 'zh',
            paused: row.remindersPausedAt !== null,
            roomIds: row.rooms.map((room) => room.roomId),
            contacts: row.people.flatMap((person) => person.bindings.map((binding) => ({ contactId: binding.contactId, name: person.name }))),
          },
        ];
      });
    },

    async roomRole(roomId) {
      const room = await db.chatRoom.findUnique({ where: { roomId }, select: { isOffice: true, unit: { select: { code: true } } } });
      if (!room) return null;
      if (room.isOffice) return { kind: 'office' };
      return room.unit ? { kind: 'unit', unitCode: room.unit.code } : null;
    },

    async unitCodeOf(unitId) {
      return (await db.unit.findUnique({ where: { id: unitId }, select: { code: true } }))?.code ?? null;
    },

    async setPaused(unitCode, paused, by, at) {
      return db.$transaction(async (tx) => {
        const { count } = await tx.unit.updateMany({
          where: { code: unitCode, remindersPausedAt: paused ? null : { not: null } },
          data: paused ? { remindersPausedAt: at, remindersPausedBy: by } : { remindersPausedAt: null, remindersPausedBy: null },
        });
        if (count === 0) return false;
        await tx.auditLog.create({
          data: { actor: by, action: paused ? 'unit.reminders.pause' : 'unit.reminders.resume', entity: 'Unit', entityId: unitCode, before: { paused: !paused }, after: { paused } },
        });
        return true;
      });
    },

    officeRoomId: createOfficeDirectory(db).officeRoomId,

    async bindRoom({ roomId, topic, code, by, at }): Promise<BindRoomOutcome> {
      return db.$transaction(async (tx) => {
        const bindCode = await tx.roomBindCode.findUnique({ where: { code }, include: { unit: true } });
        if (!bindCode || bindCode.revokedAt) return { outcome: 'unknown_code' };
        const room = await tx.chatRoom.findUnique({ where: { roomId }, include: { unit: true } });
        const roomUnitName = room?.unit ? { zh: room.unit.nameZh, en: room.unit.nameEn } : null;

        if (bindCode.forOffice) {
          if (by.role !== 'office_admin') return { outcome: 'not_allowed', needs: 'office_admin' };
          if (room?.isOffice) return { outcome: 'already_bound', unitName: null };
          if (room?.unitId) return { outcome: 'room_taken', unitName: roomUnitName };
          // One office room: binding a new one retires the old.
          await tx.chatRoom.updateMany({ where: { isOffice: true }, data: { isOffice: false } });
          await tx.chatRoom.upsert({
            where: { roomId },
            create: { roomId, topic, isOffice: true, boundAt: at, boundBy: by.personId },
            update: { topic: topic || undefined, isOffice: true, boundAt: at, boundBy: by.personId },
          });
          await audit(tx, by.personId, 'room.bind_office', roomId, room ? { isOffice: room.isOffice, unitId: room.unitId } : null, { isOffice: true, code });
          return { outcome: 'bound_office' };
        }

        const unit = bindCode.unit;
        if (!unit) return { outcome: 'unknown_code' };
        const allowed = by.role === 'office_admin' || (by.role === 'unit_contact' && by.unitId === unit.id);
        if (!allowed) return { outcome: 'not_allowed', needs: 'unit_contact' };
        const unitName = { zh: unit.nameZh, en: unit.nameEn };
        if (room?.isOffice) return { outcome: 'room_taken', unitName: null };
        if (room?.unitId === unit.id) return { outcome: 'already_bound', unitName };
        if (room?.unitId) return { outcome: 'room_taken', unitName: roomUnitName };
        await tx.chatRoom.upsert({
          where: { roomId },
          create: { roomId, topic, unitId: unit.id, boundAt: at, boundBy: by.personId },
          update: { topic: topic || undefined, unitId: unit.id, boundAt: at, boundBy: by.personId },
        });
        await audit(tx, by.personId, 'room.bind_unit', roomId, room ? { unitId: room.unitId } : null, { unitId: unit.id, unitCode: unit.code, code });
        return { outcome: 'bound_unit', unitName };
      });
    },
  };
}

async function audit(tx: Prisma.TransactionClient, personId: string, action: string, roomId: string, before: object | null, after: object): Promise<void> {
  await tx.auditLog.create({ data: { actorId: personId, actor: `person:${personId}`, action, entity: 'ChatRoom', entityId: roomId, before: before ?? undefined, after } });
}
