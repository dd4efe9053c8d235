// After every step of a report: ask the next missing field (one at a time), or point out the
// same visit already on record, or read the complete record back for 确认.
import type { DialogueContext } from '../dialogue/context.js';
import { applyVisitChange, type ChangeProblem } from './apply-visit-change.js';
import type { FieldChange } from './parse-field-value.js';
import { answer, saveCheckInState } from './check-in-state.js';
import type { CheckInField } from './check-in-types.js';
import { listHouseholds } from './household-choice.js';
import type { CheckInDeps, PairedHousehold, Visit, VisitLedger } from './ports.js';
import { formatDate, formatDuration, formatYuan, renderCheckInSummary, renderMissingQuestion } from './render-check-in.js';

export function firstMissingField(visit: Visit): CheckInField | null {
  if (visit.pairingId === null) return 'household';
  if (visit.visitDate === null) return 'visit_date';
  if (visit.durationMinutes === null) return 'duration';
  if (visit.fundsYuan === null) return 'funds';
  return null;
}

export function askField(ctx: DialogueContext, visit: Visit, field: CheckInField, pairings: readonly PairedHousehold[]): void {
  const question = renderMissingQuestion(field, ctx.lang);
  const list = field === 'household' ? `\n${ctx.lang === 'zh' ? '您的结对户：' : 'Your households: '}${listHouseholds(pairings, ctx.lang)}` : '';
  answer(ctx, question + list);
  saveCheckInState(ctx, { step: 'ask', visitId: visit.id, field });
}

export function describeVisit(visit: Visit, ctx: DialogueContext): string {
  const date = visit.visitDate ? formatDate(visit.visitDate, ctx.lang, ctx.now) : '';
  return ctx.lang === 'zh' ? `${visit.household ?? ''} ${date}` : `${visit.household ?? ''}, ${date}`;
}

export async function presentDraft(
  ctx: DialogueContext,
  ledger: VisitLedger,
  draft: Visit,
  pairings: readonly PairedHousehold[],
  problem?: ChangeProblem,
): Promise<void> {
  if (problem) {
    answer(ctx, problem.text);
    saveCheckInState(ctx, { step: 'ask', visitId: draft.id, field: problem.field });
    return;
  }
  const missing = firstMissingField(draft);
  if (missing) return askField(ctx, draft, missing, pairings);

  const existing = await ledger.findCountedVisitOn(draft.pairingId!, draft.visitDate!, draft.id);
  if (existing) {
    const zh = [
      `${describeVisit(existing, ctx)} 已经有一条确认过的走访记录（时长${formatDuration(existing.durationMinutes ?? 0, 'zh')}，资金${formatYuan(existing.fundsYuan ?? 0, 'zh')}）。`,
      '是同一次走访吗？回复「合并」把这次的时长、资金和事项加到原记录上，回复「保留」只保留原记录（这次不保存）。',
    ];
    const en = [
      `There is already a confirmed visit to ${describeVisit(existing, ctx)} (${formatDuration(existing.durationMinutes ?? 0, 'en')}, ${formatYuan(existing.fundsYuan ?? 0, 'en')}).`,
      'Is it the same visit? Reply "merge" to add this duration, funds and activities to it, or "keep" to keep the existing record only (this report is not saved).',
    ];
    answer(ctx, { zh: zh.join('\n'), en: en.join('\n') });
    saveCheckInState(ctx, { step: 'duplicate', visitId: draft.id, duplicateOf: existing.id });
    return;
  }
  answer(ctx, renderCheckInSummary(draft, ctx.lang, { now: ctx.now }));
  saveCheckInState(ctx, { step: 'confirm', visitId: draft.id });
}

/** A change from an answer or a 修改: checked against the pairings, saved, and the draft shown again. */
export async function changeDraft(
  ctx: DialogueContext,
  deps: CheckInDeps,
  draft: Visit,
  change: FieldChange,
  pairings: readonly PairedHousehold[],
): Promise<void> {
  const applied = applyVisitChange(draft, change, pairings, ctx.lang, ctx.now);
  if (!applied.ok) {
    answer(ctx, applied.problem.text);
    return;
  }
  const updated = await deps.ledger.updateDraft(draft.id, applied.fields, ctx.message.id);
  await presentDraft(ctx, deps.ledger, updated, pairings);
}
