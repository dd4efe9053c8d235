// Only a bound, paired helper records visits. Anyone else who writes what reads like a visit
// report gets a polite no and nothing is stored.
import type { DialogueContext } from '../dialogue/context.js';
import { parseCheckIn } from './parse-check-in.js';

// A parent's question ("我昨天去了学校，补助多少钱？") is for the policy answers, not a report.
const QUESTION = /[?？吗呢]|多少|怎么|如何|能不能|可不可以|是否|how|what|when|can i/i;

/** Returns false when the message does not look like a visit report at all. */
export function refuseReport(ctx: DialogueContext): boolean {
  if (QUESTION.test(ctx.text)) return false;
  if (!parseCheckIn(ctx.text, ctx.now).isCheckIn) return false;
  ctx.handledBy = 'check-in:refused';
  const bindHint = ctx.role === 'stranger' ? '如果您是结对帮扶干部，请先私聊我发送「绑定 邀请码」。' : '如有疑问请联系行动组办公室。';
  const bindHintEn = ctx.role === 'stranger' ? 'If you are a paired helper, first send me "bind <invite code>" privately.' : 'Please ask the action-team office if you have questions.';
  ctx.reply({
    zh: `抱歉，走访登记只对结对帮扶干部开放，这条消息没有保存。${bindHint}`,
    en: `Sorry, only paired helpers can record visits; nothing was saved. ${bindHintEn}`,
  });
  return true;
}
