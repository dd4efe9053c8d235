import type { Feature } from '../context.js';

const CANCEL = /^(取消|算了|退出|不用了|cancel|stop|quit|never ?mind)[。.!！]*$/i;

export function isCancelRequest(text: string): boolean {
  return CANCEL.test(text.trim());
}

export const cancelFeature: Feature = async (ctx, next) => {
  if (ctx.message.kind !== 'text' || !isCancelRequest(ctx.text)) return next();
  ctx.handledBy = 'cancel';
  if (ctx.conversation.current) {
    ctx.conversation.clear();
    ctx.reply({ zh: '好的，已取消，没有保存任何内容。', en: 'OK, cancelled. Nothing was saved.' });
  } else {
    ctx.reply({ zh: '现在没有进行中的事项。发送「帮助」看看我能做什么。', en: 'There is nothing in progress. Send "help" to see what I can do.' });
  }
};
