import { describe, expect, it } from 'vitest';
import { describeProblem, renderCheckInSummary, renderMissingQuestion } from '../../src/check-ins/render-check-in.js';
import { CHECK_IN_FIELDS, CHECK_IN_PROBLEM_CODES } from '../../src/check-ins/check-in-types.js';
import { parseCheckIn } from '../../src/check-ins/parse-check-in.js';
import { parseFieldValue } from '../../src/check-ins/parse-field-value.js';
import { parseFieldEdit } from '../../src/check-ins/parse-field-edit.js';
import { parseConfirmationReply } from '../../src/check-ins/parse-confirmation-reply.js';

const NOW = new Date('2025-03-12T10:00:00+08:00');

describe('renderCheckInSummary', () => {
  const parsed = parseCheckIn('今天去了王大山家，待了两个半小时，送了2袋化肥价值300元，了解了孩子上学情况', NOW);

  it('shows the record and the three replies in Chinese', () => {
    expect(renderCheckInSummary(parsed, 'zh', { now: NOW })).toBe(
      [
        '走访记录（请核对）',
        '帮扶户：王大山',
        '日期：3月12日 周三',
        '时长：2.5小时',
        '资金：300元',
        '事项：送了2袋化肥；了解了孩子上学情况',
        '回复「确认」保存，「修改 时长 2小时」更正，「取消」放弃。',
      ].join('\n'),
    );
  });

  it('shows the record in English', () => {
    expect(renderCheckInSummary(parsed, 'en', { now: NOW })).toBe(
      [
        'Visit record (please check)',
        'Household: 王大山',
        'Date: Wed 12 Mar',
        'Duration: 2 h 30 min',
        'Funds: 300 yuan',
        'Activities: 送了2袋化肥; 了解了孩子上学情况',
        'Reply "confirm" to save, "edit duration 2 hours" to correct, "cancel" to discard.',
      ].join('\n'),
    );
  });

  it('marks missing fields, shows the year only for another year, and stays phone-short', () => {
    const text = renderCheckInSummary(
      { household: null, visitDate: '2024-12-28', durationMinutes: 45, fundsYuan: 0, activities: [] },
      'zh',
      { now: NOW },
    );
    expect(text).toContain('帮扶户：待补充');
    expect(text).toContain('日期：2024年12月28日 周六');
    expect(text).toContain('时长：45分钟');
    expect(text).toContain('资金：0元（未带资金物资）');
    expect(text).not.toContain('事项');
    expect(text.split('\n').every((line) => line.length <= 40)).toBe(true);
  });

  it('masks phone and ID numbers a helper typed into the activities', () => {
    const text = renderCheckInSummary(
      { household: '王大山', visitDate: '2025-03-12', durationMinutes: 60, fundsYuan: 100, activities: ['留了电话13812345678', '核对身份证110101199003071234'] },
      'zh',
      { now: NOW },
    );
    expect(text).toContain('留了电话138****5678');
    expect(text).toContain('核对身份证110101********1234');
    expect(text).not.toMatch(/13812345678|199003071234/);
  });

  it('suggests commands that the parsers accept', () => {
    expect(parseConfirmationReply('确认')).toBe('confirm');
    expect(parseConfirmationReply('取消')).toBe('cancel');
    expect(parseFieldEdit('修改 时长 2小时', NOW).kind).toBe('edit');
    expect(parseConfirmationReply('confirm')).toBe('confirm');
    expect(parseFieldEdit('edit duration 2 hours', NOW).kind).toBe('edit');
  });
});

describe('renderMissingQuestion', () => {
  const EXAMPLE_ANSWERS = { household: '王大山', visit_date: '昨天', duration: '2小时', funds: '300元' } as const;

  it.each(CHECK_IN_FIELDS)('asks one question with an example for %s, in both languages', (field) => {
    const zh = renderMissingQuestion(field, 'zh');
    const en = renderMissingQuestion(field, 'en');
    expect(zh).toMatch(/？.*例如/);
    expect(en).toMatch(/\?.*e\.g\./);
    expect(zh.split(/[？?]/).length - 1).toBe(1);
    expect(parseFieldValue(field, EXAMPLE_ANSWERS[field], NOW).ok).toBe(true);
  });

  it('lets a helper answer "没有" to the funds question', () => {
    expect(renderMissingQuestion('funds', 'zh')).toContain('没有');
    expect(parseFieldValue('funds', '没有', NOW)).toEqual({ ok: true, change: { field: 'funds', fundsYuan: 0 } });
  });
});

describe('describeProblem', () => {
  it.each(CHECK_IN_PROBLEM_CODES)('explains %s with an example in both languages', (code) => {
    expect(describeProblem(code, 'zh')).toMatch(/例如/);
    expect(describeProblem(code, 'en')).toMatch(/e\.g\./);
  });
});
