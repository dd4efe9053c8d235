// What the visit-ledger export reads; src/store/reports/visit-ledger-report-source.ts implements it.
import type { PairingTargets, VisitForProgress } from '../progress.js';

/** A pairing with the names the ledger is grouped and labelled by. */
export interface LedgerPairing {
  pairingId: string;
  township: string;
  village: string;
  householdCode: string;
  headName: string;
  helperId: string;
  helperName: string;
  targets: PairingTargets;
}

export interface LedgerVisit extends VisitForProgress {
  pairingId: string;
  activities: string[];
  confirmedAt: Date | null;
}

export interface VisitLedgerReportSource {
  /** Pairings whose period overlaps the Beijing calendar year. */
  pairingsInYear(year: number): Promise<LedgerPairing[]>;
  /** Visits of any status dated in the year: the report decides which ones count. */
  visitsInYear(year: number): Promise<LedgerVisit[]>;
}
