// What the questions export reads; src/store/reports/question-report-source.ts implements it.
import type { OpenQuestion } from '../ports.js';

export type ReportedQuestion = Pick<OpenQuestion, 'number' | 'askerName' | 'text' | 'status' | 'answer' | 'answeredAt' | 'promotedFactCode' | 'createdAt'> & {
  /** The answering admin's name, else their WeChat contact id; null while unanswered. */
  answeredBy: string | null;
};

export interface QuestionReportSource {
  /** Every question handed to the office, open and answered. */
  questions(): Promise<ReportedQuestion[]>;
}
