// Creating or changing records found by a key, inside an import's transaction: one statement for
// all the new ones, one per changed one, and one audit entry for each record that changed.
import type { RecordOutcome, SavedRecord } from '../../shared/sheet-import/import-result.js';
import { asAuditJson, inChunks, type Tx } from './import-transaction.js';

export interface KeyedUpsert<F> {
  key: string;
  create: F;
  update: Partial<F>;
}

/** How one table stores the records an import sees as fields. */
export interface KeyedTable<F> {
  entity: string;
  action: string;
  find(keys: string[]): Promise<{ id: string; key: string; fields: F }[]>;
  /** Returns each created record's id with its key (RETURNING's order is not relied on). */
  createMany(records: { key: string; fields: F }[]): Promise<{ id: string; key: string }[]>;
  update(id: string, fields: Partial<F>): Promise<void>;
  /** The record as audit entries keep it: its key columns with its fields. */
  snapshot(key: string, fields: F): object;
}

export async function applyKeyedUpserts<F extends object>(tx: Tx, table: KeyedTable<F>, upserts: readonly KeyedUpsert<F>[], by: string): Promise<SavedRecord[]> {
  const stored = new Map<string, { id: string; fields: F }>();
  for (const keys of inChunks(upserts.map((upsert) => upsert.key))) {
    for (const record of await table.find(keys)) stored.set(record.key, record);
  }
  const createdIds = new Map<string, string>();
  for (const chunk of inChunks(upserts.filter((upsert) => !stored.has(upsert.key)))) {
    for (const record of await table.createMany(chunk.map((upsert) => ({ key: upsert.key, fields: upsert.create })))) createdIds.set(record.key, record.id);
  }

  const audits: { entityId: string; before: object | null; after: object }[] = [];
  const saved: SavedRecord[] = [];
  for (const upsert of upserts) {
    const before = stored.get(upsert.key);
    if (!before) {
      const id = createdIds.get(upsert.key);
      if (id === undefined) throw new Error(`${table.entity} ${upsert.key} was not created`);
      audits.push({ entityId: id, before: null, after: table.snapshot(upsert.key, upsert.create) });
      saved.push({ id, outcome: 'created' });
      continue;
    }
    const changes = changedFields(before.fields, upsert.update);
    const outcome: RecordOutcome = Object.keys(changes).length > 0 ? 'updated' : 'unchanged';
    if (outcome === 'updated') {
      await table.update(before.id, changes);
      audits.push({ entityId: before.id, before: table.snapshot(upsert.key, before.fields), after: table.snapshot(upsert.key, { ...before.fields, ...changes }) });
    }
    saved.push({ id: before.id, outcome });
  }
  for (const chunk of inChunks(audits)) {
    await tx.auditLog.createMany({
      data: chunk.map((audit) => ({
        actor: by,
        action: table.action,
        entity: table.entity,
        entityId: audit.entityId,
        ...(audit.before ? { before: asAuditJson(audit.before) } : {}),
        after: asAuditJson(audit.after),
      })),
    });
  }
  return saved;
}

/** The fields of `update` that differ from what is stored. */
export function changedFields<F extends object>(stored: F, update: Partial<F>): Partial<F> {
  const changes: Partial<F> = {};
  for (const key of Object.keys(update) as (keyof F)[]) {
    if (JSON.stringify(update[key]) !== JSON.stringify(stored[key])) changes[key] = update[key];
  }
  return changes;
}
