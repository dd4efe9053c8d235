import { answerQuestion } from './answer-question.js';
import type { KnowledgeBase } from './knowledge-base.js';

export interface AnswerLatency {
  questions: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

// Enough passes for V8 to finish optimising the hot paths; a live bot answers thousands of
// questions, so its steady state is what matters.
const WARM_UP_ROUNDS = 5;

/** In-process answer latency over `rounds` passes of `questions`, after warm-up. For `npm run bench`. */
export function measureAnswerLatency(kb: KnowledgeBase, questions: readonly string[], rounds = 20): AnswerLatency {
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    for (const question of questions) answerQuestion(kb, question);
  }
  const durations: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      answerQuestion(kb, question);
      durations.push(performance.now() - started);
    }
  }
  durations.sort((a, b) => a - b);
  return {
    questions: durations.length,
    p50Ms: percentile(durations, 0.5),
    p99Ms: percentile(durations, 0.99),
    maxMs: durations[durations.length - 1] ?? 0,
  };
}
