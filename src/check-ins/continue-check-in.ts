// A message from a helper with a report open: an answer, 确认 / 修改 / 取消, 合并 / 保留 —
// or a new report, which replaces the open one.
import type { DialogueContext } from '../dialogue/context.js';
import { isCancelRequest } from '../dialogue/features/cancel.js';
import { answerMissingField, askAgain } from './answer-missing-field.js';
import type { CheckInState } from './check-in-state.js';
import { answerConfirmation, cancelDraft, remindConfirmation } from './confirm-check-in.js';
import { householdNamesOf } from './household-choice.js';
import { parseCheckIn } from './parse-check-in.js';
import type { CheckInDeps, PairedHousehold } from './ports.js';
import { askDuplicateAgain, resolveDuplicate } from './resolve-duplicate.js';
import { startCheckIn } from './start-check-in.js';

/** Returns false when the open report has nothing to do with this message. */
export async function continueCheckIn(
  ctx: DialogueContext,
  deps: CheckInDeps,
  state: CheckInState,
  pairings: readonly PairedHousehold[],
): Promise<boolean> {
  const draft = await deps.ledger.findVisit(state.visitId);
  if (!draft || draft.status !== 'draft') {
    // Confirmed or dropped in the meantime (e.g. from another chat): the state is stale.
    ctx.conversation.clear();
    return false;
  }
  if (isCancelRequest(ctx.text)) {
    await cancelDraft(ctx, deps, draft);
    return true;
  }
  const handled =
    state.step === 'ask'
      ? await answerMissingField(ctx, deps, draft, state.field, pairings)
      : state.step === 'confirm'
        ? await answerConfirmation(ctx, deps, draft, pairings)
        : await resolveDuplicate(ctx, deps, draft, state.duplicateOf);
  if (handled) return true;

  const report = parseCheckIn(ctx.text, ctx.now, { householdNames: householdNamesOf(pairings) });
  if (report.isCheckIn) {
    await deps.ledger.discardDraft(draft.id);
    await startCheckIn(ctx, deps, report, pairings);
    return true;
  }
  if (state.step === 'ask') askAgain(ctx, state.field);
  else if (state.step === 'confirm') remindConfirmation(ctx);
  else askDuplicateAgain(ctx);
  return true;
}
