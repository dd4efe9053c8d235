// What importing households needs from the records; src/store/records/household-import-store.ts implements it.
import type { SavedRecord, Upsert } from '../../shared/sheet-import/import-result.js';

export type HouseholdStatus = 'active' | 'closed';

export interface HouseholdFields {
  headName: string;
  village: string;
  township: string;
  membersCount: number;
  nicknames: string[];
  status: HouseholdStatus;
}

export interface HouseholdUpsert extends Upsert<HouseholdFields> {
  code: string;
}

export interface HouseholdImportStore {
  /**
   * All or nothing, in one transaction: each household by code is created or changed, with one
   * audit entry (`household.import`, actor `by`) per household that changed. Results in order.
   */
  saveHouseholds(households: readonly HouseholdUpsert[], by: string): Promise<SavedRecord[]>;
}
