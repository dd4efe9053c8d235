// The unit response table of the shipped border action plan, built from an in-memory source.
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/reminders/plan-file.js';
import type { StoredPlan } from '../../src/reminders/ports.js';
import { buildUnitResponseReport } from '../../src/reminders/reports/build-unit-response-report.js';
import type { PlanResponse, UnitResponseReportSource } from '../../src/reminders/reports/unit-response-report-source.js';
import { AppError } from '../../src/shared/app-error.js';
import { shippedPlanText } from '../reminders/fixtures.js';

const PLAN: StoredPlan = {
  id: 'plan-border-2026',
  code: 'border-action',
  year: 2026,
  definition: parsePlanFile(shippedPlanText(), { year: 2026 }),
  dateChanges: [],
  importedAt: new Date('2026-01-10T02:00:00Z'),
};

const stage = (code: string) => ({ type: 'stage' as const, code });
const monthlyReport = { type: 'duty' as const, code: 'monthly-supervision-report' };
const response = (subject: PlanResponse['subject'], periodIndex: number, unitCode: string, state: PlanResponse['state'], at: string, by = '民族宗教联络员'): PlanResponse => ({
  subject,
  periodIndex,
  unitCode,
  state,
  at: new Date(at),
  by,
});

const RESPONSES: PlanResponse[] = [
  response(stage('mobilisation'), 0, 'ethnic-religious-affairs', 'submitted', '2026-01-27T03:00:00Z'),
  response(stage('mobilisation'), 0, 'ethnic-religious-affairs', 'acknowledged', '2026-01-22T01:10:00Z'),
  response(stage('mobilisation'), 0, 'development-reform', 'submitted', '2026-01-28T02:00:00Z', 'wxid_someone'),
  response(stage('mobilisation'), 0, 'development-reform', 'acknowledged', '2026-01-29T02:00:00Z', 'wxid_someone'),
  response(stage('mobilisation'), 0, 'education', 'acknowledged', '2026-01-22T05:00:00Z', '教育局联络员'),
  // 00:30 on March 25 in Beijing.
  response(monthlyReport, 3, 'ethnic-religious-affairs', 'submitted', '2026-03-24T16:30:00Z'),
];

const source = (plan: StoredPlan | null, responses: PlanResponse[]): UnitResponseReportSource => ({
  plan: async (planId) => (plan && plan.id === planId ? plan : null),
  responses: async () => responses,
});

describe('buildUnitResponseReport', () => {
  it('has a column for each stage, then one for each month of the monthly duty', async () => {
    const report = await buildUnitResponseReport(source(PLAN, RESPONSES), { planId: PLAN.id });
    expect(report.title.zh).toBe('边境扶贫专项行动（2026年）单位回复情况');
    const [status] = report.sheets;
    expect(status!.name.zh).toBe('回复情况');
    expect(status!.columns.map((column) => column.header.zh)).toEqual([
      '单位',
      '动员部署阶段',
      '调查摸底阶段',
      '方案修订阶段',
      '项目准备阶段',
      '项目实施阶段',
      '评估验收阶段',
      '总结提升阶段',
      ...[3, 4, 5, 6, 7, 8, 9, 10, 11].map((month) => `月度督查书面报告（${month}月）`),
    ]);
    expect(status!.columns[8]!.header.en).toBe('Monthly supervision report (Mar)');
  });

  it('has a row per unit in plan order, with its strongest response in each column', async () => {
    const [status] = (await buildUnitResponseReport(source(PLAN, RESPONSES), { planId: PLAN.id })).sheets;
    expect(status!.rows).toHaveLength(PLAN.definition.units.length);
    expect(status!.rows.map((row) => row.unit)).toEqual(PLAN.definition.units.map((unit) => unit.name.zh));
    const [ethnic, reform, education, civil] = status!.rows;
    expect(ethnic).toMatchObject({ 'stage:mobilisation:0': '已提交', 'stage:investigation:0': null, 'duty:monthly-supervision-report:3': '已提交', 'duty:monthly-supervision-report:4': null });
    // An acknowledgement after the submission does not take it back.
    expect(reform).toMatchObject({ 'stage:mobilisation:0': '已提交' });
    expect(education).toMatchObject({ 'stage:mobilisation:0': '已收到' });
    expect(civil).toMatchObject({ 'stage:mobilisation:0': null });
    // Only the leading unit reports monthly: the others are not missing anything there.
    expect(reform!['duty:monthly-supervision-report:3']).toBe('—');
  });

  it('counts, per column, who submitted and who only acknowledged', async () => {
    const [status] = (await buildUnitResponseReport(source(PLAN, RESPONSES), { planId: PLAN.id })).sheets;
    expect(status!.totals).toMatchObject({
      unit: '合计',
      'stage:mobilisation:0': '已提交2，已收到1，共17',
      'stage:investigation:0': '已提交0，已收到0，共17',
      'duty:monthly-supervision-report:3': '已提交1，已收到0，共1',
    });
  });

  it('lists every response by time, with the period of a monthly duty and who sent it', async () => {
    const [, list] = (await buildUnitResponseReport(source(PLAN, RESPONSES), { planId: PLAN.id })).sheets;
    expect(list!.name.zh).toBe('回复明细');
    expect(list!.columns.map((column) => [column.header.zh, column.kind])).toEqual([
      ['单位', 'text'],
      ['阶段/任务', 'text'],
      ['期次', 'text'],
      ['状态', 'text'],
      ['时间', 'datetime'],
      ['回复人', 'text'],
    ]);
    expect(list!.rows).toHaveLength(RESPONSES.length);
    expect(list!.rows[0]).toEqual({ unit: '民族宗教事务委员会', subject: '动员部署阶段', period: null, state: '已收到', at: new Date('2026-01-22T01:10:00Z'), by: '民族宗教联络员' });
    expect(list!.rows.at(-1)).toEqual({
      unit: '民族宗教事务委员会',
      subject: '月度督查书面报告',
      period: '3月',
      state: '已提交',
      at: new Date('2026-03-24T16:30:00Z'),
      by: '民族宗教联络员',
    });
  });

  it('keeps a response to a stage a later import dropped, under its code', async () => {
    const dropped = response(stage('old-stage'), 0, 'education', 'acknowledged', '2026-02-01T01:00:00Z');
    const report = await buildUnitResponseReport(source(PLAN, [dropped]), { planId: PLAN.id });
    expect(report.sheets[1]!.rows).toEqual([expect.objectContaining({ unit: '教育局', subject: 'old-stage' })]);
    expect(report.sheets[0]!.rows.flatMap((row) => Object.values(row)).filter((cell) => cell === '已收到')).toEqual([]);
  });

  it('speaks English when asked', async () => {
    const report = await buildUnitResponseReport(source(PLAN, RESPONSES), { planId: PLAN.id, lang: 'en' });
    expect(report.sheets[0]!.rows[0]).toMatchObject({ unit: 'Ethnic and Religious Affairs Committee', 'stage:mobilisation:0': 'submitted' });
    expect(report.sheets[1]!.rows.at(-1)).toMatchObject({ period: 'Mar', state: 'submitted', subject: 'Monthly supervision report' });
  });

  it('refuses a plan that is not stored', async () => {
    await expect(buildUnitResponseReport(source(null, []), { planId: 'nope' })).rejects.toBeInstanceOf(AppError);
  });
});
