import { expect, it } from 'vitest';
import { cleanMessageText } from '../../src/dialogue/clean-message-text.js';
import type { InboundMessage } from '../../src/dialogue/inbound-message.js';
import { screenInput } from '../../src/dialogue/screen-input.js';

const message = (text: string, kind: InboundMessage['kind'] = 'text'): InboundMessage => ({
  id: 'm1', accountId: 'bot', chatId: 'c', roomId: null, senderId: 'c', senderName: 'x', kind, text,
  mentionsBot: false, sentAt: new Date().toISOString(), location: null, attachmentName: null, roomTopic: null,
});
const screen = (text: string, kind?: InboundMessage['kind']) => screenInput(message(text, kind), cleanMessageText(text, '助手'))?.reason ?? null;

it.each([
  ['', 'empty'],
  ['@助手\u2005', 'empty'],
  ['\u3000 \n', 'empty'],
  ['\u0000\u0008', 'empty'],
  ['🙏🙏', 'emoji_only'],
  ['👍🏽', 'emoji_only'],
  ['[微笑]', 'emoji_only'],
  ['营'.repeat(2_001), 'too_long'],
])('%# is rejected as %s', (text, reason) => {
  expect(screen(text)).toBe(reason);
});

it.each(['营养餐一天补多少钱？', '@助手 帮助', '🙏 谢谢', '3', 'ok', '[微笑]营养餐多少钱'])('%j is accepted', (text) => {
  expect(screen(text)).toBeNull();
});

it('rejects voice, video and other unsupported kinds, but lets images and locations through', () => {
  expect(screen('', 'unsupported')).toBe('unsupported_kind');
  expect(screen('', 'image')).toBeNull();
  expect(screen('', 'location')).toBeNull();
});

it('strips the @-mention, WeChat\'s U+2005 spacer and control characters', () => {
  expect(cleanMessageText('@助手\u2005营养餐\u0007多少钱', '助手')).toBe('营养餐多少钱');
  expect(cleanMessageText('＠帮扶助手 help', '助手')).toBe('help');
  expect(cleanMessageText('@Bangfu what can my child get', '助手')).toBe('what can my child get');
});
