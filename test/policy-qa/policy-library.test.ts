import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/policy-qa/answer-question.js';
import type { PolicyFact } from '../../src/policy-qa/policy-fact-schema.js';
import type { PolicyFactStore } from '../../src/policy-qa/ports.js';
import { createPolicyLibrary } from '../../src/policy-qa/policy-library.js';
import { readShippedPolicyFacts } from '../../src/policy-qa/read-shipped-policy-facts.js';

/** The port's contract in memory: insert-if-missing by code + version, latest version wins. */
function memoryStore(): PolicyFactStore & { rows: PolicyFact[] } {
  const rows: PolicyFact[] = [];
  return {
    rows,
    async importFacts(facts) {
      let added = 0;
      for (const fact of facts) {
        if (rows.some((row) => row.code === fact.code && row.version === fact.version)) continue;
        rows.push(fact);
        added += 1;
      }
      return { added };
    },
    async currentFacts() {
      const latest = new Map<string, PolicyFact>();
      for (const row of rows) if ((latest.get(row.code)?.version ?? 0) < row.version) latest.set(row.code, row);
      return [...latest.values()];
    },
    async revision() {
      return String(rows.length);
    },
  };
}

const shipped = readShippedPolicyFacts();
const nutrition = shipped.find((fact) => fact.code === 'nutrition-meal-subsidy')!;

describe('createPolicyLibrary', () => {
  it('imports the shipped facts once and answers from the store', async () => {
    const store = memoryStore();
    const library = createPolicyLibrary({ store, shippedFacts: () => shipped });
    await library.start();
    await createPolicyLibrary({ store, shippedFacts: () => shipped }).start();
    expect(store.rows).toHaveLength(shipped.length);
    expect(answerQuestion(await library.knowledgeBase(), '营养餐一天补多少钱？').text).toContain('4元');
  });

  it('notices facts another process added once the revision check is due', async () => {
    const store = memoryStore();
    let clock = 0;
    const library = createPolicyLibrary({ store, shippedFacts: () => shipped, revisionCheckMs: 1_000, now: () => clock });
    await library.start();
    const newer: PolicyFact = { ...nutrition, version: 2, answer: { zh: '营养餐按每生每天5元补助。', en: 'The meal subsidy is 5 yuan per student per day.' } };
    await store.importFacts([newer], 'office');
    expect(answerQuestion(await library.knowledgeBase(), '营养餐一天补多少钱？').text).toContain('4元');
    clock += 1_001;
    expect(answerQuestion(await library.knowledgeBase(), '营养餐一天补多少钱？').text).toContain('5元');
  });

  it('retries a start that failed instead of keeping the failure', async () => {
    const store = memoryStore();
    let failures = 1;
    const flaky: PolicyFactStore = { ...store, importFacts: async (facts, origin) => (failures-- > 0 ? Promise.reject(new Error('database down')) : store.importFacts(facts, origin)) };
    const library = createPolicyLibrary({ store: flaky, shippedFacts: () => shipped });
    await expect(library.start()).rejects.toThrow('database down');
    expect(answerQuestion(await library.knowledgeBase(), '营养餐一天补多少钱？').text).toContain('4元');
  });
});
