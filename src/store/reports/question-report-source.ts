import type { QuestionReportSource } from '../../policy-qa/reports/question-report-source.js';
import type { Db } from '../prisma.js';

export function createQuestionReportSource(db: Db): QuestionReportSource {
  return {
    async questions() {
      const rows = await db.openQuestion.findMany({ orderBy: { id: 'asc' } });
      const answererIds = [...new Set(rows.flatMap((row) => (row.answeredByPersonId ? [row.answeredByPersonId] : [])))];
      const people = await db.person.findMany({ where: { id: { in: answererIds } }, select: { id: true, name: true } });
      const nameOf = new Map(people.map((person) => [person.id, person.name]));
      return rows.map((row) => ({
        number: row.id,
        askerName: row.askerName,
        text: row.text,
        status: row.status === 'ANSWERED' ? ('answered' as const) : ('open' as const),
        answer: row.answer,
        answeredAt: row.answeredAt,
        answeredBy: (row.answeredByPersonId ? nameOf.get(row.answeredByPersonId) : undefined) ?? row.answeredByContact,
        promotedFactCode: row.promotedFactCode,
        createdAt: row.createdAt,
      }));
    },
  };
}
