import { describe, expect, it } from 'vitest';
import { parseOfficeCommand } from '../../src/reminders/parse-office-command.js';
import { loadBorderActionPlan } from '../../src/reminders/plans/border-action-plan.js';

const plan = loadBorderActionPlan(2026);
const parse = (text: string) => parseOfficeCommand(text, plan);
const commandOf = (text: string) => {
  const result = parse(text);
  if (result.kind !== 'command') throw new Error(`${text}: ${JSON.stringify(result)}`);
  return result.command;
};
const errorOf = (text: string) => {
  const result = parse(text);
  if (result.kind !== 'error') throw new Error(`${text}: ${JSON.stringify(result)}`);
  return result.error;
};

describe('parseOfficeCommand', () => {
  it('lists reminders', () => {
    for (const text of ['提醒列表', '@助手 提醒列表', 'reminders', 'Reminders', '查看提醒。']) {
      expect(commandOf(text)).toEqual({ type: 'list_reminders' });
    }
  });

  it('pauses and resumes a unit by code, full Chinese name, short name or a unique part', () => {
    expect(commandOf('暂停提醒 education')).toEqual({ type: 'pause_unit', unitCode: 'education' });
    expect(commandOf('暂停提醒 教育局')).toEqual({ type: 'pause_unit', unitCode: 'education' });
    expect(commandOf('暂停提醒教育局')).toEqual({ type: 'pause_unit', unitCode: 'education' });
    expect(commandOf('暂停提醒 发改委')).toEqual({ type: 'pause_unit', unitCode: 'development-reform' });
    expect(commandOf('暂停提醒　民族宗教')).toEqual({ type: 'pause_unit', unitCode: 'ethnic-religious-affairs' });
    expect(commandOf('恢复提醒 塔克什肯')).toEqual({ type: 'resume_unit', unitCode: 'takshiken-chagan-gol' });
    expect(commandOf('resume reminders Finance Bureau')).toEqual({ type: 'resume_unit', unitCode: 'finance' });
    expect(commandOf('pause reminders for water-resources')).toEqual({ type: 'pause_unit', unitCode: 'water-resources' });
  });

  it('explains a missing, unknown or ambiguous unit with an example', () => {
    expect(errorOf('暂停提醒')).toMatchObject({ code: 'missing_unit', example: { zh: '暂停提醒 教育局' } });
    expect(errorOf('暂停提醒 气象局')).toMatchObject({ code: 'unknown_unit', message: { zh: expect.stringContaining('气象局') } });
    const ambiguous = errorOf('恢复提醒 局');
    expect(ambiguous.code).toBe('ambiguous_unit');
    expect(ambiguous.candidates).toEqual(expect.arrayContaining(['教育局', '民政局', '财政局']));
  });

  it('reschedules a stage or duty to a date in any of the usual spellings', () => {
    const expected = { type: 'reschedule', subject: { type: 'stage', code: 'mobilisation' }, date: '2026-03-05' };
    expect(commandOf('改期 动员部署 3月5日')).toEqual(expected);
    expect(commandOf('改期 动员部署阶段 3月5号')).toEqual(expected);
    expect(commandOf('改期 mobilisation 03-05')).toEqual(expected);
    expect(commandOf('改期 动员 2026-03-05')).toEqual(expected);
    expect(commandOf('改期动员部署2026年3月5日')).toEqual(expected);
    expect(commandOf('reschedule mobilisation 3/5')).toEqual(expected);
    expect(commandOf('改期 月度督查 4月28日')).toEqual({
      type: 'reschedule',
      subject: { type: 'duty', code: 'monthly-supervision-report' },
      date: '2026-04-28',
    });
  });

  it('rejects a bad reschedule with a code and an example', () => {
    expect(errorOf('改期 动员部署 2月30日')).toMatchObject({ code: 'invalid_date', example: { zh: '改期 动员部署 2月1日' } });
    expect(errorOf('改期 动员部署 2027-03-05').code).toBe('wrong_year');
    expect(errorOf('改期 动员部署').code).toBe('missing_date');
    expect(errorOf('改期 3月5日').code).toBe('missing_subject');
    expect(errorOf('改期 秋收 3月5日').code).toBe('unknown_subject');
    expect(errorOf('改期 阶段 3月5日')).toMatchObject({ code: 'ambiguous_subject', candidates: expect.arrayContaining(['动员部署阶段']) });
  });

  it('asks who has not replied, for the latest reminder or a named subject', () => {
    expect(commandOf('谁没回')).toEqual({ type: 'unit_status' });
    expect(commandOf('谁没回？')).toEqual({ type: 'unit_status' });
    expect(commandOf('进度')).toEqual({ type: 'unit_status' });
    expect(commandOf("who hasn't replied")).toEqual({ type: 'unit_status' });
    expect(commandOf('who hasn’t replied')).toEqual({ type: 'unit_status' });
    expect(commandOf('进度 调查摸底')).toEqual({ type: 'unit_status', subject: { type: 'stage', code: 'investigation' } });
    expect(commandOf('谁没回 evaluation')).toEqual({ type: 'unit_status', subject: { type: 'stage', code: 'evaluation-acceptance' } });
  });

  it('leaves ordinary chat alone', () => {
    expect(parse('收到')).toEqual({ kind: 'not_a_command' });
    expect(parse('营养餐一天补多少钱？')).toEqual({ kind: 'not_a_command' });
  });
});
