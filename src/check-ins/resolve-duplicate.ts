// The same visit reported twice (same household, same day, already confirmed): merge the new
// report into the record on file, or keep that record and drop the new report.
import type { DialogueContext } from '../dialogue/context.js';
import { answer } from './check-in-state.js';
import { cancelDraft } from './confirm-check-in.js';
import type { CheckInDeps, Visit } from './ports.js';
import { describeVisit } from './present-draft.js';
import { formatDuration, formatYuan } from './render-check-in.js';

const MERGE = /^(?:合并|合并吧|加上|merge)[。.!！]*$/i;
const KEEP = /^(?:保留|保留原记录|不合并|不用|keep|keep it|keep existing)[。.!！]*$/i;

/** Returns false when the text answers neither way. */
export async function resolveDuplicate(ctx: DialogueContext, deps: CheckInDeps, draft: Visit, duplicateOf: string): Promise<boolean> {
  const text = ctx.text.trim();
  if (KEEP.test(text)) {
    await cancelDraft(ctx, deps, draft);
    return true;
  }
  if (!MERGE.test(text)) return false;
  ctx.handledBy = 'check-in:merge';
  const existing = await deps.ledger.findVisit(duplicateOf);
  if (!existing || (existing.status !== 'confirmed' && existing.status !== 'corrected')) {
    await cancelDraft(ctx, deps, draft);
    return true;
  }
  const merged = await deps.ledger.recordChange({
    visitId: existing.id,
    action: 'merged',
    fields: {
      pairingId: existing.pairingId,
      visitDate: existing.visitDate,
      durationMinutes: (existing.durationMinutes ?? 0) + (draft.durationMinutes ?? 0),
      fundsYuan: Math.round(((existing.fundsYuan ?? 0) + (draft.fundsYuan ?? 0)) * 100) / 100,
      activities: [...new Set([...existing.activities, ...draft.activities])],
    },
    status: existing.status,
    byPersonId: ctx.person!.id,
    sourceMessageId: ctx.message.id,
    at: ctx.now,
  });
  await deps.ledger.discardDraft(draft.id);
  ctx.conversation.clear();
  ctx.record('visit_merged', merged.id);
  answer(ctx, {
    zh: `已合并到 ${describeVisit(merged, ctx)} 的记录：时长${formatDuration(merged.durationMinutes ?? 0, 'zh')}，资金${formatYuan(merged.fundsYuan ?? 0, 'zh')}。`,
    en: `Merged into the visit to ${describeVisit(merged, ctx)}: ${formatDuration(merged.durationMinutes ?? 0, 'en')}, ${formatYuan(merged.fundsYuan ?? 0, 'en')}.`,
  });
  return true;
}

export function askDuplicateAgain(ctx: DialogueContext): void {
  ctx.handledBy = 'check-in:merge';
  answer(ctx, { zh: '请回复「合并」或「保留」。', en: 'Please reply "merge" or "keep".' });
}
