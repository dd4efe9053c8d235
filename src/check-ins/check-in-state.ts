// The open check-in conversation of one helper (per person, so a report started in a group
// continues in the private chat) and how the bot answers inside it.
import type { DialogueContext } from '../dialogue/context.js';
import type { Bilingual } from '../shared/language.js';
import { maskPersonalData } from '../shared/mask-personal-data.js';
import type { CheckInField } from './check-in-types.js';

export const CHECK_IN_FLOW = 'checkin';

export type CheckInState =
  | { step: 'ask'; visitId: string; field: CheckInField }
  | { step: 'confirm'; visitId: string }
  | { step: 'duplicate'; visitId: string; duplicateOf: string };

export function readCheckInState(ctx: DialogueContext): CheckInState | null {
  const current = ctx.conversation.current;
  if (current?.flow !== CHECK_IN_FLOW) return null;
  return { step: current.step, ...current.data } as CheckInState;
}

export function saveCheckInState(ctx: DialogueContext, state: CheckInState): void {
  const { step, ...data } = state;
  ctx.conversation.set(CHECK_IN_FLOW, step, data);
}

/**
 * Household details never go to a group: a report made there is answered privately. ID-card
 * and phone numbers a helper typed into a report are masked on the way out.
 */
export function answer(ctx: DialogueContext, text: string | Bilingual): void {
  const localised = typeof text === 'string' ? text : text[ctx.lang];
  const masked = maskPersonalData(localised);
  if (ctx.isGroup) ctx.replyPrivately(masked);
  else ctx.reply(masked);
}

export function byLang(ctx: DialogueContext, zh: string, en: string): string {
  return ctx.lang === 'zh' ? zh : en;
}
