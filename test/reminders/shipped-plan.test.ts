import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadBorderActionPlan } from '../../src/reminders/plans/border-action-plan.js';
import { parsePlanFile } from '../../src/reminders/plan-file.js';
import { shippedPlanText } from './fixtures.js';

describe('shipped border action plan', () => {
  const plan = loadBorderActionPlan(2026);

  it('has the seven stages with the document’s date ranges, in the import year', () => {
    expect(plan.stages.map((stage) => [stage.title.zh, stage.start, stage.end])).toEqual([
      ['动员部署阶段', '2026-01-25', '2026-01-30'],
      ['调查摸底阶段', '2026-01-29', '2026-02-20'],
      ['方案修订阶段', '2026-02-21', '2026-03-09'],
      ['项目准备阶段', '2026-03-10', '2026-03-31'],
      ['项目实施阶段', '2026-04-01', '2026-10-20'],
      ['评估验收阶段', '2026-10-21', '2026-10-30'],
      ['总结提升阶段', '2026-11-01', '2026-11-30'],
    ]);
  });

  it('takes the year as a parameter', () => {
    const later = loadBorderActionPlan(2027);
    expect(later.year).toBe(2027);
    expect(later.stages[0]).toMatchObject({ start: '2027-01-25', end: '2027-01-30' });
  });

  it('lists the 17 member units with ASCII codes, Chinese and English names and duties', () => {
    expect(plan.units).toHaveLength(17);
    for (const unit of plan.units) {
      expect(unit.code).toMatch(/^[a-z0-9-]+$/);
      expect(unit.name.zh).toMatch(/\p{Script=Han}/u);
      expect(unit.duty.zh.length).toBeGreaterThan(4);
      expect(unit.duty.en.length).toBeGreaterThan(10);
    }
    const names = plan.units.map((unit) => unit.name.zh);
    expect(names).toContain('民族宗教事务委员会');
    expect(names).toContain('发展和改革委员会');
    expect(names).toContain('人力资源和社会保障局');
    expect(names).toContain('塔克什肯镇和查干郭勒乡');
    expect(plan.units.find((unit) => unit.code === 'development-reform')?.name.en).toBe('National Development and Reform Commission');
  });

  it('records the stage deliverables and who receives them', () => {
    const byCode = new Map(plan.stages.map((stage) => [stage.code, stage]));
    expect(byCode.get('mobilisation')?.deliverable).toMatchObject({ toRecipientCode: 'action-team-office', due: '2026-01-30' });
    expect(byCode.get('mobilisation')?.deliverable?.what.zh).toContain('实施方案');
    expect(byCode.get('investigation')?.deliverable).toMatchObject({ toRecipientCode: 'action-team-office', due: '2026-02-20' });
    expect(byCode.get('evaluation-acceptance')?.deliverable).toMatchObject({ toRecipientCode: 'action-team', due: '2026-10-30' });
    expect(byCode.get('evaluation-acceptance')?.deliverable?.what.zh).toContain('自查');
    expect(plan.stages.every((stage) => stage.allUnits && stage.unitCodes.length === 17)).toBe(true);
  });

  it('models monthly supervision from March as a monthly written report to the County Poverty Alleviation Office', () => {
    const duty = plan.duties.find((candidate) => candidate.code === 'monthly-supervision-report');
    expect(duty).toBeDefined();
    expect(duty?.unitCodes).toEqual([plan.leadingUnitCode]);
    expect(plan.recipients.find((recipient) => recipient.code === duty?.toRecipientCode)?.name.en).toBe(
      'County Poverty Alleviation Office',
    );
    expect(duty?.schedule).toMatchObject({ type: 'monthly', fromMonth: 3 });
    expect(duty?.dueDates[0]?.due.startsWith('2026-03-')).toBe(true);
  });

  it('says in the file that the monthly due day is an office setting', () => {
    expect(shippedPlanText()).toMatch(/OFFICE SETTING, NOT FROM THE DOCUMENT/);
  });

  it('has the default reminder rules', () => {
    expect(plan.reminderRules.map((rule) => [rule.anchor, rule.offsetDays, rule.kind])).toEqual([
      ['stage_start', -3, 'before_start'],
      ['stage_start', 0, 'start'],
      ['stage_end', -1, 'before_end'],
      ['due', 0, 'due'],
      ['due', 1, 'overdue'],
    ]);
  });

  it('parses identically from the same content written as JSON', () => {
    const json = JSON.stringify(parseYaml(shippedPlanText()), null, 2);
    expect(parsePlanFile(json, { year: 2026 })).toEqual(plan);
  });
});
