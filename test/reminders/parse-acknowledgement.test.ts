import { describe, expect, it } from 'vitest';
import { parseAcknowledgement } from '../../src/reminders/parse-acknowledgement.js';

const ACKNOWLEDGED = [
  '收到',
  '收到！',
  '收到。',
  '好的收到',
  '好的，收到',
  '已收到',
  '👌收到',
  '收到👍',
  '@助手 收到',
  '@帮扶助手\u2005收到',
  '收到，马上安排',
  '我们收到了',
  '明白',
  '好的',
  '好',
  '嗯嗯',
  '知悉',
  '已阅',
  '👌',
  'received',
  'Received, thanks',
  'noted',
  'Noted with thanks.',
  'ok got it',
  'OK',
  'ＯＫ！',
  'got it',
];

const SUBMITTED = [
  '已提交',
  '已提交！',
  '已报送',
  '已完成',
  '已上报',
  '完成了',
  '提交了',
  '报送了',
  '已经提交了',
  '收到，已提交',
  '好的，材料已报送县扶贫办',
  '我们单位已上报',
  'submitted',
  'Submitted.',
  'done',
  'Done!',
  'sent it over, done',
];

const NEITHER = [
  '收到了吗？',
  '收到了吗',
  '收到吗?',
  '没收到',
  '还没提交',
  '尚未完成',
  '什么时候交？',
  '请问截止日期是哪天',
  '这个报告交给谁',
  '今天天气不错，大家辛苦了，周末愉快，下周见',
  '会议几点开始',
  '',
  '   ',
  'not yet',
  'not done yet',
  'did you get it?',
  'what is due?',
  'hello',
];

describe('parseAcknowledgement', () => {
  it.each(ACKNOWLEDGED)('%s → acknowledged', (text) => {
    expect(parseAcknowledgement(text)).toBe('acknowledged');
  });
  it.each(SUBMITTED)('%s → submitted', (text) => {
    expect(parseAcknowledgement(text)).toBe('submitted');
  });
  it.each(NEITHER)('%s → null', (text) => {
    expect(parseAcknowledgement(text)).toBeNull();
  });
});
