// The console's edit forms: each change is written with its before/after audit entry, or not at all.
import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../prisma.js';
import { maskPersonalData } from '../../shared/mask-personal-data.js';

export interface PersonEdit {
  name: string;
  phone: string | null;
  language: 'zh' | 'en';
}

export interface HouseholdEdit {
  headName: string;
  nicknames: string[];
  village: string;
  township: string;
  membersCount: number;
  status: 'ACTIVE' | 'CLOSED';
}

export interface PairingEdit {
  visitDaysTarget: number;
  fundsYuanTarget: number;
  /** YYYY-MM-DD, or null while the pairing goes on. */
  periodEnd: string | null;
}

type Outcome = 'saved' | 'unchanged' | 'not_found';

function changedFields<T extends object>(before: T, after: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify((before as Record<string, unknown>)[key]))) as Partial<T>;
}

async function audited<T extends object>(
  tx: Prisma.TransactionClient,
  entry: { by: string; action: string; entity: string; entityId: string; before: T; after: Partial<T>; mask?: (keyof T)[] },
): Promise<void> {
  const masked = (value: Partial<T>) =>
    Object.fromEntries(Object.entries(value).map(([key, field]) => [key, entry.mask?.includes(key as keyof T) && typeof field === 'string' ? maskPersonalData(field) : field]));
  const changed = changedFields(entry.before, entry.after);
  const before = Object.fromEntries(Object.keys(changed).map((key) => [key, (entry.before as Record<string, unknown>)[key]])) as Partial<T>;
  await tx.auditLog.create({ data: { actor: entry.by, action: entry.action, entity: entry.entity, entityId: entry.entityId, before: masked(before) as Prisma.InputJsonValue, after: masked(changed) as Prisma.InputJsonValue } });
}

export function createRecordEdits(db: Db) {
  return {
    async editPerson(id: string, edit: PersonEdit, by: string): Promise<Outcome> {
      return db.$transaction(async (tx) => {
        const person = await tx.person.findUnique({ where: { id } });
        if (!person) return 'not_found';
        const before: PersonEdit = { name: person.name, phone: person.phone, language: person.language === 'en' ? 'en' : 'zh' };
        if (Object.keys(changedFields(before, edit)).length === 0) return 'unchanged';
        await tx.person.update({ where: { id }, data: edit });
        await audited(tx, { by, action: 'person.update', entity: 'Person', entityId: id, before, after: edit, mask: ['phone'] });
        return 'saved';
      });
    },
    async editHousehold(code: string, edit: HouseholdEdit, by: string): Promise<Outcome> {
      return db.$transaction(async (tx) => {
        const household = await tx.household.findUnique({ where: { code } });
        if (!household) return 'not_found';
        const before: HouseholdEdit = { headName: household.headName, nicknames: household.nicknames, village: household.village, township: household.township, membersCount: household.membersCount, status: household.status };
        if (Object.keys(changedFields(before, edit)).length === 0) return 'unchanged';
        await tx.household.update({ where: { code }, data: edit });
        await audited(tx, { by, action: 'household.update', entity: 'Household', entityId: code, before, after: edit });
        return 'saved';
      });
    },
    async editPairing(id: string, edit: PairingEdit, by: string): Promise<Outcome> {
      return db.$transaction(async (tx) => {
        const pairing = await tx.pairing.findUnique({ where: { id } });
        if (!pairing) return 'not_found';
        const before: PairingEdit = { visitDaysTarget: pairing.visitDaysTarget, fundsYuanTarget: pairing.fundsYuanTarget, periodEnd: pairing.periodEnd?.toISOString().slice(0, 10) ?? null };
        if (Object.keys(changedFields(before, edit)).length === 0) return 'unchanged';
        await tx.pairing.update({ where: { id }, data: { visitDaysTarget: edit.visitDaysTarget, fundsYuanTarget: edit.fundsYuanTarget, periodEnd: edit.periodEnd ? new Date(`${edit.periodEnd}T00:00:00.000Z`) : null } });
        await audited(tx, { by, action: 'pairing.update', entity: 'Pairing', entityId: id, before, after: edit });
        return 'saved';
      });
    },
  };
}

export type RecordEdits = ReturnType<typeof createRecordEdits>;
