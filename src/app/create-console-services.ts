import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { ConsoleServices } from '../admin/console-services.js';
import { listPairingProgress } from '../check-ins/list-pairing-progress.js';
import type { VisitLedger } from '../check-ins/ports.js';
import type { ReplyQueue } from '../dialogue/ports.js';
import { answerOpenQuestion } from '../policy-qa/answer-open-question.js';
import type { OpenQuestionStore } from '../policy-qa/ports.js';
import { buildPlanProgress } from '../reminders/build-plan-progress.js';
import { importPlan } from '../reminders/import-plan.js';
import { PlanFileError } from '../reminders/plan-file-error.js';
import type { ConsoleViewer } from '../store/console-accounts.js';
import type { RecordKind } from '../admin/console-services.js';
import { readSheetRows } from '../admin/spreadsheets/read-sheet-rows.js';
import { SheetReadError } from '../admin/spreadsheets/sheet-read-error.js';
import { importHouseholds } from '../check-ins/records/import-households.js';
import { importPairings } from '../check-ins/records/import-pairings.js';
import { importPeople } from '../dialogue/people/import-people.js';
import { issueInviteCode } from '../dialogue/people/issue-invite-code.js';
import { importUnits } from '../reminders/units/import-units.js';
import type { SheetImportResult } from '../shared/sheet-import/import-result.js';
import type { SheetRow } from '../shared/sheet-rows.js';
import { createHouseholdImportStore } from '../store/records/household-import-store.js';
import { createInviteCodeStore } from '../store/records/invite-code-store.js';
import { createPairingImportStore } from '../store/records/pairing-import-store.js';
import { createPeopleImportStore } from '../store/records/people-import-store.js';
import { createUnitImportStore } from '../store/records/unit-import-store.js';
import type { ReminderDeps } from '../reminders/ports.js';
import { currentAccountId } from '../store/bot-accounts.js';
import type { Db } from '../store/prisma.js';
import type { WeChatLoginStates } from '../store/wechat-login-state.js';
import { buildVisitLedgerReport } from '../check-ins/reports/build-visit-ledger-report.js';
import { buildQuestionReport } from '../policy-qa/reports/build-question-report.js';
import { buildUnitResponseReport } from '../reminders/reports/build-unit-response-report.js';
import { createQuestionReportSource } from '../store/reports/question-report-source.js';
import { createUnitResponseReportSource } from '../store/reports/unit-response-report-source.js';
import { createVisitLedgerReportSource } from '../store/reports/visit-ledger-report-source.js';

export interface ConsoleServiceDeps {
  db: Db;
  reminders: ReminderDeps;
  openQuestions: OpenQuestionStore;
  visits: VisitLedger;
  replies: ReplyQueue;
  loginStates: WeChatLoginStates;
}

export function createConsoleServices(deps: ConsoleServiceDeps): ConsoleServices {
  const actor = (viewer: ConsoleViewer) => `console:${viewer.username}`;
  const importers: Record<RecordKind, (rows: SheetRow[], by: string) => Promise<SheetImportResult<unknown>>> = {
    people: (rows, by) => importPeople(createPeopleImportStore(deps.db), rows, by),
    units: (rows, by) => importUnits(createUnitImportStore(deps.db), rows, by),
    households: (rows, by) => importHouseholds(createHouseholdImportStore(deps.db), rows, by),
    pairings: (rows, by) => importPairings(createPairingImportStore(deps.db), rows, by),
  };
  return {
    async importRecords(kind, viewer, file) {
      let rows: SheetRow[];
      try {
        rows = await readSheetRows(file.data, file.fileName);
      } catch (error) {
        if (error instanceof SheetReadError) return { ok: false, unreadable: error.userText };
        throw error;
      }
      const result = await importers[kind](rows, actor(viewer));
      return result.ok ? { ok: true, created: result.created, updated: result.updated, unchanged: result.unchanged } : result;
    },
    issueInviteCode: (viewer, personId) => issueInviteCode(createInviteCodeStore(deps.db), personId, actor(viewer)),
    plan: (planId) => deps.reminders.plans.byId(planId),
    unitAudiences: (unitCodes) => deps.reminders.units.audiences(unitCodes),
    async importPlanFile(viewer, input, now) {
      try {
        const format = input.fileName.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
        return { ok: true, report: await importPlan(deps.reminders, { text: input.text, format, year: input.year, by: actor(viewer), now }) };
      } catch (error) {
        if (error instanceof PlanFileError) return { ok: false, issues: error.issues };
        throw error;
      }
    },
    setUnitPaused: (viewer, unitCode, paused, now) => deps.reminders.units.setPaused(unitCode, paused, actor(viewer), now),
    loginStates: () => deps.loginStates.all(),
    async loginBanner() {
      const down = (await deps.loginStates.all()).find((record) => record.state !== 'logged_in');
      if (!down) return null;
      const qrImage = down.state === 'scan_needed' && down.qrCode ? await QRCode.toDataURL(down.qrCode, { margin: 1, width: 240 }) : null;
      return { state: down.state === 'scan_needed' ? 'scan_needed' : 'logged_out', since: down.downSince, qrImage };
    },

    async dashboard(viewer, now) {
      const plan = await deps.reminders.plans.active(now);
      const progress = plan ? await buildPlanProgress(deps.reminders, plan, now, viewer.unit?.code) : null;
      if (viewer.role !== 'office_admin') return { plan: progress, pairings: null, openQuestions: null };
      return { plan: progress, pairings: await listPairingProgress(deps.visits, now), openQuestions: await deps.openQuestions.listOpen(50) };
    },

    visitLedgerReport: (year, lang, now) => buildVisitLedgerReport(createVisitLedgerReportSource(deps.db), { year, now, lang }),
    async unitResponseReport(planId, lang) {
      if (!(await deps.reminders.plans.byId(planId))) return null;
      return buildUnitResponseReport(createUnitResponseReportSource(deps.db), { planId, lang });
    },
    questionReport: (lang) => buildQuestionReport(createQuestionReportSource(deps.db), { lang }),

    async questions() {
      const [open, answered] = await Promise.all([deps.openQuestions.listOpen(200), deps.openQuestions.listAnswered(50)]);
      return { open, answered };
    },

    async answerQuestion(viewer, input, now) {
      // Without WeChat the parent would never hear it: say so and record nothing.
      const accountId = await currentAccountId(deps.db);
      if (!accountId) return { outcome: 'wechat_down' };
      const result = await answerOpenQuestion(deps.openQuestions, {
        number: input.number,
        answer: input.answer,
        by: { personId: viewer.personId, contactId: `console:${viewer.username}`, name: viewer.name },
        messageId: `console-${input.submissionId || randomUUID()}`,
        at: now,
      });
      if (result.outcome === 'answered') {
        await deps.replies.enqueue(accountId, [result.relay], { id: `console-answer-${result.question.number}`, causedAt: now });
        return { outcome: 'answered', question: result.question };
      }
      return result;
    },
  };
}
