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
    // Raw SQL: this runs for every message (see inbound-log.ts for why).
    async findByContact(contactId) {
      const [row] = await db.$queryRaw<PersonRow[]>`
        SELECT p."id", p."name", p."role"::text AS "role", p."language", p."unitId"
        FROM "ContactBinding" b JOIN "Person" p ON p."id" = b."personId"
        WHERE b."contactId" = ${contactId}`;
      return row ? toPerson(row) : null;
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
