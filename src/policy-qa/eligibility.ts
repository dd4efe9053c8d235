/** Eligibility check: which subsidies and exemptions a family's child can get, one question at a time. */
export type { EligibilityFacts, EligibilityField } from './eligibility/types.js';
export { extractEligibilityFacts } from './eligibility/extract-facts.js';
export { nextEligibilityQuestion, type EligibilityQuestion } from './eligibility/next-question.js';
export { parseEligibilityAnswer } from './eligibility/parse-answer.js';
export { listEligibleItems, type EligibleItems } from './eligibility/list-items.js';
export { isEligibilityQuestion, isPersonalQuestion } from './eligibility/detect-intent.js';
