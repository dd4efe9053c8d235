import type { Feature } from '../context.js';
import type { PeopleDirectory } from '../ports.js';

// `绑定单位 <代码>` binds a group to a unit (reminders); this is a person binding their own contact.
const BIND = /^(?:绑定(?!单位|群)|bind(?!\s+unit)\b)\s*[:：]?\s*(\S*)\s*$/i;
const CODE = /^[A-Za-z0-9-]{4,32}$/;

export function parseBindCommand(text: string): { code: string } | null {
  const match = BIND.exec(text.trim());
  return match ? { code: match[1] ?? '' } : null;
}

export function bindFeature(people: PeopleDirectory): Feature {
  return async (ctx, next) => {
    const command = ctx.message.kind === 'text' ? parseBindCommand(ctx.text) : null;
    if (!command) return next();
    ctx.handledBy = 'bind';
    if (ctx.isGroup) {
      ctx.reply({
        zh: '为保护邀请码，请私聊我发送「绑定 邀请码」。',
        en: 'To keep your invite code private, send "bind <code>" to me in a private chat.',
      });
      return;
    }
    if (!CODE.test(command.code)) {
      ctx.reply({
        zh: '邀请码格式不对。请发送「绑定 」加上办公室给你的邀请码，例如：绑定 HX-7Q2M9',
        en: 'That does not look like an invite code. Send "bind" followed by the code the office gave you, e.g. bind HX-7Q2M9',
      });
      return;
    }
    const outcome = await people.bindContact(ctx.message.senderId, command.code.toUpperCase(), ctx.now);
    if (outcome.ok) {
      ctx.record('contact_binding', ctx.message.senderId);
      const role = { parent: '家长', helper: '帮扶干部', unit_contact: '成员单位联络人', office_admin: '办公室管理员' }[outcome.person.role];
      ctx.reply({
        zh: `绑定成功！${outcome.person.name}，您的身份是「${role}」。发送「帮助」查看可用功能。`,
        en: `Bound! ${outcome.person.name}, you are registered as ${outcome.person.role.replace('_', ' ')}. Send "help" to see what you can do.`,
      });
      return;
    }
    const refusals = {
      unknown_code: { zh: '这个邀请码不存在，请核对后重新发送，或联系办公室。', en: 'That invite code does not exist. Please check it or ask the office.' },
      code_used: { zh: '这个邀请码已经被使用过了。每个邀请码只能用一次，请联系办公室重新获取。', en: 'That invite code has already been used. Each code works once; ask the office for a new one.' },
      contact_already_bound: {
        zh: `您的微信已经绑定为「${outcome.boundTo?.name ?? ''}」，无需再次绑定。如需更改请联系办公室。`,
        en: `Your WeChat is already bound to ${outcome.boundTo?.name ?? 'a person'}. Ask the office to change it.`,
      },
    } as const;
    ctx.reply(refusals[outcome.reason]);
  };
}

