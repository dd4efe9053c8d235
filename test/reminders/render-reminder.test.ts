import { describe, expect, it } from 'vitest';
import { createChineseWorkingCalendar } from '../../src/reminders/chinese-working-calendar.js';
import { computeReminders } from '../../src/reminders/compute-reminders.js';
import { loadBorderActionPlan } from '../../src/reminders/plans/border-action-plan.js';
import { renderReminder } from '../../src/reminders/render-reminder.js';
import { shanghaiInstant } from '../../src/reminders/shanghai-time.js';

const plan = loadBorderActionPlan(2026);
const occurrences = computeReminders(plan, { calendar: createChineseWorkingCalendar() });
const occurrence = (key: string) => {
  const found = occurrences.find((candidate) => candidate.key === `border-action:2026:${key}`);
  if (!found) throw new Error(key);
  return found;
};

describe('renderReminder', () => {
  it('renders a stage reminder in Chinese with plan, stage, dates, deliverable, mentions and how to reply', () => {
    const text = renderReminder(occurrence('mobilisation:before-start:all:0'), plan, { lang: 'zh', mentionNames: ['张三', '李四'] });
    expect(text).toBe(
      [
        '【边境扶贫专项行动·阶段提醒】',
        '动员部署阶段（2026年1月25日至1月30日）将于1月25日（周日）开始，还有3天。',
        '需提交：各成员单位制定的本单位实施方案，报送专项行动组办公室，截止1月30日。',
        '涉及单位：各成员单位',
        '@张三 @李四',
        '收到请回复「收到」；提交后请回复「已提交」。',
      ].join('\n'),
    );
  });

  it('keeps the real due date in the text when the post is moved before a holiday', () => {
    const text = renderReminder(occurrence('investigation:due:all:0'), plan, { lang: 'zh' });
    expect(text).toContain('调查摸底阶段（2026年1月29日至2月20日）的报送材料将于2月20日（周五）截止，还有6天。');
    expect(text).toContain('截止2月20日');
  });

  it('renders the monthly supervision duty with its month and recipient', () => {
    const text = renderReminder(occurrence('monthly-supervision-report:due:ethnic-religious-affairs:3'), plan, { lang: 'zh' });
    expect(text).toContain('【边境扶贫专项行动·报送提醒】');
    expect(text).toContain('月度督查书面报告（2026年3月）今天（3月25日）截止。');
    expect(text).toContain('报送县扶贫办');
    expect(text).toContain('涉及单位：民宗委');
  });

  it('renders a stage without deliverable with what happens, and only asks for 收到', () => {
    const text = renderReminder(occurrence('project-implementation:start:all:0'), plan, { lang: 'zh' });
    expect(text).toContain('项目实施阶段（2026年4月1日至10月20日）今天开始。');
    expect(text).toContain('工作内容：');
    expect(text).toContain('收到请回复「收到」。');
    expect(text).not.toContain('已提交');
  });

  it('renders in English', () => {
    const text = renderReminder(occurrence('mobilisation:due:all:0'), plan, { lang: 'en', mentionNames: ['Zhang San'] });
    expect(text).toBe(
      [
        '[Border poverty alleviation special action · Stage reminder]',
        'The deliverable of the Mobilisation and deployment stage (25 Jan – 30 Jan 2026) is due today (30 Jan).',
        "Due: each member unit's implementation plan, to the Action Team Office, by 30 Jan.",
        'Units: all member units',
        '@Zhang San',
        'Reply "收到" (received) to acknowledge; reply "已提交" (submitted) once you have submitted.',
      ].join('\n'),
    );
  });

  it('says politely that a late reminder is late and drops "today"', () => {
    const zh = renderReminder(occurrence('mobilisation:due:all:0'), plan, { lang: 'zh', late: true });
    expect(zh).toContain('（补发：这条提醒原定1月30日 09:00发送，因系统原因延误，敬请谅解。）');
    expect(zh).not.toContain('今天');
    expect(zh).toContain('将于1月30日（周五）截止。');
    const en = renderReminder(occurrence('mobilisation:due:all:0'), plan, { lang: 'en', late: true });
    expect(en).toContain('Sent late');
    expect(en).not.toContain('today');
  });

  it('words the overdue notice and the escalation steps', () => {
    const overdue = occurrence('evaluation-acceptance:overdue:all:0');
    const zh = renderReminder(overdue, plan, { lang: 'zh', mentionNames: ['王五'] });
    expect(zh).toContain('【边境扶贫专项行动·逾期提醒】');
    expect(zh).toContain('已于10月30日（周五）截止，尚未提交的请尽快提交。');
    expect(zh).toContain('报送专项行动组');
    expect(zh).toContain('提交后请回复「已提交」。');
    expect(renderReminder(overdue, plan, { lang: 'zh', escalationStep: 1 })).toContain('再次提醒');
    const privately = renderReminder(overdue, plan, { lang: 'zh', escalationStep: 2, mentionNames: ['王五'] });
    expect(privately).toMatch(/^您好！/);
    expect(privately).not.toContain('@王五');
    expect(renderReminder(overdue, plan, { lang: 'en', escalationStep: 1 })).toContain('Second reminder');
  });

  it('counts "tomorrow" from when a follow-up is posted, and speaks of a passed date in the past tense', () => {
    const due = occurrence('mobilisation:due:all:0');
    expect(renderReminder(due, plan, { lang: 'zh', postedAt: shanghaiInstant('2026-01-29', '13:00') })).toContain('明天（1月30日）截止');
    const afterwards = renderReminder(due, plan, { lang: 'zh', postedAt: shanghaiInstant('2026-01-31', '09:00') });
    expect(afterwards).toContain('已于1月30日（周五）截止');
    const start = occurrence('mobilisation:before-start:all:0');
    expect(renderReminder(start, plan, { lang: 'zh', postedAt: shanghaiInstant('2026-01-26', '09:00') })).toContain('已于1月25日（周日）开始');
    expect(renderReminder(start, plan, { lang: 'en', postedAt: shanghaiInstant('2026-01-26', '09:00') })).toContain('started on Sun 25 Jan');
  });
});
