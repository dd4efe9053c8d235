/** Policy Q&A capability: plain TypeScript, no I/O besides reading the shipped YAML on request. */
export { answerQuestion, type AnswerOptions, type PolicyAnswer, type PolicySource } from './answer-question.js';
export { detectLanguage, type ReplyLanguage } from './detect-language.js';
export {
  createKnowledgeBase,
  KnowledgeBaseError,
  loadKnowledgeBase,
  parsePolicyFacts,
  serializeKnowledgeBase,
  type KnowledgeBase,
} from './knowledge-base.js';
export { loadShippedKnowledgeBase, SHIPPED_POLICY_FACTS_URL } from './load-shipped-knowledge-base.js';
export { growKnowledgeBase } from './grow-knowledge-base.js';
export { measureAnswerLatency, type AnswerLatency } from './measure-answer-latency.js';
export type { PolicyFact, SchoolStage, KindergartenType, FactKind } from './policy-fact-schema.js';
export * from './eligibility.js';
