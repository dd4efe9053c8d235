import type { Bilingual } from '../shared/language.js';
import type { InboundMessage } from './inbound-message.js';

export const MAX_TEXT_CHARS = 2_000;
const EMOJI_PARTS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0F\u200D\u20E3\s]/gu;
const WECHAT_EMOJI_CODE = /\[[\p{Script=Han}A-Za-z]{1,6}\]/gu; // [微笑] [OK]: how WeChat sends its own emoji

export type Rejection = { reason: 'empty' | 'too_long' | 'emoji_only' | 'unsupported_kind'; text: Bilingual };

/**
 * Input that can never be handled gets a short answer at once and is not stored.
 * `cleanedText` is the text without the @-mention and control characters.
 */
export function screenInput(message: InboundMessage, cleanedText: string): Rejection | null {
  if (message.kind === 'unsupported') {
    return {
      reason: 'unsupported_kind',
      text: {
        zh: '抱歉，这类消息（语音、视频、表情包、名片等）我还看不懂。请直接打字告诉我，或发送「帮助」。',
        en: 'Sorry, I cannot read this kind of message (voice, video, stickers, cards). Please type your question, or send "help".',
      },
    };
  }
  if (message.kind !== 'text') return null;
  if (cleanedText.length > MAX_TEXT_CHARS) {
    return {
      reason: 'too_long',
      text: {
        zh: `消息太长了（${cleanedText.length} 字）。请分成几条发送，每条不超过 ${MAX_TEXT_CHARS} 字。`,
        en: `That message is too long (${cleanedText.length} characters). Please split it into messages of at most ${MAX_TEXT_CHARS}.`,
      },
    };
  }
  if (cleanedText === '') {
    return {
      reason: 'empty',
      text: {
        zh: '我没有看到内容。请直接写下你的问题，例如「营养餐一天补多少钱？」，或发送「帮助」。',
        en: 'I did not see any text. Type your question, e.g. "How much is the meal subsidy per day?", or send "help".',
      },
    };
  }
  if (cleanedText.replace(WECHAT_EMOJI_CODE, '').replace(EMOJI_PARTS, '') === '') {
    return {
      reason: 'emoji_only',
      text: {
        zh: '收到你的表情😊 有什么可以帮你？可以问我补助政策，例如「营养餐一天补多少钱？」，或发送「帮助」。',
        en: 'Thanks 😊 How can I help? Ask about a subsidy, e.g. "How much is the meal subsidy per day?", or send "help".',
      },
    };
  }
  return null;
}
