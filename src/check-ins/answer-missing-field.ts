// The helper's answer to "在户里待了多长时间？" and the like: parsed for that one field only.
import type { DialogueContext } from '../dialogue/context.js';
import { applyVisitChange } from './apply-visit-change.js';
import { answer } from './check-in-state.js';
import type { CheckInField } from './check-in-types.js';
import { householdNamesOf } from './household-choice.js';
import { parseFieldValue } from './parse-field-value.js';
import type { CheckInDeps, PairedHousehold, Visit } from './ports.js';
import { presentDraft } from './present-draft.js';
import { describeProblem, renderMissingQuestion } from './render-check-in.js';

/** Returns false when the text is not a value for the field, so the caller can try it as something else. */
export async function answerMissingField(
  ctx: DialogueContext,
  deps: CheckInDeps,
  draft: Visit,
  field: CheckInField,
  pairings: readonly PairedHousehold[],
): Promise<boolean> {
  const parsed = parseFieldValue(field, ctx.text, ctx.now, { householdNames: householdNamesOf(pairings) });
  if (!parsed.ok) {
    if (!parsed.problem) return false;
    ctx.handledBy = 'check-in:answer';
    answer(ctx, describeProblem(parsed.problem, ctx.lang));
    return true;
  }
  ctx.handledBy = 'check-in:answer';
  const applied = applyVisitChange(draft, parsed.change, pairings, ctx.lang, ctx.now);
  if (!applied.ok) {
    answer(ctx, applied.problem.text);
    return true;
  }
  const updated = await deps.ledger.updateDraft(draft.id, applied.fields, ctx.message.id);
  await presentDraft(ctx, deps.ledger, updated, pairings);
  return true;
}

/** The question again, for an answer we could not read. */
export function askAgain(ctx: DialogueContext, field: CheckInField): void {
  ctx.handledBy = 'check-in:answer';
  const lead = ctx.lang === 'zh' ? '没看懂这个回答。' : 'I could not read that answer. ';
  answer(ctx, lead + renderMissingQuestion(field, ctx.lang));
}
