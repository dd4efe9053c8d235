// Later corrections and withdrawals of a confirmed visit: "更正 昨天那条 资金 500",
// "撤回 最近一条". The record changes; every earlier version stays as a revision.
import type { DialogueContext } from '../dialogue/context.js';
import { applyVisitChange } from './apply-visit-change.js';
import { answer } from './check-in-state.js';
import type { FieldEdit } from './parse-field-edit.js';
import type { CheckInDeps, PairedHousehold } from './ports.js';
import { describeVisit } from './present-draft.js';
import { describeProblem, formatDate, renderCheckInSummary } from './render-check-in.js';

const EXAMPLES = {
  zh: '请说明是哪一条，例如：更正 昨天那条 资金 500、更正 最近一条 时长 2小时、撤回 3月5日那条',
  en: 'Say which record, e.g.: correct the latest funds 500, correct yesterday\'s record duration 2 hours, withdraw the latest',
};

export async function correctVisit(
  ctx: DialogueContext,
  deps: CheckInDeps,
  edit: Exclude<FieldEdit, { kind: 'not_an_edit' }>,
  pairings: readonly PairedHousehold[],
): Promise<void> {
  ctx.handledBy = 'check-in:correct';
  if (edit.kind === 'error') {
    answer(ctx, edit.problem ? describeProblem(edit.problem, ctx.lang) : EXAMPLES);
    return;
  }
  // With no record open, "修改 资金 500" could mean any visit: a confirmed record is changed
  // only when the helper says which one.
  if (edit.target.kind === 'current') {
    answer(ctx, EXAMPLES);
    return;
  }
  const date = edit.target.kind === 'date' ? edit.target.date : undefined;
  const visit = await deps.ledger.findLatestCountedVisit(ctx.person!.id, date);
  if (!visit) {
    answer(ctx, {
      zh: `没有找到${date ? `${formatDate(date, 'zh', ctx.now)}的` : ''}已确认走访记录。`,
      en: `No confirmed visit found${date ? ` on ${formatDate(date, 'en', ctx.now)}` : ''}.`,
    });
    return;
  }
  const common = { visitId: visit.id, byPersonId: ctx.person!.id, sourceMessageId: ctx.message.id, at: ctx.now };
  if (edit.kind === 'withdraw') {
    const withdrawn = await deps.ledger.recordChange({ ...common, action: 'withdrawn', fields: visit, status: 'withdrawn' });
    ctx.record('visit_withdrawn', withdrawn.id);
    answer(ctx, {
      zh: `已撤回 ${describeVisit(withdrawn, ctx)} 的走访记录，不再计入进度。原记录保留在修改历史中。`,
      en: `Withdrew the visit to ${describeVisit(withdrawn, ctx)}; it no longer counts. The original stays in the history.`,
    });
    return;
  }
  const applied = applyVisitChange(visit, edit.change, pairings, ctx.lang, ctx.now);
  if (!applied.ok) {
    answer(ctx, applied.problem.text);
    return;
  }
  const corrected = await deps.ledger.recordChange({ ...common, action: 'corrected', fields: applied.fields, status: 'corrected' });
  ctx.record('visit_corrected', corrected.id);
  const card = renderCheckInSummary(corrected, ctx.lang, { now: ctx.now }).split('\n').slice(1, -1).join('\n');
  answer(ctx, {
    zh: `已更正，修改前的版本保留在历史中：\n${card}`,
    en: `Corrected; the earlier version stays in the history:\n${card}`,
  });
}
