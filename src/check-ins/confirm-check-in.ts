// The record read back: 确认 saves it (first revision), 修改 changes the draft, 取消 drops it.
import type { DialogueContext } from '../dialogue/context.js';
import { answer } from './check-in-state.js';
import { householdNamesOf } from './household-choice.js';
import { parseConfirmationReply } from './parse-confirmation-reply.js';
import { parseFieldEdit } from './parse-field-edit.js';
import type { CheckInDeps, PairedHousehold, Visit } from './ports.js';
import { changeDraft, describeVisit } from './present-draft.js';
import { describeProblem } from './render-check-in.js';

const EDIT_EXAMPLES = {
  zh: '请回复「确认」保存，或这样修改：修改 时长 2小时、修改 资金 500、修改 日期 昨天；「取消」放弃。',
  en: 'Reply "confirm" to save, or correct it like: edit duration 2 hours, edit funds 500, edit date yesterday; "cancel" to discard.',
};

/** Returns false when the text is none of confirm / cancel / edit. */
export async function answerConfirmation(
  ctx: DialogueContext,
  deps: CheckInDeps,
  draft: Visit,
  pairings: readonly PairedHousehold[],
): Promise<boolean> {
  const reply = parseConfirmationReply(ctx.text);
  if (reply === 'confirm') {
    await confirmDraft(ctx, deps, draft);
    return true;
  }
  if (reply === 'cancel') {
    await cancelDraft(ctx, deps, draft);
    return true;
  }
  const edit = parseFieldEdit(ctx.text, ctx.now, { householdNames: householdNamesOf(pairings) });
  if (edit.kind === 'not_an_edit') return false;
  ctx.handledBy = 'check-in:edit-draft';
  if (edit.kind === 'withdraw') return cancelDraft(ctx, deps, draft).then(() => true);
  if (edit.kind === 'error') {
    answer(ctx, edit.problem ? describeProblem(edit.problem, ctx.lang) : EDIT_EXAMPLES);
    return true;
  }
  await changeDraft(ctx, deps, draft, edit.change, pairings);
  return true;
}

export function remindConfirmation(ctx: DialogueContext): void {
  ctx.handledBy = 'check-in:confirm';
  answer(ctx, EDIT_EXAMPLES);
}

async function confirmDraft(ctx: DialogueContext, deps: CheckInDeps, draft: Visit): Promise<void> {
  ctx.handledBy = 'check-in:confirm';
  const saved = await deps.ledger.recordChange({
    visitId: draft.id,
    action: 'confirmed',
    fields: draft,
    status: 'confirmed',
    byPersonId: ctx.person!.id,
    sourceMessageId: ctx.message.id,
    at: ctx.now,
  });
  ctx.record('visit_confirmed', saved.id);
  ctx.conversation.clear();
  answer(ctx, {
    zh: `✅ 已保存：${describeVisit(saved, ctx)} 的走访。10分钟内发送照片或位置可作为佐证；发送「进度」查看今年进度。`,
    en: `✅ Saved: visit to ${describeVisit(saved, ctx)}. Send photos or your location within 10 minutes as evidence; send "progress" to see the year so far.`,
  });
}

export async function cancelDraft(ctx: DialogueContext, deps: CheckInDeps, draft: Visit): Promise<void> {
  ctx.handledBy = 'check-in:cancel';
  await deps.ledger.discardDraft(draft.id);
  ctx.conversation.clear();
  answer(ctx, { zh: '好的，已取消，这次走访没有保存，也不计入进度。', en: 'OK, cancelled. The visit was not saved and does not count.' });
}
