// The reviewed policy file is loaded into PostgreSQL at start-up; restarting changes nothing,
// and answers come from what the database holds, including an office's own facts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readShippedPolicyFacts } from '../../src/policy-qa/read-shipped-policy-facts.js';
import type { PolicyFact } from '../../src/policy-qa/policy-fact-schema.js';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { policyFactRow } from '../../src/store/policy-fact-store.js';
import { createTestEnv, startTestApp, type TestEnv } from '../support/test-app.js';
import { sayAndWait } from './conversation.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.cleanup();
});

const countyRate: PolicyFact = {
  code: 'county-school-bus-fare-subsidy',
  kind: 'subsidy',
  version: 1,
  title: { zh: '本县校车乘车补助', en: 'County school bus fare subsidy' },
  answer: { zh: '本县对乘坐校车的学生每人每月补助30元乘车费。', en: 'The county pays 30 yuan a month towards each pupil\'s school bus fare.' },
  amount: { value: 30, unit: 'yuan', period: 'per_student_per_month' },
  keywords: { zh: ['校车补助', '乘车补助', '校车费'], en: ['school bus subsidy', 'bus fare'] },
  source: { document: 'County office notice', document_zh: '县行动组办公室通知', section: 'Item 1', section_zh: '第1条', quote: '校车乘车补助每人每月30元' },
  scope: { level: 'county', name: { zh: '本县', en: 'this county' } },
};

it('loads the shipped facts once, however often the app starts, and answers from the database', async () => {
  const shipped = readShippedPolicyFacts();
  const first = await startTestApp({ env });
  const rowsAfterFirst = await first.db.policyFact.findMany({ orderBy: { id: 'asc' }, select: { id: true, code: true, version: true, origin: true } });
  expect(rowsAfterFirst).toHaveLength(shipped.length);
  expect(rowsAfterFirst.every((row) => row.origin === 'shipped')).toBe(true);
  // An office adds its own county's rate next to the shipped facts.
  await first.db.policyFact.create({ data: { ...policyFactRow(countyRate, 'office') } });
  await first.stop();

  const second = await startTestApp({ env });
  try {
    const rowsAfterSecond = await second.db.policyFact.findMany({ orderBy: { id: 'asc' }, select: { id: true, code: true, version: true, origin: true } });
    expect(rowsAfterSecond).toHaveLength(shipped.length + 1);
    expect(rowsAfterSecond.filter((row) => row.origin === 'shipped')).toEqual(rowsAfterFirst);

    const parent = demoPerson('parent').contactId!;
    const { text } = await sayAndWait(second, () => second.world.sayPrivately(parent, '校车补助一个月多少钱？'), parent, '30元');
    expect(text).toContain('来源：《县行动组办公室通知》第1条');
    await sayAndWait(second, () => second.world.sayPrivately(parent, '营养餐一天补多少钱？'), parent, '4元');
  } finally {
    await second.stop();
  }
});
