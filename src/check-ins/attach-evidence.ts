// A photo or location sent right after a report is evidence for it: it attaches to the record
// still open, or to the one confirmed in the last 10 minutes.
import type { DialogueContext } from '../dialogue/context.js';
import { answer, readCheckInState } from './check-in-state.js';
import type { CheckInDeps, Visit } from './ports.js';
import { describeVisit } from './present-draft.js';

export const EVIDENCE_WINDOW_MS = 10 * 60_000;

/** Returns false when there is no record to attach to (the fallback then explains). */
export async function attachEvidence(ctx: DialogueContext, deps: CheckInDeps): Promise<boolean> {
  const visit = await evidenceTarget(ctx, deps);
  if (!visit) return false;
  ctx.handledBy = 'check-in:evidence';
  const kind = ctx.message.kind === 'location' ? 'location' : ctx.message.kind === 'image' ? 'photo' : 'file';
  await deps.ledger.attachEvidence({
    visitId: visit.id,
    kind,
    attachmentName: ctx.message.attachmentName,
    location: ctx.message.location,
    sourceMessageId: ctx.message.id,
    at: ctx.now,
  });
  ctx.record('visit_evidence', visit.id);
  const what = { photo: { zh: '照片', en: 'photo' }, location: { zh: '位置', en: 'location' }, file: { zh: '文件', en: 'file' } }[kind];
  answer(ctx, {
    zh: `📎 ${what.zh}已作为佐证附到 ${describeVisit(visit, ctx).trim()} 的走访记录。`,
    en: `📎 The ${what.en} is attached as evidence to the visit ${describeVisit(visit, ctx).trim()}.`,
  });
  return true;
}

async function evidenceTarget(ctx: DialogueContext, deps: CheckInDeps): Promise<Visit | null> {
  const since = new Date(ctx.now.getTime() - EVIDENCE_WINDOW_MS);
  const state = readCheckInState(ctx);
  const updatedAt = ctx.conversation.current ? new Date(ctx.conversation.current.updatedAt) : null;
  if (state && updatedAt && updatedAt >= since) {
    const open = await deps.ledger.findVisit(state.visitId);
    if (open && open.status === 'draft') return open;
  }
  return deps.ledger.findVisitConfirmedSince(ctx.person!.id, since);
}
