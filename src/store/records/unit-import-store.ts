import type { SavedUnit, UnitFields, UnitImportStore } from '../../reminders/units/unit-import-ports.js';
import type { Db } from '../prisma.js';
import { freshCodes } from './fresh-codes.js';
import { IMPORT_TRANSACTION, inChunks, type Tx } from './import-transaction.js';
import { applyKeyedUpserts, type KeyedTable } from './keyed-upserts.js';

function unitTable(tx: Tx): KeyedTable<UnitFields> {
  return {
    entity: 'Unit',
    action: 'unit.import',
    async find(codes) {
      const rows = await tx.unit.findMany({ where: { code: { in: codes } } });
      return rows.map(({ id, code, nameZh, nameEn, dutyZh, dutyEn, language }) => ({
        id,
        key: code,
        fields: { nameZh, nameEn, dutyZh, dutyEn, language: language === 'en' ? 'en' : 'zh' },
      }));
    },
    async createMany(records) {
      const rows = await tx.unit.createManyAndReturn({ data: records.map(({ key, fields }) => ({ code: key, ...fields })), select: { id: true, code: true } });
      return rows.map((row) => ({ id: row.id, key: row.code }));
    },
    async update(id, fields) {
      await tx.unit.update({ where: { id }, data: fields });
    },
    snapshot: (code, fields) => ({ code, ...fields }),
  };
}

/** Like a plan import's units (plan-store.ts), a new unit gets a DW- code for binding its group. */
async function giveBindCodes(tx: Tx, unitIds: string[]): Promise<Map<string, string>> {
  const codes = await freshCodes('DW', unitIds.length, async (drawn) =>
    (await tx.roomBindCode.findMany({ where: { code: { in: drawn } }, select: { code: true } })).map((row) => row.code),
  );
  const pairs = unitIds.map((unitId, index) => ({ unitId, code: codes[index]! }));
  for (const chunk of inChunks(pairs)) await tx.roomBindCode.createMany({ data: chunk });
  return new Map(pairs.map((pair) => [pair.unitId, pair.code]));
}

/** The oldest code still in use of each unit (a unit may have several, one per group). */
async function activeBindCodes(tx: Tx, unitIds: string[]): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (const chunk of inChunks(unitIds)) {
    const rows = await tx.roomBindCode.findMany({ where: { unitId: { in: chunk }, revokedAt: null }, orderBy: { createdAt: 'asc' }, select: { unitId: true, code: true } });
    for (const row of rows) if (row.unitId && !codes.has(row.unitId)) codes.set(row.unitId, row.code);
  }
  return codes;
}

export function createUnitImportStore(db: Db): UnitImportStore {
  return {
    findUnitsNamed: (names) => db.unit.findMany({ where: { nameZh: { in: [...names] } }, select: { code: true, nameZh: true } }),

    saveUnits(units, by) {
      return db.$transaction(async (tx): Promise<SavedUnit[]> => {
        const upserts = units.map(({ code, create, update }) => ({ key: code, create, update }));
        const saved = await applyKeyedUpserts(tx, unitTable(tx), upserts, by);
        const bindCodes = await giveBindCodes(tx, saved.filter((record) => record.outcome === 'created').map((record) => record.id));
        const kept = await activeBindCodes(tx, saved.filter((record) => record.outcome !== 'created').map((record) => record.id));
        return saved.map((record) => ({ ...record, bindCode: bindCodes.get(record.id) ?? kept.get(record.id) ?? null }));
      }, IMPORT_TRANSACTION);
    },
  };
}
