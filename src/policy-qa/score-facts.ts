import type { FactIndex } from './fact-index.js';
import { isNumberTerm } from './extract-terms.js';
import type { PolicyFact } from './policy-fact-schema.js';
import type { QuestionSignals } from './question-signals.js';

export interface ScoredFact {
  readonly fact: number;
  readonly score: number;
  /** Question terms this fact accounts for. */
  readonly matched: readonly string[];
}

/** Below this, a match is too thin to state a policy to a parent. */
export const CONFIDENT_SCORE = 0.7;
const MAX_FACTS_PER_ANSWER = 3;
// A question that also touches a topic the documents do not cover ("医保") only gets a fact
// that it names unmistakably; loose word overlaps would pass off a wrong policy as the answer.
const FOREIGN_TOPIC_SCORE = 2 * CONFIDENT_SCORE;
// A number only confirms a topic ("2000元" next to 结对); alone it could be anything.
const NUMBER_WEIGHT = 0.35;
// A fact for another school stage than the one asked about is almost certainly the wrong one;
// one for the very stage asked about is the likelier of two similar facts.
const OTHER_STAGE_FACTOR = 0.25;
const SAME_STAGE_BONUS = 0.2;
// "几号" wants a date, "找谁" a unit's duty: among facts on the topic, the one giving that kind
// of answer is meant.
const ANSWER_TYPE_BONUS = 0.25;

function stageAdjusted(score: number, fact: PolicyFact, signals: QuestionSignals): number {
  const factStages = fact.eligibility?.stages;
  if (!factStages || signals.stages.size === 0) return score;
  return factStages.some((stage) => signals.stages.has(stage)) ? score + SAME_STAGE_BONUS : score * OTHER_STAGE_FACTOR;
}

function answerTypeBonus(index: FactIndex, fact: number, signals: QuestionSignals): number {
  const types = index.answerTypes[fact];
  if (!types) return 0;
  for (const wanted of signals.wants) if (types.has(wanted)) return ANSWER_TYPE_BONUS;
  return 0;
}

/**
 * Per-fact accumulators reused across questions: allocating an object per posting on a
 * several-thousand-fact table would make the garbage collector, not the scoring, set the p99.
 */
interface Accumulators {
  readonly score: Float64Array;
  readonly topical: Uint8Array;
  readonly seen: Uint8Array;
  readonly touched: Int32Array;
}

const accumulatorsByIndex = new WeakMap<FactIndex, Accumulators>();

function accumulatorsFor(index: FactIndex): Accumulators {
  let accumulators = accumulatorsByIndex.get(index);
  if (!accumulators) {
    const size = index.factTerms.length;
    accumulators = {
      score: new Float64Array(size),
      topical: new Uint8Array(size),
      seen: new Uint8Array(size),
      touched: new Int32Array(size),
    };
    accumulatorsByIndex.set(index, accumulators);
  }
  return accumulators;
}

function bestFact(
  index: FactIndex,
  facts: readonly PolicyFact[],
  terms: readonly string[],
  signals: QuestionSignals,
  excluded: ReadonlySet<number>,
): ScoredFact | undefined {
  const { score, topical, seen, touched } = accumulatorsFor(index);
  let touchedCount = 0;
  for (const term of terms) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const weight = (index.rarity.get(term) ?? 0) * (isNumberTerm(term) ? NUMBER_WEIGHT : 1);
    const isTopical = isNumberTerm(term) ? 0 : 1;
    for (const { fact, strength } of postings) {
      if (seen[fact] === 0) {
        seen[fact] = 1;
        touched[touchedCount++] = fact;
      }
      score[fact] = (score[fact] ?? 0) + weight * strength;
      topical[fact] = (topical[fact] ?? 0) | isTopical;
    }
  }
  let best: { fact: number; score: number } | undefined;
  for (let i = 0; i < touchedCount; i += 1) {
    const fact = touched[i] ?? 0;
    const raw = score[fact] ?? 0;
    const hasTopic = topical[fact] === 1;
    score[fact] = 0;
    topical[fact] = 0;
    seen[fact] = 0;
    const candidate = facts[fact];
    if (!hasTopic || !candidate || excluded.has(fact)) continue;
    const adjusted = stageAdjusted(raw + answerTypeBonus(index, fact, signals), candidate, signals);
    // Ties go to the fact listed first in the knowledge base, so answers are deterministic.
    if (!best || adjusted > best.score || (adjusted === best.score && fact < best.fact)) {
      best = { fact, score: adjusted };
    }
  }
  if (!best) return undefined;
  const explained = index.factTerms[best.fact];
  return { ...best, matched: terms.filter((term) => explained?.has(term)) };
}

/**
 * Picks the facts a question is about. After the best fact is chosen, the terms it explains
 * are set aside and the rest of the question is scored again, so "营养餐多少钱，课本要钱吗"
 * yields both facts while a one-topic question does not drag in loosely related ones.
 */
export function selectFacts(
  index: FactIndex,
  facts: readonly PolicyFact[],
  terms: readonly string[],
  signals: QuestionSignals,
): ScoredFact[] {
  const chosen: ScoredFact[] = [];
  const excluded = new Set<number>();
  let remaining = [...terms];
  const needed = signals.foreignTopics.length > 0 ? FOREIGN_TOPIC_SCORE : CONFIDENT_SCORE;
  while (chosen.length < MAX_FACTS_PER_ANSWER && remaining.some((term) => !isNumberTerm(term))) {
    const best = bestFact(index, facts, remaining, signals, excluded);
    if (!best || best.score < needed) break;
    chosen.push(best);
    excluded.add(best.fact);
    const explained = index.factTerms[best.fact];
    remaining = remaining.filter((term) => !explained?.has(term));
  }
  // Answer in the order the asker raised the topics.
  const firstMention = (scored: ScoredFact) => Math.min(...scored.matched.map((term) => terms.indexOf(term)));
  return chosen.sort((a, b) => firstMention(a) - firstMention(b));
}
