// What importing member units needs from the records; src/store/records/unit-import-store.ts implements it.
import type { SavedRecord, Upsert } from '../../shared/sheet-import/import-result.js';

export interface UnitFields {
  nameZh: string;
  nameEn: string;
  dutyZh: string;
  dutyEn: string;
  language: 'zh' | 'en';
}

export interface UnitUpsert extends Upsert<UnitFields> {
  code: string;
}

export interface SavedUnit extends SavedRecord {
  /** The code that binds the unit's group (「绑定单位 DW-…」): a new one for a new unit; null when the office revoked every code. */
  bindCode: string | null;
}

export interface UnitImportStore {
  findUnitsNamed(names: readonly string[]): Promise<{ code: string; nameZh: string }[]>;
  /**
   * All or nothing, in one transaction: each unit by code is created (with a DW- room-binding code)
   * or changed, with one audit entry (`unit.import`, actor `by`) per unit that changed. Results in order.
   */
  saveUnits(units: readonly UnitUpsert[], by: string): Promise<SavedUnit[]>;
}
