import { readFileSync } from 'node:fs';
import { loadKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

export const SHIPPED_POLICY_FACTS_URL = new URL('./knowledge/policy-facts.yaml', import.meta.url);

/** The policy facts that ship with Bangfu, before an admin imports changes into the database. */
export function loadShippedKnowledgeBase(): KnowledgeBase {
  return loadKnowledgeBase(readFileSync(SHIPPED_POLICY_FACTS_URL, 'utf8'));
}
