import type { PairedHousehold, VisitLedger } from './ports.js';
import { pairingProgress } from './helper-progress.js';
import type { PairingProgress } from './progress.js';

export interface PairingProgressRow {
  pairing: PairedHousehold;
  progress: PairingProgress;
}

/** Every pairing's progress this Beijing year, those behind first: the dashboard's "who is behind". */
export async function listPairingProgress(ledger: VisitLedger, now: Date): Promise<PairingProgressRow[]> {
  const pairings = await ledger.allPairings();
  const items = await pairingProgress(ledger, pairings, now, (pairing) => pairing.pairingId);
  const byId = new Map(pairings.map((pairing) => [pairing.pairingId, pairing]));
  return items
    .map((item) => ({ pairing: byId.get(item.household)!, progress: item.progress }))
    .sort((a, b) => Number(b.progress.isBehind) - Number(a.progress.isBehind) || a.pairing.householdCode.localeCompare(b.pairing.householdCode));
}
