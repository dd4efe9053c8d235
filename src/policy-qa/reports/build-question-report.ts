// The questions handed to the office, open and answered, for the admin console's export.
import type { Lang } from '../../shared/language.js';
import type { Report, ReportColumn } from '../../shared/report-table.js';
import type { QuestionReportSource } from './question-report-source.js';

export interface QuestionReportOptions {
  /** The language of the cells' own words (待答/已答复); headers come in both. */
  lang?: Lang;
}

const COLUMNS: ReportColumn[] = [
  { key: 'number', header: { zh: '编号', en: 'No.' }, kind: 'text' },
  { key: 'askedAt', header: { zh: '提问时间', en: 'Asked at' }, kind: 'datetime' },
  { key: 'asker', header: { zh: '提问人', en: 'Asked by' }, kind: 'text' },
  { key: 'question', header: { zh: '问题', en: 'Question' }, kind: 'text', width: 50 },
  { key: 'status', header: { zh: '状态', en: 'Status' }, kind: 'text' },
  { key: 'answer', header: { zh: '答复', en: 'Answer' }, kind: 'text', width: 50 },
  { key: 'answeredAt', header: { zh: '答复时间', en: 'Answered at' }, kind: 'datetime' },
  { key: 'answeredBy', header: { zh: '答复人', en: 'Answered by' }, kind: 'text' },
  { key: 'policyCode', header: { zh: '转为政策编号', en: 'Policy fact code' }, kind: 'text' },
];

const STATUS_LABEL = { open: { zh: '待答', en: 'open' }, answered: { zh: '已答复', en: 'answered' } } as const;

export async function buildQuestionReport(source: QuestionReportSource, options: QuestionReportOptions = {}): Promise<Report> {
  const lang = options.lang ?? 'zh';
  const questions = [...(await source.questions())].sort((a, b) => a.number - b.number);
  const open = questions.filter((question) => question.status === 'open').length;
  return {
    title: { zh: '群众问题及答复', en: 'Questions and answers' },
    sheets: [
      {
        name: { zh: '问题', en: 'Questions' },
        columns: COLUMNS,
        rows: questions.map((question) => ({
          number: `Q${question.number}`,
          askedAt: question.createdAt,
          asker: question.askerName,
          // Masked (ID-card and mobile numbers) when it was recorded.
          question: question.text,
          status: STATUS_LABEL[question.status][lang],
          answer: question.answer,
          answeredAt: question.answeredAt,
          answeredBy: question.answeredBy,
          policyCode: question.promotedFactCode,
        })),
        totals: {
          number: lang === 'zh' ? `共${questions.length}条` : `${questions.length} in all`,
          status: lang === 'zh' ? `待答${open}条` : `${open} open`,
        },
      },
    ],
  };
}
