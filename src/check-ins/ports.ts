// What the check-in conversation needs from the records; src/store/visit-ledger*.ts implements it.
import type { PairingTargets, VisitForProgress } from './progress.js';

export type VisitRecordStatus = 'draft' | 'confirmed' | 'corrected' | 'withdrawn';
/** Why a visit changed; every change to a confirmed record is kept as a revision. */
export type VisitChangeAction = 'confirmed' | 'corrected' | 'withdrawn' | 'merged';

/** One household paired with one helper, as the conversation sees it. */
export interface PairedHousehold {
  pairingId: string;
  helperId: string;
  helperName: string;
  householdCode: string;
  headName: string;
  nicknames: string[];
  village: string;
  /** YYYY-MM-DD (Beijing calendar). */
  periodStart: string;
  periodEnd: string | null;
  targets: PairingTargets;
}

/** The fields a helper reports and may later correct. */
export interface VisitFields {
  pairingId: string | null;
  visitDate: string | null;
  durationMinutes: number | null;
  fundsYuan: number | null;
  activities: string[];
}

export interface Visit extends VisitFields {
  id: string;
  helperId: string;
  status: VisitRecordStatus;
  /** The head of household of the pairing, for replies; null while the household is unknown. */
  household: string | null;
  confirmedAt: Date | null;
}

export interface EvidenceInput {
  visitId: string;
  kind: 'photo' | 'location' | 'file';
  attachmentName: string | null;
  location: { latitude: number; longitude: number; address: string | null } | null;
  sourceMessageId: string;
  at: Date;
}

export interface VisitLedger {
  pairingsOfHelper(helperId: string): Promise<PairedHousehold[]>;
  allPairings(): Promise<PairedHousehold[]>;
  /** Counted and uncounted visits of these pairings in one Beijing year (progress filters them). */
  visitsInYear(pairingIds: readonly string[], year: number): Promise<(VisitForProgress & { pairingId: string })[]>;

  /** Idempotent on draftKey (the report's message id): a retried job gets the same draft back. */
  createDraft(input: { draftKey: string; helperId: string; fields: VisitFields; sourceMessageId: string }): Promise<Visit>;
  /** Overwrites a draft's fields (a value, not an increment, so replaying it is harmless). */
  updateDraft(visitId: string, fields: VisitFields, sourceMessageId: string): Promise<Visit>;
  /** A draft given up before confirmation: kept for the log, never counted. */
  discardDraft(visitId: string): Promise<void>;
  findVisit(visitId: string): Promise<Visit | null>;

  /** A confirmed (or corrected) visit of the same pairing on the same day, other than `exceptId`. */
  findCountedVisitOn(pairingId: string, visitDate: string, exceptId: string): Promise<Visit | null>;
  /** The helper's most recent counted visit, optionally on one date: what 更正/撤回 refer to. */
  findLatestCountedVisit(helperId: string, visitDate?: string): Promise<Visit | null>;
  /** The helper's visit confirmed at or after `since`: photos sent right after 确认 attach to it. */
  findVisitConfirmedSince(helperId: string, since: Date): Promise<Visit | null>;

  /**
   * Applies a change and keeps the whole record after it as a revision. Idempotent per
   * (sourceMessageId, action): a retried job returns the record without writing twice.
   */
  recordChange(change: {
    visitId: string;
    action: VisitChangeAction;
    fields: VisitFields;
    status: Exclude<VisitRecordStatus, 'draft'>;
    byPersonId: string;
    sourceMessageId: string;
    at: Date;
  }): Promise<Visit>;

  /** Idempotent per source message. */
  attachEvidence(evidence: EvidenceInput): Promise<void>;
}

export interface CheckInDeps {
  ledger: VisitLedger;
}
