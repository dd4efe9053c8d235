// Answering one question in-process, on the shipped knowledge base and on one grown to 5,000 facts.
import { growKnowledgeBase, loadShippedKnowledgeBase, measureAnswerLatency } from '../../src/policy-qa/index.js';
import { ANSWERED_QUESTIONS, UNANSWERABLE_QUESTIONS } from '../policy-qa/question-table.js';
import { figure, round, type BenchModule } from './report.js';

export const policyQaModule: BenchModule = {
  name: 'policy-qa',
  description: 'answering one policy question in-process (real and 5,000-fact knowledge base)',
  async run() {
    const questions = [...ANSWERED_QUESTIONS.map((row) => row.question), ...UNANSWERABLE_QUESTIONS];
    const shipped = loadShippedKnowledgeBase();
    const real = measureAnswerLatency(shipped, questions, 30);
    const grown = measureAnswerLatency(growKnowledgeBase(shipped, 5_000 - shipped.facts.length), questions, 30);
    return {
      figures: [
        figure('qa_p50_ms', round(real.p50Ms, 3), 'ms', `shipped knowledge base (${shipped.facts.length} facts), ${questions.length} questions`),
        figure('qa_p99_ms', round(real.p99Ms, 3), 'ms', 'shipped knowledge base'),
        figure('qa_5k_p50_ms', round(grown.p50Ms, 3), 'ms', 'knowledge base grown to 5,000 facts'),
        figure('qa_5k_p99_ms', round(grown.p99Ms, 3), 'ms', 'knowledge base grown to 5,000 facts'),
      ],
    };
  },
};
