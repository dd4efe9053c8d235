import type { BindOutcome, PeopleDirectory, Person, Role } from '../dialogue/ports.js';
import type { Db } from './prisma.js';

const ROLE_FROM_DB = {
  PARENT: 'parent',
  HELPER: 'helper',
  UNIT_CONTACT: 'unit_contact',
  OFFICE_ADMIN: 'office_admin',
} as const satisfies Record<string, Role>;

type PersonRow = { id: string; name: string; role: keyof typeof ROLE_FROM_DB; language: string; unitId: string | null };

export function toPerson(row: PersonRow): Person {
  return { id: row.id, name: row.name, role: ROLE_FROM_DB[row.role], language: row.language, unitId: row.unitId };
}

export function createPeopleDirectory(db: Db): PeopleDirectory {
  return {
    async findByContact(contactId) {
      const binding = await db.contactBinding.findUnique({ where: { contactId }, include: { person: true } });
      return binding ? toPerson(binding.person) : null;
    },

    async bindContact(contactId, code, at): Promise<BindOutcome> {
      return db.$transaction(async (tx) => {
        const existing = await tx.contactBinding.findUnique({ where: { contactId }, include: { person: true } });
        if (existing) return { ok: false, reason: 'contact_already_bound', boundTo: toPerson(existing.person) };
        // The conditional update is what makes a code single-use even when two contacts race.
        const claimed = await tx.inviteCode.updateMany({
          where: { code, usedAt: null },
          data: { usedAt: at, usedByContactId: contactId },
        });
        if (claimed.count === 0) {
          const known = await tx.inviteCode.findUnique({ where: { code } });
          return { ok: false, reason: known ? 'code_used' : 'unknown_code' };
        }
        const invite = await tx.inviteCode.findUniqueOrThrow({ where: { code }, include: { person: true } });
        await tx.contactBinding.create({ data: { contactId, personId: invite.personId, boundAt: at } });
        await tx.auditLog.create({
          data: {
            actorId: invite.personId,
            actor: `contact:${contactId}`,
            action: 'contact.bind',
            entity: 'Person',
            entityId: invite.personId,
            after: { contactId, code },
          },
        });
        return { ok: true, person: toPerson(invite.person) };
      });
    },
  };
}
