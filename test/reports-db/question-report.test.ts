// The questions export read through its Prisma source, after the office answered one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildQuestionReport } from '../../src/policy-qa/reports/build-question-report.js';
import { createOpenQuestionStore } from '../../src/store/open-question-store.js';
import { createPrismaClient, type Db } from '../../src/store/prisma.js';
import { createQuestionReportSource } from '../../src/store/reports/question-report-source.js';
import { createTestEnv, type TestEnv } from '../support/test-app.js';

let env: TestEnv;
let db: Db;
const answeredAt = new Date('2026-03-01T16:30:00Z');

beforeAll(async () => {
  env = await createTestEnv();
  db = createPrismaClient(env.databaseUrl);
  const store = createOpenQuestionStore(db);
  const ask = (sourceMessageId: string, askerName: string, text: string) =>
    store.record({ sourceMessageId, askerContactId: `wxid_${sourceMessageId}`, askerPersonId: null, askerName, chatId: `wxid_${sourceMessageId}`, roomId: null, text, lang: 'zh' });
  const first = await ask('m1', '王大山', '孩子上私立幼儿园有补助吗？');
  await ask('m2', '马秀兰', '中职学生有没有生活补助？');
  await store.answer({ number: first.number, answer: '经认定的民办幼儿园按公办标准补助。', by: { personId: 'demo-admin', contactId: 'wxid_office_li', name: '李主任' }, messageId: 'a1', at: answeredAt });
});

afterAll(async () => {
  await db?.$disconnect();
  await env?.cleanup();
});

it('lists the open and the answered questions with who answered them and when', async () => {
  const [sheet] = (await buildQuestionReport(createQuestionReportSource(db))).sheets;
  const stored = await db.openQuestion.findMany({ orderBy: { id: 'asc' } });
  expect(sheet!.rows.map((row) => [row.number, row.asker, row.status, row.answer, row.answeredBy, row.answeredAt])).toEqual([
    [`Q${stored[0]!.id}`, '王大山', '已答复', '经认定的民办幼儿园按公办标准补助。', '李主任', answeredAt],
    [`Q${stored[1]!.id}`, '马秀兰', '待答', null, null, null],
  ]);
  expect(sheet!.rows[0]!.askedAt).toEqual(stored[0]!.createdAt);
  expect(sheet!.totals).toEqual({ number: '共2条', status: '待答1条' });
});
