// The check-in capability in the dialogue router: visit reports, their questions and
// confirmation, evidence, later corrections, and progress.
import type { Feature } from '../dialogue/context.js';
import { isHelpRequest } from '../dialogue/features/help.js';
import { attachEvidence } from './attach-evidence.js';
import { readCheckInState } from './check-in-state.js';
import { continueCheckIn } from './continue-check-in.js';
import { correctVisit } from './correct-visit.js';
import { householdNamesOf } from './household-choice.js';
import { parseCheckIn } from './parse-check-in.js';
import { parseFieldEdit } from './parse-field-edit.js';
import type { CheckInDeps } from './ports.js';
import { refuseReport } from './refuse-report.js';
import { isAdminProgressRequest, isHelperProgressRequest, showAllProgress, showHelperProgress } from './show-progress.js';
import { startCheckIn } from './start-check-in.js';

const ATTACHMENTS = new Set(['image', 'location', 'file']);

/** Goes before the generic 取消 handler, so cancelling a report also withdraws its draft. */
export function checkInFeature(deps: CheckInDeps): Feature {
  return async (ctx, next) => {
    if (!ctx.addressed) return next();
    if (ATTACHMENTS.has(ctx.message.kind)) {
      if (ctx.role === 'helper' && (await attachEvidence(ctx, deps))) return;
      return next();
    }
    if (ctx.message.kind !== 'text' || isHelpRequest(ctx.text)) return next();

    if (ctx.role === 'office_admin' && isAdminProgressRequest(ctx.text)) return showAllProgress(ctx, deps);
    if (ctx.role !== 'helper') return refuseReport(ctx) ? undefined : next();

    const pairings = await deps.ledger.pairingsOfHelper(ctx.person!.id);
    const state = readCheckInState(ctx);
    if (state && (await continueCheckIn(ctx, deps, state, pairings))) return;
    if (isHelperProgressRequest(ctx.text)) return showHelperProgress(ctx, deps);

    const householdNames = householdNamesOf(pairings);
    const edit = parseFieldEdit(ctx.text, ctx.now, { householdNames });
    if (edit.kind !== 'not_an_edit') return correctVisit(ctx, deps, edit, pairings);

    const report = parseCheckIn(ctx.text, ctx.now, { householdNames });
    if (report.isCheckIn) return startCheckIn(ctx, deps, report, pairings);
    return next();
  };
}
