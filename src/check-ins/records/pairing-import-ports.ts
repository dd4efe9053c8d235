// What importing pairings needs from the records; src/store/records/pairing-import-store.ts implements it.
import type { Role } from '../../dialogue/ports.js';
import type { SavedRecord, Upsert } from '../../shared/sheet-import/import-result.js';

export interface PersonMatch {
  id: string;
  name: string;
  role: Role;
}

export interface PairingFields {
  /** YYYY-MM-DD, or null while the pairing is open-ended. */
  periodEnd: string | null;
  visitDaysTarget: number;
  fundsYuanTarget: number;
}

export interface PairingUpsert extends Upsert<PairingFields> {
  helperId: string;
  householdId: string;
  /** YYYY-MM-DD. */
  periodStart: string;
}

export interface PairingImportStore {
  /** Every person (any role) whose id or exact name is one of `references`. */
  findPeople(references: readonly string[]): Promise<PersonMatch[]>;
  findHouseholds(codes: readonly string[]): Promise<{ id: string; code: string }[]>;
  /**
   * All or nothing, in one transaction: each pairing by (helper, household, start) is created or
   * changed, with one audit entry (`pairing.import`, actor `by`) per pairing that changed. Results in order.
   */
  savePairings(pairings: readonly PairingUpsert[], by: string): Promise<SavedRecord[]>;
}
