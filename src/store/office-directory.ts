import type { OfficeDirectory } from '../policy-qa/ports.js';
import type { Db } from './prisma.js';

export function createOfficeDirectory(db: Db): OfficeDirectory {
  return {
    async officeRoomId() {
      const room = await db.chatRoom.findFirst({ where: { isOffice: true }, orderBy: { roomId: 'asc' }, select: { roomId: true } });
      return room?.roomId ?? null;
    },
  };
}
