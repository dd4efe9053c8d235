import type { HouseholdFields, HouseholdImportStore, HouseholdStatus } from '../../check-ins/records/household-import-ports.js';
import type { Db } from '../prisma.js';
import { IMPORT_TRANSACTION } from './import-transaction.js';
import { applyKeyedUpserts, type KeyedTable } from './keyed-upserts.js';

const STATUS_TO_DB = { active: 'ACTIVE', closed: 'CLOSED' } as const satisfies Record<HouseholdStatus, string>;
const STATUS_FROM_DB = { ACTIVE: 'active', CLOSED: 'closed' } as const satisfies Record<string, HouseholdStatus>;

function toColumns(fields: Partial<HouseholdFields>) {
  const { status, ...rest } = fields;
  return { ...rest, ...(status ? { status: STATUS_TO_DB[status] } : {}) };
}

export function createHouseholdImportStore(db: Db): HouseholdImportStore {
  return {
    saveHouseholds(households, by) {
      return db.$transaction(async (tx) => {
        const table: KeyedTable<HouseholdFields> = {
          entity: 'Household',
          action: 'household.import',
          async find(codes) {
            const rows = await tx.household.findMany({ where: { code: { in: codes } } });
            return rows.map(({ id, code, status, headName, village, township, membersCount, nicknames }) => ({
              id,
              key: code,
              fields: { headName, village, township, membersCount, nicknames, status: STATUS_FROM_DB[status] },
            }));
          },
          async createMany(records) {
            const rows = await tx.household.createManyAndReturn({
              data: records.map(({ key, fields }) => ({ code: key, ...fields, status: STATUS_TO_DB[fields.status] })),
              select: { id: true, code: true },
            });
            return rows.map((row) => ({ id: row.id, key: row.code }));
          },
          async update(id, fields) {
            await tx.household.update({ where: { id }, data: toColumns(fields) });
          },
          snapshot: (code, fields) => ({ code, ...fields }),
        };
        const upserts = households.map(({ code, create, update }) => ({ key: code, create, update }));
        return applyKeyedUpserts(tx, table, upserts, by);
      }, IMPORT_TRANSACTION);
    },
  };
}
