import { describe, expect, it } from 'vitest';
import { splitQuote } from '../../src/dialogue/split-quote.js';
import { parseBindRoomCommand } from '../../src/reminders/bind-unit-room-feature.js';

describe('parseBindRoomCommand', () => {
  it.each([
    ['绑定单位 DW-7Q2M9K', 'DW-7Q2M9K'],
    ['绑定单位：dw-7q2m9k', 'DW-7Q2M9K'],
    ['绑定单位ＤＷ－７Ｑ２Ｍ９Ｋ', 'DW-7Q2M9K'],
    ['bind unit DW-7Q2M9K', 'DW-7Q2M9K'],
    ['绑定群 BGS-DEMO01', 'BGS-DEMO01'],
    ['绑定单位', ''],
  ])('reads %s', (text, code) => {
    expect(parseBindRoomCommand(text)).toEqual({ code });
  });

  it.each(['绑定 HX-SUN001', '单位绑定好了吗', 'bind HX-1'])('leaves %s to others', (text) => {
    expect(parseBindRoomCommand(text)).toBeNull();
  });
});

describe('splitQuote', () => {
  it('splits WeChat’s quote into who, what and the reply', () => {
    expect(splitQuote('「帮扶助手：【边境扶贫专项行动·阶段提醒】动员部署阶段…」\n- - - - - - - - - - - - - - -\n收到')).toEqual({
      quotedSender: '帮扶助手',
      quoted: '【边境扶贫专项行动·阶段提醒】动员部署阶段…',
      reply: '收到',
    });
  });

  it('is null for a message without a quote', () => {
    expect(splitQuote('收到')).toBeNull();
    expect(splitQuote('「引号」里的话')).toBeNull();
  });
});
