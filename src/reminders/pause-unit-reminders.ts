import type { DialogueContext } from '../dialogue/context.js';
import { unitShortName } from './plan-lookup.js';
import type { ReminderDeps, StoredPlan } from './ports.js';

/** 暂停提醒 / 恢复提醒 <单位>: while paused a unit gets no reminders and no follow-ups. */
export async function setUnitReminders(ctx: DialogueContext, deps: ReminderDeps, plan: StoredPlan, unitCode: string, paused: boolean): Promise<void> {
  ctx.handledBy = paused ? 'reminders:pause' : 'reminders:resume';
  const name = { zh: unitShortName(plan.definition, unitCode, 'zh'), en: unitShortName(plan.definition, unitCode, 'en') };
  const changed = await deps.units.setPaused(unitCode, paused, actorOf(ctx), ctx.now);
  if (changed) ctx.record(paused ? 'reminders_paused' : 'reminders_resumed', unitCode);
  if (paused) {
    ctx.reply(
      changed
        ? { zh: `已暂停「${name.zh}」的提醒和催办。恢复请发送「恢复提醒 ${name.zh}」。`, en: `Reminders and follow-ups for ${name.en} are paused. Send "resume reminders ${unitCode}" to resume.` }
        : { zh: `「${name.zh}」的提醒本来就是暂停状态。`, en: `Reminders for ${name.en} were already paused.` },
    );
    return;
  }
  ctx.reply(
    changed
      ? { zh: `已恢复「${name.zh}」的提醒，之后的提醒会照常发送（暂停期间的不补发）。`, en: `Reminders for ${name.en} are back on; those due while paused are not sent.` }
      : { zh: `「${name.zh}」的提醒没有暂停，无需恢复。`, en: `Reminders for ${name.en} were not paused.` },
  );
}

/** Who did it, for the audit log. */
export function actorOf(ctx: DialogueContext): string {
  return ctx.person ? `person:${ctx.person.id}` : `contact:${ctx.message.senderId}`;
}
