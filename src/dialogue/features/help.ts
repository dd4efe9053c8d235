import type { Feature } from '../context.js';
import type { HelpCatalog } from '../help-catalog.js';
import type { RoleOrStranger } from '../ports.js';

const HELP = /^(帮助|help|菜单|menu|\?|？|你能做什么|能做什么|怎么用|功能|what can you do)[。.!！?？]*$/i;

const ROLE_NAME: Record<RoleOrStranger, { zh: string; en: string }> = {
  stranger: { zh: '访客', en: 'visitor' },
  parent: { zh: '家长', en: 'parent' },
  helper: { zh: '帮扶干部', en: 'paired helper' },
  unit_contact: { zh: '成员单位联络人', en: 'member-unit contact' },
  office_admin: { zh: '行动组办公室管理员', en: 'action-team office admin' },
};

export function isHelpRequest(text: string): boolean {
  return HELP.test(text.trim());
}

export function renderHelp(catalog: HelpCatalog, role: RoleOrStranger, lang: 'zh' | 'en', name?: string): string {
  const greeting =
    lang === 'zh'
      ? `您好${name ? `，${name}` : ''}！我是帮扶助手（身份：${ROLE_NAME[role].zh}）。我可以：`
      : `Hello${name ? `, ${name}` : ''}! I am Bangfu (you are: ${ROLE_NAME[role].en}). I can:`;
  const lines = catalog.forRole(role).map((entry, index) => `${index + 1}. ${entry.text[lang]}`);
  const footer = lang === 'zh' ? '随时发送「取消」可结束当前操作。' : 'Send "cancel" at any time to stop what we are doing.';
  return [greeting, ...lines, footer].join('\n');
}

export function helpFeature(catalog: HelpCatalog): Feature {
  return async (ctx, next) => {
    if (ctx.message.kind !== 'text' || !isHelpRequest(ctx.text)) return next();
    ctx.handledBy = 'help';
    ctx.reply(renderHelp(catalog, ctx.role, ctx.lang, ctx.person?.name));
  };
}
