// The office runs the plan from its room (or a private chat with the bot):
//   提醒列表 · 暂停提醒 <单位> · 恢复提醒 <单位> · 改期 <事项> <日期> · 谁没回 [事项] / 进度 [事项]
// Admins only; everyone else is told so. Registered as a group listener because admins type
// these in the office room without @-mentioning the bot.
import type { DialogueContext, Feature } from '../dialogue/context.js';
import { listUpcomingReminders } from './list-upcoming-reminders.js';
import { parseOfficeCommand, type OfficeCommand } from './parse-office-command.js';
import { setUnitReminders } from './pause-unit-reminders.js';
import type { ReminderDeps, StoredPlan } from './ports.js';
import { rescheduleDeadline } from './reschedule-deadline.js';
import { showUnitStatus } from './show-unit-status.js';
import { normalizeChatText } from './text-normalize.js';

const MANAGEMENT_HEAD = /^(提醒列表|查看提醒|所有提醒|暂停|恢复|改期|调整日期|(list )?reminders$|pause\b|resume\b|reschedule\b)/u;
// What a non-admin is refused for: the unmistakable forms only (a parent's "暂停…" is something else).
const OFFICE_ONLY_HEAD = /^(提醒列表|暂停提醒|恢复提醒|改期|调整日期|reschedule\b|pause reminders?|resume reminders?)/u;
const STATUS_HEAD = /^(谁没回|谁还没回|谁没回复|进度|回复情况|who has ?n['’]?t|progress\b|status\b)/u;

const ADMINS_ONLY = {
  zh: '抱歉，「提醒列表」「暂停提醒」「恢复提醒」「改期」「谁没回」只有行动组办公室的管理员可以使用。收到单位提醒请直接回复「收到」，提交后回复「已提交」。',
  en: 'Sorry, reminder commands (list, pause, resume, reschedule, who has not replied) are for action-team office admins only. To answer a reminder, reply "收到" or, once submitted, "已提交".',
};
const OFFICE_ROOM_OR_PRIVATE = {
  zh: '提醒管理命令请在办公室群里或私聊我使用。',
  en: 'Use reminder commands in the office room or in a private chat with me.',
};
const NO_PLAN = {
  zh: '还没有导入任何计划。请在管理后台导入计划文件，或运行 npx bangfu plan import <文件> --year <年份>。',
  en: 'No plan has been imported yet. Import a plan file in the admin console or with npx bangfu plan import <file> --year <year>.',
};

export function officeReminderCommandsFeature(deps: ReminderDeps): Feature {
  return async (ctx, next) => {
    if (ctx.message.kind !== 'text') return next();
    const text = normalizeChatText(ctx.text);
    const kind = MANAGEMENT_HEAD.test(text) ? 'management' : STATUS_HEAD.test(text) ? 'status' : null;
    if (!kind) return next();
    const inOffice = ctx.message.roomId !== null && (await deps.units.roomRole(ctx.message.roomId))?.kind === 'office';

    if (ctx.role !== 'office_admin') {
      // 进度 from a helper is their own visit progress, and a parent's is not a command at all.
      const refuse =
        kind === 'management' ? OFFICE_ONLY_HEAD.test(text) && (ctx.addressed || inOffice) : inOffice || (ctx.role === 'unit_contact' && ctx.addressed);
      if (!refuse) return next();
      ctx.handledBy = 'reminders:refused';
      return ctx.reply(ADMINS_ONLY);
    }
    if (ctx.isGroup && !inOffice) {
      if (!ctx.addressed) return next();
      ctx.handledBy = 'reminders:wrong-room';
      return ctx.reply(OFFICE_ROOM_OR_PRIVATE);
    }
    const plan = await deps.plans.active(ctx.now);
    if (!plan) {
      if (!ctx.addressed && kind === 'status') return next();
      ctx.handledBy = 'reminders:no-plan';
      return ctx.reply(NO_PLAN);
    }
    const parsed = parseOfficeCommand(ctx.text, plan.definition);
    if (parsed.kind === 'not_a_command') return next();
    if (parsed.kind === 'error') {
      // Unaddressed chatter that merely starts like 进度 ("进度怎么样了") is not a command.
      if (!ctx.addressed && kind === 'status') return next();
      ctx.handledBy = 'reminders:command-error';
      return ctx.reply({
        zh: `${parsed.error.message.zh}。例如：${parsed.error.example.zh}`,
        en: `${parsed.error.message.en}. For example: ${parsed.error.example.en}`,
      });
    }
    await run(ctx, deps, plan, parsed.command);
  };
}

async function run(ctx: DialogueContext, deps: ReminderDeps, plan: StoredPlan, command: OfficeCommand): Promise<void> {
  switch (command.type) {
    case 'list_reminders':
      return listUpcomingReminders(ctx, deps);
    case 'pause_unit':
      return setUnitReminders(ctx, deps, plan, command.unitCode, true);
    case 'resume_unit':
      return setUnitReminders(ctx, deps, plan, command.unitCode, false);
    case 'reschedule':
      return rescheduleDeadline(ctx, deps, plan, command.subject, command.date);
    case 'unit_status':
      return showUnitStatus(ctx, deps, plan, command.subject);
  }
}
