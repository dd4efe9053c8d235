import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parsePolicyFacts } from './knowledge-base.js';
import { SHIPPED_POLICY_FACTS_URL } from './load-shipped-knowledge-base.js';
import type { PolicyFact } from './policy-fact-schema.js';

/** The reviewed file's facts, validated, without building an answer index (the database's is used). */
export function readShippedPolicyFacts(): PolicyFact[] {
  return parsePolicyFacts(parse(readFileSync(SHIPPED_POLICY_FACTS_URL, 'utf8')));
}
