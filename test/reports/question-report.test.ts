// The questions export built from an in-memory source.
import { describe, expect, it } from 'vitest';
import { buildQuestionReport } from '../../src/policy-qa/reports/build-question-report.js';
import type { QuestionReportSource, ReportedQuestion } from '../../src/policy-qa/reports/question-report-source.js';

const QUESTIONS: ReportedQuestion[] = [
  {
    number: 12,
    askerName: '王大山',
    text: '孩子在县城上幼儿园，电话138****5678，能补多少？',
    status: 'answered',
    answer: '公办幼儿园保教费全免。',
    answeredAt: new Date('2026-03-02T01:15:00Z'),
    answeredBy: '李主任',
    promotedFactCode: 'office-preschool-fee',
    createdAt: new Date('2026-03-01T16:30:00Z'),
  },
  {
    number: 3,
    askerName: '马秀兰',
    text: '中职学生有没有生活补助？',
    status: 'open',
    answer: null,
    answeredAt: null,
    answeredBy: null,
    promotedFactCode: null,
    createdAt: new Date('2026-02-10T02:00:00Z'),
  },
];

const source: QuestionReportSource = { questions: async () => QUESTIONS };

describe('buildQuestionReport', () => {
  it('lists open and answered questions by number, with Chinese headers and statuses', async () => {
    const report = await buildQuestionReport(source);
    const [sheet] = report.sheets;
    expect(report.title.zh).toBe('群众问题及答复');
    expect(sheet!.columns.map((column) => column.header.zh)).toEqual(['编号', '提问时间', '提问人', '问题', '状态', '答复', '答复时间', '答复人', '转为政策编号']);
    expect(sheet!.columns.filter((column) => column.kind === 'datetime').map((column) => column.key)).toEqual(['askedAt', 'answeredAt']);
    expect(sheet!.rows).toEqual([
      { number: 'Q3', askedAt: QUESTIONS[1]!.createdAt, asker: '马秀兰', question: '中职学生有没有生活补助？', status: '待答', answer: null, answeredAt: null, answeredBy: null, policyCode: null },
      {
        number: 'Q12',
        askedAt: QUESTIONS[0]!.createdAt,
        asker: '王大山',
        question: '孩子在县城上幼儿园，电话138****5678，能补多少？',
        status: '已答复',
        answer: '公办幼儿园保教费全免。',
        answeredAt: QUESTIONS[0]!.answeredAt,
        answeredBy: '李主任',
        policyCode: 'office-preschool-fee',
      },
    ]);
    expect(sheet!.totals).toEqual({ number: '共2条', status: '待答1条' });
  });

  it('writes statuses in English when asked', async () => {
    const [sheet] = (await buildQuestionReport(source, { lang: 'en' })).sheets;
    expect(sheet!.rows.map((row) => row.status)).toEqual(['open', 'answered']);
    expect(sheet!.totals).toEqual({ number: '2 in all', status: '1 open' });
  });
});
