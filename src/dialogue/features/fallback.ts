import type { Feature } from '../context.js';

/** Last in the chain: something addressed to the bot that no capability took. */
export const fallbackFeature: Feature = async (ctx) => {
  if (!ctx.addressed) return;
  ctx.handledBy = 'fallback';
  if (ctx.message.kind === 'image' || ctx.message.kind === 'file' || ctx.message.kind === 'location' || ctx.message.kind === 'link') {
    ctx.reply({
      zh: '收到了，但现在没有需要附上它的记录。帮扶干部可以先报走访（例如「今天去了王大山家，待了3小时」），再在 10 分钟内发照片或位置作为佐证。',
      en: 'Received, but there is no open record to attach it to. Helpers: report a visit first, then send photos or a location within 10 minutes.',
    });
    return;
  }
  ctx.reply({
    zh: '抱歉，我没听懂。可以问我补助政策（例如「营养餐一天补多少钱？」），或发送「帮助」查看我能做什么。',
    en: 'Sorry, I did not understand. Ask me about a subsidy (e.g. "How much is the meal subsidy per day?") or send "help".',
  });
};
