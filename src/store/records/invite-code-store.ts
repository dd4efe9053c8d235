import type { InviteCodeStore } from '../../dialogue/people/people-import-ports.js';
import type { Db } from '../prisma.js';
import { freshCodes } from './fresh-codes.js';
import { ROLE_FROM_DB } from './person-roles.js';

export function createInviteCodeStore(db: Db): InviteCodeStore {
  return {
    async findPerson(personId) {
      const row = await db.person.findUnique({ where: { id: personId }, select: { id: true, name: true, role: true } });
      return row && { ...row, role: ROLE_FROM_DB[row.role] };
    },

    createInviteCode(personId, prefix, by) {
      return db.$transaction(async (tx) => {
        const [code] = await freshCodes(prefix, 1, async (codes) =>
          (await tx.inviteCode.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((row) => row.code),
        );
        await tx.inviteCode.create({ data: { code: code!, personId } });
        await tx.auditLog.create({ data: { actor: by, action: 'invite_code.issue', entity: 'Person', entityId: personId, after: { code: code! } } });
        return code!;
      });
    },
  };
}
