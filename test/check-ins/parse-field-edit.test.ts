import { describe, expect, it } from 'vitest';
import { parseFieldEdit, type FieldEdit } from '../../src/check-ins/parse-field-edit.js';
import { parseFieldValue } from '../../src/check-ins/parse-field-value.js';
import { parseConfirmationReply } from '../../src/check-ins/parse-confirmation-reply.js';

const NOW = new Date('2025-03-12T10:00:00+08:00');
const PAIRED = ['王大山', '李秀英'];

const CASES: ReadonlyArray<readonly [string, FieldEdit]> = [
  ['修改 时长 2小时', { kind: 'edit', target: { kind: 'current' }, change: { field: 'duration', durationMinutes: 120 } }],
  ['修改时长 两个半小时', { kind: 'edit', target: { kind: 'current' }, change: { field: 'duration', durationMinutes: 150 } }],
  ['修改 时长 2', { kind: 'edit', target: { kind: 'current' }, change: { field: 'duration', durationMinutes: 120 } }],
  ['改 资金 500', { kind: 'edit', target: { kind: 'current' }, change: { field: 'funds', fundsYuan: 500 } }],
  ['改 资金 两千块', { kind: 'edit', target: { kind: 'current' }, change: { field: 'funds', fundsYuan: 2000 } }],
  ['修改 资金 没有', { kind: 'edit', target: { kind: 'current' }, change: { field: 'funds', fundsYuan: 0 } }],
  ['修改 日期 昨天', { kind: 'edit', target: { kind: 'current' }, change: { field: 'visit_date', visitDate: '2025-03-11' } }],
  ['修改 日期 3月5日', { kind: 'edit', target: { kind: 'current' }, change: { field: 'visit_date', visitDate: '2025-03-05' } }],
  ['修改 时间 3小时', { kind: 'edit', target: { kind: 'current' }, change: { field: 'duration', durationMinutes: 180 } }],
  ['修改 时间 上周五', { kind: 'edit', target: { kind: 'current' }, change: { field: 'visit_date', visitDate: '2025-03-07' } }],
  ['修改 户 李秀英', { kind: 'edit', target: { kind: 'current' }, change: { field: 'household', household: '李秀英' } }],
  ['修改 户 老王', { kind: 'edit', target: { kind: 'current' }, change: { field: 'household', household: '王大山' } }],
  ['修改 内容 送了米；修了屋顶', { kind: 'edit', target: { kind: 'current' }, change: { field: 'activities', activities: ['送了米', '修了屋顶'] } }],
  ['edit funds 500', { kind: 'edit', target: { kind: 'current' }, change: { field: 'funds', fundsYuan: 500 } }],
  ['edit duration 90 minutes', { kind: 'edit', target: { kind: 'current' }, change: { field: 'duration', durationMinutes: 90 } }],
  ['更正 昨天那条 资金 500', { kind: 'edit', target: { kind: 'date', date: '2025-03-11' }, change: { field: 'funds', fundsYuan: 500 } }],
  ['更正 最近一条 时长 1小时', { kind: 'edit', target: { kind: 'latest' }, change: { field: 'duration', durationMinutes: 60 } }],
  ['修改 3月5日那条 日期 3月6日', { kind: 'edit', target: { kind: 'date', date: '2025-03-05' }, change: { field: 'visit_date', visitDate: '2025-03-06' } }],
  ['3月5日那条资金改为800', { kind: 'edit', target: { kind: 'date', date: '2025-03-05' }, change: { field: 'funds', fundsYuan: 800 } }],
  ['时长改成2小时', { kind: 'edit', target: { kind: 'current' }, change: { field: 'duration', durationMinutes: 120 } }],
  ["edit yesterday's record funds 300", { kind: 'edit', target: { kind: 'date', date: '2025-03-11' }, change: { field: 'funds', fundsYuan: 300 } }],
  ['撤回 昨天那条', { kind: 'withdraw', target: { kind: 'date', date: '2025-03-11' } }],
  ['撤回最近一条', { kind: 'withdraw', target: { kind: 'latest' } }],
  ['作废', { kind: 'withdraw', target: { kind: 'current' } }],
  ['withdraw latest', { kind: 'withdraw', target: { kind: 'latest' } }],
  // Errors: the caller replies with an example.
  ['修改 颜色 红色', { kind: 'error', code: 'unknown_field', field: null, problem: null }],
  ['修改 资金 很多', { kind: 'error', code: 'invalid_value', field: 'funds', problem: null }],
  ['修改 时长', { kind: 'error', code: 'missing_value', field: 'duration', problem: null }],
  ['修改 日期 明天', { kind: 'error', code: 'invalid_value', field: 'visit_date', problem: 'future_date' }],
  ['修改 日期 2月30日', { kind: 'error', code: 'invalid_value', field: 'visit_date', problem: 'invalid_date' }],
  ['改 资金 负300', { kind: 'error', code: 'invalid_value', field: 'funds', problem: 'negative_amount' }],
  ['改 资金 200万', { kind: 'error', code: 'invalid_value', field: 'funds', problem: 'absurd_amount' }],
  ['修改 时长 30小时', { kind: 'error', code: 'invalid_value', field: 'duration', problem: 'absurd_duration' }],
  ['修改 时长 一上午', { kind: 'error', code: 'invalid_value', field: 'duration', problem: 'vague_duration' }],
  ['更正 2月30日那条 资金 500', { kind: 'error', code: 'invalid_target', field: null, problem: null }],
  // Not corrections at all: the router passes them on.
  ['改天再去王大山家', { kind: 'not_an_edit' }],
  ['你好', { kind: 'not_an_edit' }],
  ['时长是多少', { kind: 'not_an_edit' }],
];

describe('parseFieldEdit', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parseFieldEdit(text, NOW, { householdNames: PAIRED })).toEqual(expected);
  });
});

describe('parseFieldValue (answers to a missing-field question)', () => {
  it('accepts the example answers the questions suggest', () => {
    expect(parseFieldValue('household', '王大山', NOW)).toEqual({ ok: true, change: { field: 'household', household: '王大山' } });
    expect(parseFieldValue('visit_date', '昨天', NOW)).toEqual({ ok: true, change: { field: 'visit_date', visitDate: '2025-03-11' } });
    expect(parseFieldValue('duration', '半天', NOW)).toEqual({ ok: true, change: { field: 'duration', durationMinutes: 240 } });
    expect(parseFieldValue('funds', '300元', NOW)).toEqual({ ok: true, change: { field: 'funds', fundsYuan: 300 } });
    expect(parseFieldValue('funds', 'none', NOW)).toEqual({ ok: true, change: { field: 'funds', fundsYuan: 0 } });
  });

  it('keeps 王家 whole but drops the 家 of a full name', () => {
    expect(parseFieldValue('household', '王大山家', NOW)).toEqual({ ok: true, change: { field: 'household', household: '王大山' } });
    expect(parseFieldValue('household', '王家', NOW)).toEqual({ ok: true, change: { field: 'household', household: '王家' } });
  });

  it('rejects an empty or unreadable answer', () => {
    expect(parseFieldValue('funds', '  ', NOW)).toEqual({ ok: false, code: 'missing_value', problem: null });
    expect(parseFieldValue('household', '12345', NOW)).toEqual({ ok: false, code: 'invalid_value', problem: null });
  });
});

describe('parseConfirmationReply', () => {
  it.each([
    ['确认', 'confirm'],
    ['确认。', 'confirm'],
    ['@助手 确认', 'confirm'],
    ['OK', 'confirm'],
    ['取消', 'cancel'],
    ['cancel', 'cancel'],
    ['修改 时长 2小时', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(parseConfirmationReply(text)).toBe(expected);
  });
});
