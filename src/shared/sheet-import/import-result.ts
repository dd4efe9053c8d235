// What an import writes and reports back, the same for every kind of record.
import type { RowImportResult, RowProblem } from '../sheet-rows.js';
import { sortProblems } from './row-problems.js';

export type RecordOutcome = 'created' | 'updated' | 'unchanged';

/** One record as a store's import wrote it, in the order it was given. */
export interface SavedRecord {
  id: string;
  outcome: RecordOutcome;
}

/** A record found by its key: created with `create` when new, else changed by `update` only. */
export interface Upsert<F> {
  create: F;
  /** The fields whose column the file has: a column left out keeps what is stored. */
  update: Partial<F>;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type SheetImportResult<T> =
  | Extract<RowImportResult<T>, { ok: false }>
  | (Extract<RowImportResult<T>, { ok: true }> & ImportCounts);

export function importRefused(problems: readonly RowProblem[]): Extract<RowImportResult<never>, { ok: false }> {
  return { ok: false, problems: sortProblems(problems) };
}

export function importDone<T extends { outcome: RecordOutcome }>(rows: T[]): SheetImportResult<T> {
  const count = (outcome: RecordOutcome) => rows.filter((row) => row.outcome === outcome).length;
  return { ok: true, rows, created: count('created'), updated: count('updated'), unchanged: count('unchanged') };
}
