// 进度 / progress: a helper sees their own households; an office admin sees every pairing.
import type { DialogueContext } from '../dialogue/context.js';
import { answer } from './check-in-state.js';
import { pairingProgress } from './helper-progress.js';
import type { CheckInDeps } from './ports.js';
import { renderProgress } from './progress.js';

const HELPER_PROGRESS = /^(?:进度|我的进度|帮扶进度|走访进度|查进度|查看进度|progress|my progress)[。.!！?？]*$/i;
// Plain 进度 in the office is the reminders' unit status, so admins ask for 帮扶进度.
const ADMIN_PROGRESS = /^(?:帮扶进度|结对进度|走访进度|全部帮扶进度|pairing progress|visit progress)[。.!！?？]*$/i;

export function isHelperProgressRequest(text: string): boolean {
  return HELPER_PROGRESS.test(text.trim());
}

export function isAdminProgressRequest(text: string): boolean {
  return ADMIN_PROGRESS.test(text.trim());
}

export async function showHelperProgress(ctx: DialogueContext, deps: CheckInDeps): Promise<void> {
  ctx.handledBy = 'check-in:progress';
  const pairings = await deps.ledger.pairingsOfHelper(ctx.person!.id);
  answer(ctx, renderProgress(await pairingProgress(deps.ledger, pairings, ctx.now), ctx.lang, ctx.now));
}

export async function showAllProgress(ctx: DialogueContext, deps: CheckInDeps): Promise<void> {
  ctx.handledBy = 'check-in:progress-all';
  const pairings = await deps.ledger.allPairings();
  const items = await pairingProgress(deps.ledger, pairings, ctx.now, (pairing) => `${pairing.headName}（${pairing.helperName}）`);
  answer(ctx, renderProgress(items, ctx.lang, ctx.now));
}
