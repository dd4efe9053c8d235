import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/policy-qa/answer-question.js';
import { loadShippedKnowledgeBase } from '../../src/policy-qa/load-shipped-knowledge-base.js';
import { ANSWERED_QUESTIONS, UNANSWERABLE_QUESTIONS } from './question-table.js';

const kb = loadShippedKnowledgeBase();

function problemsWith(entry: (typeof ANSWERED_QUESTIONS)[number]): string[] {
  const answer = answerQuestion(kb, entry.question);
  const problems: string[] = [];
  for (const code of entry.codes) if (!answer.codes.includes(code)) problems.push(`missing ${code}`);
  if (answer.policy !== entry.codes[0]) problems.push(`main fact ${answer.policy}, expected ${entry.codes[0]}`);
  for (const text of entry.contains ?? []) if (!answer.text.includes(text)) problems.push(`text lacks "${text}"`);
  if (answer.handoff !== (entry.handoff ?? false)) problems.push(`handoff ${answer.handoff}`);
  return problems.length > 0 ? [`${entry.question} → [${answer.codes.join(', ')}] ${problems.join('; ')}`] : [];
}

describe('answerQuestion on the question table', () => {
  it('has enough varied questions', () => {
    const chinese = ANSWERED_QUESTIONS.filter(({ question }) => /\p{Script=Han}/u.test(question));
    expect(ANSWERED_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(chinese.length).toBeGreaterThanOrEqual(40);
    expect(UNANSWERABLE_QUESTIONS.length).toBeGreaterThanOrEqual(15);
  });

  it('answers every table question correctly (accuracy 100%)', () => {
    const failures = ANSWERED_QUESTIONS.flatMap(problemsWith);
    const accuracy = (ANSWERED_QUESTIONS.length - failures.length) / ANSWERED_QUESTIONS.length;
    console.info(`policy-qa accuracy: ${(accuracy * 100).toFixed(1)}% of ${ANSWERED_QUESTIONS.length} questions`);
    expect(failures).toEqual([]);
  });

  it('hands off every question the documents do not answer, without a figure', () => {
    const failures = UNANSWERABLE_QUESTIONS.flatMap((question) => {
      const answer = answerQuestion(kb, question);
      const withoutSources = answer.text.replace(/^(?:来源|Source).*$/gm, '');
      const wrong = !answer.handoff || /\d/.test(withoutSources);
      return wrong ? [`${question} → handoff ${answer.handoff}, [${answer.codes.join(', ')}]: ${answer.text}`] : [];
    });
    expect(failures).toEqual([]);
  });
});
