import type { ExistingPerson, PeopleImportStore, PersonFields } from '../../dialogue/people/people-import-ports.js';
import { maskPersonalData } from '../../shared/mask-personal-data.js';
import type { SavedRecord } from '../../shared/sheet-import/import-result.js';
import type { Db } from '../prisma.js';
import { asAuditJson, IMPORT_TRANSACTION } from './import-transaction.js';
import { changedFields } from './keyed-upserts.js';
import { ROLE_FROM_DB, ROLE_TO_DB } from './person-roles.js';

const PERSON_COLUMNS = { id: true, name: true, role: true, phone: true, unitId: true, language: true } as const;
type PersonRow = { id: string; name: string; role: keyof typeof ROLE_FROM_DB; phone: string | null; unitId: string | null; language: string };

const toExisting = (row: PersonRow): ExistingPerson => ({ id: row.id, name: row.name, role: ROLE_FROM_DB[row.role], phone: row.phone, unitId: row.unitId });
const toFields = (row: PersonRow): PersonFields => ({ ...toExisting(row), language: row.language === 'en' ? 'en' : 'zh' });

/** Audit entries keep phone numbers masked, as logs do. */
const snapshot = (id: string, fields: PersonFields) => ({ id, ...fields, phone: fields.phone && maskPersonalData(fields.phone) });

function toColumns(fields: Partial<PersonFields>) {
  const { role, ...rest } = fields;
  return { ...rest, ...(role ? { role: ROLE_TO_DB[role] } : {}) };
}

export function createPeopleImportStore(db: Db): PeopleImportStore {
  return {
    async findPeople(ids) {
      return (await db.person.findMany({ where: { id: { in: [...ids] } }, select: PERSON_COLUMNS })).map(toExisting);
    },
    async findPeopleNamed(names) {
      return (await db.person.findMany({ where: { name: { in: [...names] } }, select: PERSON_COLUMNS })).map(toExisting);
    },
    findUnits: (references) =>
      db.unit.findMany({ where: { OR: [{ code: { in: [...references] } }, { nameZh: { in: [...references] } }] }, select: { id: true, code: true, nameZh: true } }),

    savePeople(writes, by) {
      return db.$transaction(async (tx) => {
        const ids = writes.flatMap((write) => (write.personId === null ? [] : [write.personId]));
        const stored = new Map((await tx.person.findMany({ where: { id: { in: ids } }, select: PERSON_COLUMNS })).map((row) => [row.id, toFields(row)]));
        const audits: { entityId: string; before?: object; after: object }[] = [];
        const saved: SavedRecord[] = [];
        // People have no key of their own to batch creates by, and a sheet of them is short.
        for (const write of writes) {
          if (write.personId === null) {
            const { id } = await tx.person.create({ data: { ...write.create, role: ROLE_TO_DB[write.create.role] }, select: { id: true } });
            audits.push({ entityId: id, after: snapshot(id, write.create) });
            saved.push({ id, outcome: 'created' });
            continue;
          }
          const before = stored.get(write.personId);
          if (!before) throw new Error(`person ${write.personId} is not stored`);
          const changes = changedFields(before, write.update);
          if (Object.keys(changes).length === 0) {
            saved.push({ id: write.personId, outcome: 'unchanged' });
            continue;
          }
          await tx.person.update({ where: { id: write.personId }, data: toColumns(changes) });
          audits.push({ entityId: write.personId, before: snapshot(write.personId, before), after: snapshot(write.personId, { ...before, ...changes }) });
          saved.push({ id: write.personId, outcome: 'updated' });
        }
        await tx.auditLog.createMany({
          data: audits.map((audit) => ({
            actor: by,
            action: 'person.import',
            entity: 'Person',
            entityId: audit.entityId,
            ...(audit.before ? { before: asAuditJson(audit.before) } : {}),
            after: asAuditJson(audit.after),
          })),
        });
        return saved;
      }, IMPORT_TRANSACTION);
    },
  };
}
