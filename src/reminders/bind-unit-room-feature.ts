// 「@助手 绑定单位 DW-7Q2M9」 in a group: this group is now that unit's (its reminders come here),
// or, with the office's code, the action-team office room.
import type { Feature } from '../dialogue/context.js';
import type { Bilingual } from './plan-definition.js';
import type { BindRoomOutcome, ReminderDeps } from './ports.js';

const BIND_ROOM = /^(?:绑定单位|绑定群|bind\s+(?:unit|group|room))\s*[:：]?\s*(\S*)\s*$/iu;
const CODE = /^[A-Za-z0-9-]{4,32}$/;
const EXAMPLE = { zh: '@助手 绑定单位 DW-7Q2M9', en: '@Bangfu bind unit DW-7Q2M9' };

export function parseBindRoomCommand(text: string): { code: string } | null {
  const match = BIND_ROOM.exec(text.normalize('NFKC').trim());
  return match ? { code: (match[1] ?? '').toUpperCase() } : null;
}

export function bindUnitRoomFeature(deps: ReminderDeps): Feature {
  return async (ctx, next) => {
    const command = ctx.message.kind === 'text' ? parseBindRoomCommand(ctx.text) : null;
    if (!command) return next();
    ctx.handledBy = 'reminders:bind-room';
    if (!ctx.message.roomId) {
      return ctx.reply({
        zh: `请在要绑定的单位工作群里@我发送，例如：${EXAMPLE.zh}`,
        en: `Send it in the unit's group chat, mentioning me, e.g. ${EXAMPLE.en}`,
      });
    }
    if (!CODE.test(command.code)) {
      return ctx.reply({
        zh: `单位代码格式不对。请发送「绑定单位」加上办公室给的代码，例如：${EXAMPLE.zh}`,
        en: `That does not look like a unit code. Send "bind unit" and the code the office gave you, e.g. ${EXAMPLE.en}`,
      });
    }
    if (!ctx.person) {
      return ctx.reply({
        zh: '请先私聊我发送「绑定 邀请码」登记您的身份（邀请码由办公室发放），再回到群里绑定单位。',
        en: 'First register yourself: send me "bind <invite code>" privately (the office gives you the code), then bind the unit here.',
      });
    }
    const outcome = await deps.units.bindRoom({
      roomId: ctx.message.roomId,
      topic: ctx.message.roomTopic ?? '',
      code: command.code,
      by: { personId: ctx.person.id, role: ctx.role, unitId: ctx.person.unitId, contactId: ctx.message.senderId },
      at: ctx.now,
    });
    if (outcome.outcome === 'bound_unit' || outcome.outcome === 'bound_office') ctx.record('room_binding', ctx.message.roomId);
    ctx.reply(replyFor(outcome));
  };
}

function replyFor(outcome: BindRoomOutcome): Bilingual {
  switch (outcome.outcome) {
    case 'bound_unit':
      return {
        zh: `绑定成功！本群已设为「${outcome.unitName.zh}」的工作群，计划的阶段和报送提醒会发到这里。收到提醒请回复「收到」，提交后回复「已提交」。`,
        en: `Done! This group now belongs to ${outcome.unitName.en}: plan reminders will be posted here. Reply "收到" when you see one and "已提交" once you have submitted.`,
      };
    case 'bound_office':
      return {
        zh: '绑定成功！本群已设为行动组办公室群：待答问题、催办和提醒管理都在这里。发送「帮助」查看办公室命令。',
        en: 'Done! This group is now the action-team office room: open questions, follow-ups and reminder commands happen here. Send "help" for the office commands.',
      };
    case 'already_bound':
      return outcome.unitName
        ? { zh: `本群已经是「${outcome.unitName.zh}」的工作群，无需再次绑定。`, en: `This group already belongs to ${outcome.unitName.en}.` }
        : { zh: '本群已经是行动组办公室群，无需再次绑定。', en: 'This group already is the office room.' };
    case 'unknown_code':
      return {
        zh: `这个单位代码不存在或已停用，请核对后重新发送，或向办公室索取。例如：${EXAMPLE.zh}`,
        en: `That unit code does not exist or was revoked. Check it or ask the office for it, e.g. ${EXAMPLE.en}`,
      };
    case 'not_allowed':
      return outcome.needs === 'office_admin'
        ? { zh: '办公室群只能由行动组办公室的管理员绑定。', en: 'Only an action-team office admin can bind the office room.' }
        : { zh: '只有本单位的联络人或办公室管理员可以绑定单位工作群。', en: "Only the unit's contact person or an office admin can bind a unit's group." };
    case 'room_taken':
      return outcome.unitName
        ? {
            zh: `本群已经绑定为「${outcome.unitName.zh}」的工作群，不能再绑定其他单位。如需更改请联系办公室。`,
            en: `This group already belongs to ${outcome.unitName.en} and cannot be bound to another unit. Ask the office to change it.`,
          }
        : { zh: '本群是行动组办公室群，不能绑定为单位工作群。', en: 'This group is the office room and cannot belong to a unit.' };
  }
}
