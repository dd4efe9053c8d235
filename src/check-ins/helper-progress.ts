// Progress of pairings against their yearly targets, for 进度 replies and the weekly summary.
import { beijingToday } from './beijing-calendar.js';
import type { PairedHousehold, VisitLedger } from './ports.js';
import { computePairingProgress, type HouseholdProgress } from './progress.js';

export async function pairingProgress(
  ledger: VisitLedger,
  pairings: readonly PairedHousehold[],
  now: Date,
  label: (pairing: PairedHousehold) => string = (pairing) => pairing.headName,
): Promise<HouseholdProgress[]> {
  const visits = await ledger.visitsInYear(
    pairings.map((pairing) => pairing.pairingId),
    beijingToday(now).year,
  );
  return pairings.map((pairing) => ({
    household: label(pairing),
    progress: computePairingProgress(
      visits.filter((visit) => visit.pairingId === pairing.pairingId),
      now,
      { targets: pairing.targets },
    ),
  }));
}
