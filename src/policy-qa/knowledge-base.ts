import { parse, stringify } from 'yaml';
import { buildFactIndex, type FactIndex } from './fact-index.js';
import { policyFactSchema, type PolicyFact } from './policy-fact-schema.js';

export type { PolicyFact } from './policy-fact-schema.js';

export interface KnowledgeBase {
  readonly facts: readonly PolicyFact[];
  readonly byCode: ReadonlyMap<string, PolicyFact>;
  readonly index: FactIndex;
}

/** Raised for a knowledge base that must not be loaded; the message names record and field. */
export class KnowledgeBaseError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid policy knowledge base: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
    this.name = 'KnowledgeBaseError';
  }
}

// Admins fix one record at a time; a handful of problems per record is enough to act on.
const PROBLEMS_PER_RECORD = 3;

function describeRecord(position: number, record: unknown): string {
  const code = typeof record === 'object' && record !== null && 'code' in record ? (record as { code: unknown }).code : undefined;
  return `record ${position} (code "${typeof code === 'string' ? code : '?'}")`;
}

/** Validates raw records (already parsed from YAML or JSON) into policy facts. */
export function parsePolicyFacts(data: unknown): PolicyFact[] {
  if (!Array.isArray(data)) {
    throw new KnowledgeBaseError(['the file must be a list of policy fact records']);
  }
  const problems: string[] = [];
  const facts: PolicyFact[] = [];
  const firstPositionOf = new Map<string, number>();
  data.forEach((record: unknown, position) => {
    const result = policyFactSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, PROBLEMS_PER_RECORD)) {
        const field = issue.path.length > 0 ? issue.path.join('.') : '(record)';
        problems.push(`${describeRecord(position, record)}: ${field}: ${issue.message}`);
      }
      return;
    }
    const earlier = firstPositionOf.get(result.data.code);
    if (earlier !== undefined) {
      problems.push(`${describeRecord(position, record)}: code: duplicate of record ${earlier}`);
      return;
    }
    firstPositionOf.set(result.data.code, position);
    facts.push(result.data);
  });
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return facts;
}

export function createKnowledgeBase(facts: readonly PolicyFact[]): KnowledgeBase {
  const byCode = new Map<string, PolicyFact>();
  for (const fact of facts) {
    if (byCode.has(fact.code)) throw new KnowledgeBaseError([`code "${fact.code}": duplicate`]);
    byCode.set(fact.code, fact);
  }
  return { facts: [...facts], byCode, index: buildFactIndex(facts) };
}

export function loadKnowledgeBase(yamlText: string): KnowledgeBase {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new KnowledgeBaseError([`not valid YAML: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return createKnowledgeBase(parsePolicyFacts(data));
}

/** YAML that {@link loadKnowledgeBase} reads back unchanged, for admin export and re-import. */
export function serializeKnowledgeBase(facts: readonly PolicyFact[]): string {
  return stringify(facts, { lineWidth: 0 });
}
