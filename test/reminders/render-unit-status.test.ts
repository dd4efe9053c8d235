import { describe, expect, it } from 'vitest';
import { loadBorderActionPlan } from '../../src/reminders/plans/border-action-plan.js';
import { renderUnitStatus } from '../../src/reminders/render-unit-status.js';

const plan = loadBorderActionPlan(2026);

describe('renderUnitStatus (谁没回)', () => {
  it('groups units into submitted, acknowledged only and no reply, with short names', () => {
    const text = renderUnitStatus({
      plan,
      subject: { type: 'stage', code: 'mobilisation' },
      responses: [
        { unitCode: 'education', state: 'submitted' },
        { unitCode: 'finance', state: 'submitted' },
        { unitCode: 'development-reform', state: 'acknowledged' },
      ],
      lang: 'zh',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('动员部署阶段 回复情况（共17个单位）');
    expect(lines[1]).toBe('✅ 已提交 2：教育局、财政局');
    expect(lines[2]).toBe('👌 仅收到 1：发改委');
    expect(lines[3]).toMatch(/^⏳ 未回复 14：民宗委、民政局、人社局/);
    expect(lines).toHaveLength(4);
  });

  it('renders a monthly duty in English and says when everyone submitted', () => {
    const text = renderUnitStatus({
      plan,
      subject: { type: 'duty', code: 'monthly-supervision-report' },
      periodIndex: 4,
      responses: [{ unitCode: 'ethnic-religious-affairs', state: 'submitted' }],
      lang: 'en',
    });
    expect(text).toBe(
      [
        'Monthly supervision report (April 2026): replies (1 unit)',
        '✅ Submitted 1: Ethnic and Religious Affairs Committee',
        '👌 Acknowledged only 0',
        '⏳ No reply 0',
        'All units have submitted.',
      ].join('\n'),
    );
  });
});
