// The helper's answer to "在户里待了多长时间？" and the like: parsed for that one field only.
import type { DialogueContext } from '../dialogue/context.js';
import { answer } from './check-in-state.js';
import type { CheckInField } from './check-in-types.js';
import { householdNamesOf } from './household-choice.js';
import { parseFieldValue } from './parse-field-value.js';
import type { CheckInDeps, PairedHousehold, Visit } from './ports.js';
import { changeDraft } from './present-draft.js';
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
  await changeDraft(ctx, deps, draft, parsed.change, pairings);
  return true;
}

/** The question again, for an answer we could not read. */
export function askAgain(ctx: DialogueContext, field: CheckInField): void {
  ctx.handledBy = 'check-in:answer';
  const lead = ctx.lang === 'zh' ? '没看懂这个回答。' : 'I could not read that answer. ';
  answer(ctx, lead + renderMissingQuestion(field, ctx.lang));
}
