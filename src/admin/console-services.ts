// What the console's pages ask for: use cases of the capabilities and read models of the store,
// bound to one county's records (src/app/create-console-services.ts wires them).
import type { PairingProgressRow } from '../check-ins/list-pairing-progress.js';
import type { OpenQuestion } from '../policy-qa/ports.js';
import type { PlanProgress } from '../reminders/build-plan-progress.js';
import type { ImportPlanReport } from '../reminders/import-plan.js';
import type { PlanFileIssue } from '../reminders/plan-file-error.js';
import type { StoredPlan, UnitAudience } from '../reminders/ports.js';
import type { ConsoleViewer } from '../store/console-accounts.js';
import type { WeChatLoginRecord } from '../store/wechat-login-state.js';
import type { Bilingual, Lang } from '../shared/language.js';
import type { ImportCounts } from '../shared/sheet-import/import-result.js';
import type { RowProblem } from '../shared/sheet-rows.js';
import type { Report } from '../shared/report-table.js';
import type { LoginBanner } from './http/render.js';

export interface DashboardView {
  plan: PlanProgress | null;
  /** Office admins only: pairings, those behind first. */
  pairings: PairingProgressRow[] | null;
  /** Office admins only. */
  openQuestions: OpenQuestion[] | null;
}

export type WebAnswerOutcome =
  | { outcome: 'answered' | 'already_answered'; question: OpenQuestion }
  | { outcome: 'empty' | 'unknown' | 'wechat_down' };

export type PlanImportOutcome =
  | { ok: true; report: ImportPlanReport }
  | { ok: false; issues: readonly PlanFileIssue[] };

export type RecordKind = 'people' | 'units' | 'households' | 'pairings';

export type RecordImportOutcome =
  | ({ ok: true } & ImportCounts)
  | { ok: false; problems: readonly RowProblem[] }
  /** The file itself could not be read as a sheet. */
  | { ok: false; unreadable: Bilingual };

export interface ConsoleServices {
  /** A spreadsheet (Excel or CSV) of records: every row or none. */
  importRecords(kind: RecordKind, viewer: ConsoleViewer, file: { data: Buffer; fileName: string }): Promise<RecordImportOutcome>;
  issueInviteCode(viewer: ConsoleViewer, personId: string): Promise<{ ok: true; code: string } | { ok: false; message: Bilingual }>;
  plan(planId: string): Promise<StoredPlan | null>;
  unitAudiences(unitCodes: readonly string[]): Promise<UnitAudience[]>;
  importPlanFile(viewer: ConsoleViewer, input: { text: string; fileName: string; year: number }, now: Date): Promise<PlanImportOutcome>;
  /** 暂停提醒 / 恢复提醒 from the console; false when it already was so. */
  setUnitPaused(viewer: ConsoleViewer, unitCode: string, paused: boolean, now: Date): Promise<boolean>;
  loginBanner(): Promise<LoginBanner | null>;
  loginStates(): Promise<WeChatLoginRecord[]>;
  dashboard(viewer: ConsoleViewer, now: Date): Promise<DashboardView>;
  questions(): Promise<{ open: OpenQuestion[]; answered: OpenQuestion[] }>;
  /** The Excel exports, as data (src/admin/spreadsheets/write-workbook.ts writes them). */
  visitLedgerReport(year: number, lang: Lang, now: Date): Promise<Report>;
  unitResponseReport(planId: string, lang: Lang): Promise<Report | null>;
  questionReport(lang: Lang): Promise<Report>;
  /** `submissionId` comes with the form: sending it again relays nothing twice. */
  answerQuestion(viewer: ConsoleViewer, input: { number: number; answer: string; submissionId: string }, now: Date): Promise<WebAnswerOutcome>;
}
