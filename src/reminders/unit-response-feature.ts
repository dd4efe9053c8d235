// A unit answering a reminder in its group: 收到, 已提交, 已完成, or a quote of the reminder.
// Listens to every group message (nobody @-mentions a bot to say 收到) and to unit contacts'
// private messages; anything that is not an answer to a recent reminder passes on untouched.
import type { DialogueContext, Feature } from '../dialogue/context.js';
import { splitQuote } from '../dialogue/split-quote.js';
import { parseAcknowledgement, type Acknowledgement } from './parse-acknowledgement.js';
import { subjectOf, subjectTitle, unitShortName } from './plan-lookup.js';
import type { DeliveryRef, ReminderDeps } from './ports.js';
import { normalizeChatText } from './text-normalize.js';

/** Answers count for reminders posted in the last 30 days. */
const ANSWER_WINDOW_MS = 30 * 86_400_000;

export function unitResponseFeature(deps: ReminderDeps): Feature {
  return async (ctx, next) => {
    if (ctx.message.kind !== 'text' || ctx.role === 'office_admin') return next();
    const quote = splitQuote(ctx.text);
    const answer = parseAcknowledgement(quote ? quote.reply : ctx.text);
    if (!answer && !quote) return next();
    const unit = await answeringUnit(ctx, deps);
    if (!unit) return next();

    const recent = await deps.ledger.deliveriesTo(unit.chatIds, new Date(ctx.now.getTime() - ANSWER_WINDOW_MS), 20);
    const quoted = quote ? recent.find((delivery) => quotes(quote.quoted, delivery.text)) : undefined;
    // A reply under a quote of the reminder shows the unit saw it, whatever it says.
    if (quote && !quoted && !answer) return next();
    const state: Acknowledgement = answer ?? 'acknowledged';
    const target = quoted ?? (state === 'submitted' ? recent.find((delivery) => delivery.expectsSubmission) : undefined) ?? recent[0];
    if (!target) return next();
    await recordAnswer(ctx, deps, unit.code, target, state);
  };
}

async function answeringUnit(ctx: DialogueContext, deps: ReminderDeps): Promise<{ code: string; chatIds: string[] } | null> {
  if (ctx.message.roomId) {
    const role = await deps.units.roomRole(ctx.message.roomId);
    return role?.kind === 'unit' ? { code: role.unitCode, chatIds: [ctx.message.roomId] } : null;
  }
  if (ctx.role !== 'unit_contact' || !ctx.person?.unitId) return null;
  const code = await deps.units.unitCodeOf(ctx.person.unitId);
  if (!code) return null;
  const [audience] = await deps.units.audiences([code]);
  return { code, chatIds: [ctx.message.senderId, ...(audience?.roomIds ?? [])] };
}

async function recordAnswer(ctx: DialogueContext, deps: ReminderDeps, unitCode: string, target: DeliveryRef, state: Acknowledgement): Promise<void> {
  ctx.handledBy = 'reminders:response';
  const { id } = await deps.ledger.recordResponse({
    subjectPeriod: target.subjectPeriod,
    unitCode,
    state,
    at: ctx.now,
    reminderId: target.reminderId,
    messageId: ctx.message.id,
    byContactId: ctx.message.senderId,
  });
  await deps.escalations.cancelForUnit(target.subjectPeriod, unitCode, 'responded', ctx.now);
  ctx.record('unit_response', id);
  // 收到 is a ritual in these groups: echoing each one would be noise. A submission gets a thank-you.
  if (state !== 'submitted') return;
  const plan = await deps.plans.byId(target.subjectPeriod.planId);
  if (!plan) return;
  const title = subjectTitle(subjectOf(plan.definition, target.subjectPeriod.subject));
  const unitName = unitShortName(plan.definition, unitCode, ctx.lang);
  ctx.reply(
    {
      zh: `✅ 已记录：${unitName}已提交「${title.zh}」的材料，谢谢！`,
      en: `✅ Recorded: ${unitName} has submitted for the ${title.en}. Thank you!`,
    },
    'confirmation',
  );
}

const squash = (text: string): string => normalizeChatText(text).replace(/@\S+/gu, '').replace(/\s+/gu, '');

/** WeChat quotes a message shortened; its opening is enough to tell which reminder it was. */
function quotes(quoted: string, deliveredText: string): boolean {
  const opening = squash(quoted).replace(/(?:…|\.{3})+$/u, '').slice(0, 40);
  return opening.length >= 6 && squash(deliveredText).includes(opening);
}
