import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  KnowledgeBaseError,
  loadKnowledgeBase,
  parsePolicyFacts,
  serializeKnowledgeBase,
} from '../../src/policy-qa/knowledge-base.js';
import { loadShippedKnowledgeBase, SHIPPED_POLICY_FACTS_URL } from '../../src/policy-qa/load-shipped-knowledge-base.js';

const shippedYaml = readFileSync(SHIPPED_POLICY_FACTS_URL, 'utf8');
const shippedRecords = (): Array<Record<string, unknown>> => parse(shippedYaml) as Array<Record<string, unknown>>;

function errorOf(action: () => unknown): KnowledgeBaseError {
  try {
    action();
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error;
    throw error;
  }
  throw new Error('expected a KnowledgeBaseError');
}

describe('shipped knowledge base', () => {
  const kb = loadShippedKnowledgeBase();

  it('loads every record', () => {
    expect(kb.facts.length).toBe(shippedRecords().length);
    expect(kb.facts.length).toBeGreaterThanOrEqual(70);
  });

  it('holds the facts the product must know', () => {
    expect(kb.byCode.get('nutrition-meal-subsidy')?.amount).toEqual({ value: 4, unit: 'yuan', period: 'per_student_per_day' });
    expect(kb.byCode.get('pairing-funds-per-household')?.amount).toEqual({ value: 2000, unit: 'yuan', period: 'per_household_per_year' });
    expect(kb.byCode.get('pairing-days-per-household')?.amount).toEqual({ value: 15, unit: 'days', period: 'per_household_per_year' });
    expect(kb.byCode.get('pairing-funds-per-household')?.scope.level).toBe('college');
    expect(kb.facts.filter(({ kind }) => kind === 'unit_duty')).toHaveLength(17);
    const stages = kb.facts.filter(({ kind }) => kind === 'plan_stage').map(({ dates }) => dates);
    expect(stages).toHaveLength(7);
    expect(stages[0]).toEqual({ from: '01-25', to: '01-30' });
    expect(stages[6]).toEqual({ from: '11-01', to: '11-30' });
  });

  it('stores no year anywhere', () => {
    const recordsOnly = shippedYaml.replace(/^#.*$/gm, '');
    expect(recordsOnly).not.toMatch(/20xx|20\s?1x|(?:19|20)\d{2}\s*年/i);
  });

  it('states money amounts in both answer languages', () => {
    for (const fact of kb.facts) {
      if (fact.amount?.unit !== 'yuan' || fact.amount.value >= 10_000) continue;
      expect(fact.answer.zh, fact.code).toContain(`${fact.amount.value}元`);
      expect(fact.answer.en, fact.code).toContain(`${fact.amount.value.toLocaleString('en-US')} yuan`);
    }
  });

  it('round-trips through export and import', () => {
    const exported = serializeKnowledgeBase(kb.facts);
    expect(loadKnowledgeBase(exported).facts).toEqual(kb.facts);
  });
});

describe('knowledge base validation', () => {
  it('names the record and the field of a broken record', () => {
    const records = shippedRecords();
    const broken = records[3] as { code: string; amount?: { value: unknown } };
    broken.amount = { value: 'four' } as never;
    const error = errorOf(() => parsePolicyFacts(records));
    expect(error.message).toContain(`record 3 (code "${broken.code}")`);
    expect(error.message).toContain('amount.value');
  });

  it('names a missing translation', () => {
    const records = shippedRecords();
    (records[0] as { answer: Record<string, string> }).answer = { zh: '只有中文' };
    const error = errorOf(() => parsePolicyFacts(records));
    expect(error.message).toMatch(/record 0 \(code "two-exemptions-one-subsidy"\): answer\.en/);
  });

  it('rejects a record without a code, naming its position', () => {
    const records = shippedRecords();
    delete records[5]?.code;
    expect(errorOf(() => parsePolicyFacts(records)).message).toMatch(/record 5 \(code "\?"\): code/);
  });

  it('rejects duplicate codes', () => {
    const records = shippedRecords();
    records.push({ ...records[2] });
    const error = errorOf(() => parsePolicyFacts(records));
    expect(error.message).toContain(`code: duplicate of record 2`);
  });

  it('rejects a year in a statement', () => {
    const records = shippedRecords();
    (records[1] as { answer: { zh: string } }).answer.zh = '2024年起小学免学费。';
    expect(errorOf(() => parsePolicyFacts(records)).message).toMatch(/record 1 .*answer\.zh: contains a year/);
  });

  it('rejects unknown kinds, eligibility fields and stages', () => {
    const records = shippedRecords();
    records[0] = { ...records[0], kind: 'rumour' };
    records[1] = { ...records[1], eligibility: { stages: ['university'] } };
    records[2] = { ...records[2], eligibility: { income_below: 3000 } };
    const message = errorOf(() => parsePolicyFacts(records)).message;
    expect(message).toMatch(/record 0 .*: kind/);
    expect(message).toMatch(/record 1 .*: eligibility\.stages\.0/);
    expect(message).toMatch(/record 2 .*: eligibility/);
  });

  it('rejects text that is not YAML or not a list', () => {
    expect(errorOf(() => loadKnowledgeBase('- code: [unclosed')).message).toContain('not valid YAML');
    expect(errorOf(() => loadKnowledgeBase('code: one-record')).message).toContain('must be a list');
  });
});
