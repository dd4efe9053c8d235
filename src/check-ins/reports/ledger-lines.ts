// One line per pairing for a year: its progress and the visits that count towards it.
import { beijingToday, formatIsoDate } from '../beijing-calendar.js';
import { computePairingProgress, type PairingProgress } from '../progress.js';
import { fromBeijing } from '../../shared/beijing-time.js';
import type { LedgerPairing, LedgerVisit } from './visit-ledger-report-source.js';

export interface LedgerLine {
  pairing: LedgerPairing;
  progress: PairingProgress;
  /** Exactly the visits `progress` counted, in date order: the detail sheet adds up to the summary. */
  countedVisits: LedgerVisit[];
}

/** The same statuses computePairingProgress counts. */
const COUNTED = new Set<LedgerVisit['status']>(['confirmed', 'corrected']);

/**
 * The instant the ledger is "as of". A year that is over is judged on its last minute with no
 * grace: by then the pro-rata target is the whole target. A year not begun yet has nothing due.
 */
export function ledgerAsOf(year: number, now: Date): { at: Date; graceDays?: number } {
  const currentYear = beijingToday(now).year;
  if (year < currentYear) return { at: fromBeijing(`${year}-12-31`, '23:59'), graceDays: 0 };
  if (year > currentYear) return { at: fromBeijing(`${year}-01-01`) };
  return { at: now };
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Township, then helper, then household: how the office reads the ledger. */
function compareForLedger(a: LedgerPairing, b: LedgerPairing): number {
  return (
    collator.compare(a.township, b.township) ||
    collator.compare(a.helperName, b.helperName) ||
    a.helperId.localeCompare(b.helperId) ||
    collator.compare(a.householdCode, b.householdCode)
  );
}

export function ledgerLines(pairings: readonly LedgerPairing[], visits: readonly LedgerVisit[], year: number, now: Date): LedgerLine[] {
  const asOf = ledgerAsOf(year, now);
  const lastCountedDate = formatIsoDate(beijingToday(asOf.at));
  const visitsByPairing = new Map<string, LedgerVisit[]>();
  for (const visit of visits) {
    const own = visitsByPairing.get(visit.pairingId) ?? [];
    own.push(visit);
    visitsByPairing.set(visit.pairingId, own);
  }
  return [...pairings].sort(compareForLedger).map((pairing) => {
    const own = visitsByPairing.get(pairing.pairingId) ?? [];
    const progress = computePairingProgress(own, asOf.at, { targets: pairing.targets, graceDays: asOf.graceDays });
    const countedVisits = own
      .filter((visit) => COUNTED.has(visit.status) && visit.visitDate.startsWith(`${year}-`) && visit.visitDate <= lastCountedDate)
      .sort((a, b) => a.visitDate.localeCompare(b.visitDate) || (a.confirmedAt?.getTime() ?? 0) - (b.confirmedAt?.getTime() ?? 0));
    return { pairing, progress, countedVisits };
  });
}

export function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function hoursOf(minutes: number): number {
  return roundTo2(minutes / 60);
}
