import type { PairingFields, PairingImportStore } from '../../check-ins/records/pairing-import-ports.js';
import type { Db } from '../prisma.js';
import { IMPORT_TRANSACTION } from './import-transaction.js';
import { applyKeyedUpserts, type KeyedTable } from './keyed-upserts.js';
import { ROLE_FROM_DB } from './person-roles.js';

// Pairing dates are PostgreSQL dates: UTC midnight of the calendar day, as the seed writes them.
const toDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);
const keyOf = (helperId: string, householdId: string, periodStart: string) => JSON.stringify([helperId, householdId, periodStart]);

function toColumns(fields: Partial<PairingFields>) {
  const { periodEnd, ...targets } = fields;
  return { ...targets, ...(periodEnd !== undefined ? { periodEnd: periodEnd === null ? null : toDate(periodEnd) } : {}) };
}

export function createPairingImportStore(db: Db): PairingImportStore {
  return {
    async findPeople(references) {
      const rows = await db.person.findMany({
        where: { OR: [{ id: { in: [...references] } }, { name: { in: [...references] } }] },
        select: { id: true, name: true, role: true },
      });
      return rows.map((row) => ({ ...row, role: ROLE_FROM_DB[row.role] }));
    },

    findHouseholds: (codes) => db.household.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } }),

    savePairings(pairings, by) {
      return db.$transaction(async (tx) => {
        const byKey = new Map(pairings.map((pairing) => [keyOf(pairing.helperId, pairing.householdId, pairing.periodStart), pairing]));
        const table: KeyedTable<PairingFields> = {
          entity: 'Pairing',
          action: 'pairing.import',
          async find(keys) {
            const wanted = keys.map((key) => byKey.get(key)!);
            const rows = await tx.pairing.findMany({
              where: { helperId: { in: wanted.map((pairing) => pairing.helperId) }, householdId: { in: wanted.map((pairing) => pairing.householdId) } },
            });
            const asked = new Set(keys);
            return rows
              .map((row) => ({ row, key: keyOf(row.helperId, row.householdId, toDay(row.periodStart)) }))
              .filter(({ key }) => asked.has(key))
              .map(({ row, key }) => ({
                id: row.id,
                key,
                fields: { periodEnd: row.periodEnd && toDay(row.periodEnd), visitDaysTarget: row.visitDaysTarget, fundsYuanTarget: row.fundsYuanTarget },
              }));
          },
          async createMany(records) {
            const rows = await tx.pairing.createManyAndReturn({
              data: records.map(({ key, fields }) => {
                const { helperId, householdId, periodStart } = byKey.get(key)!;
                return { helperId, householdId, periodStart: toDate(periodStart), ...toColumns(fields) };
              }),
              select: { id: true, helperId: true, householdId: true, periodStart: true },
            });
            return rows.map((row) => ({ id: row.id, key: keyOf(row.helperId, row.householdId, toDay(row.periodStart)) }));
          },
          async update(id, fields) {
            await tx.pairing.update({ where: { id }, data: toColumns(fields) });
          },
          snapshot(key, fields) {
            const { helperId, householdId, periodStart } = byKey.get(key)!;
            return { helperId, householdId, periodStart, ...fields };
          },
        };
        const upserts = pairings.map(({ helperId, householdId, periodStart, create, update }) => ({ key: keyOf(helperId, householdId, periodStart), create, update }));
        return applyKeyedUpserts(tx, table, upserts, by);
      }, IMPORT_TRANSACTION);
    },
  };
}
