// A helper's visit report: a draft keyed by the report's message id (a retried job finds the
// same draft), then the first question, or the record read back for 确认.
import type { DialogueContext } from '../dialogue/context.js';
import { checkPeriod, type ChangeProblem } from './apply-visit-change.js';
import { answer, byLang } from './check-in-state.js';
import type { ParsedCheckIn } from './check-in-types.js';
import { chooseHousehold } from './household-choice.js';
import type { CheckInDeps, PairedHousehold, VisitFields } from './ports.js';
import { presentDraft } from './present-draft.js';
import { describeProblem } from './render-check-in.js';

export async function startCheckIn(
  ctx: DialogueContext,
  deps: CheckInDeps,
  parsed: ParsedCheckIn,
  pairings: readonly PairedHousehold[],
): Promise<void> {
  ctx.handledBy = 'check-in:start';
  if (ctx.isGroup) {
    ctx.reply(byLang(ctx, '收到走访报告，涉及帮扶户信息，我私聊您继续登记。', 'Got your visit report; it concerns a household, so I will continue in a private chat.'));
  }
  if (pairings.length === 0) {
    answer(ctx, { zh: '您还没有结对帮扶户，暂时不能登记走访。请联系办公室确认结对关系。', en: 'You have no paired household yet, so a visit cannot be recorded. Please ask the office.' });
    return;
  }
  const { fields, problem } = fieldsFromReport(parsed, pairings, ctx);
  const draft = await deps.ledger.createDraft({ draftKey: ctx.message.id, helperId: ctx.person!.id, fields, sourceMessageId: ctx.message.id });
  ctx.record('visit_draft', draft.id);
  await presentDraft(ctx, deps.ledger, draft, pairings, problem);
}

/** What the report said, minus anything with a problem: that field is asked for again. */
function fieldsFromReport(
  parsed: ParsedCheckIn,
  pairings: readonly PairedHousehold[],
  ctx: DialogueContext,
): { fields: VisitFields; problem?: ChangeProblem } {
  let problem: ChangeProblem | undefined;
  const first = parsed.problems[0];
  if (first) problem = { field: first.field, text: describeProblem(first.code, ctx.lang) };

  let pairingId: string | null = null;
  if (parsed.household) {
    const choice = chooseHousehold(parsed.household, pairings, ctx.lang);
    if (choice.ok) pairingId = choice.pairing.pairingId;
    else problem ??= { field: 'household', text: choice.problem };
  } else if (pairings.length === 1) {
    // A helper with one household need not name it.
    pairingId = pairings[0]!.pairingId;
  }
  const fields: VisitFields = {
    pairingId,
    visitDate: parsed.visitDate,
    durationMinutes: parsed.durationMinutes,
    fundsYuan: parsed.fundsYuan,
    activities: [...parsed.activities],
  };
  const period = checkPeriod(fields, pairings, ctx.lang, ctx.now);
  if (period.ok) return { fields, problem };
  return { fields: { ...fields, visitDate: null }, problem: problem ?? period.problem };
}
