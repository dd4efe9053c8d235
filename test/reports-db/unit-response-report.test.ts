// The unit response table of an imported plan, read through its Prisma source.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReminderRuntime, type ReminderRuntime } from '../../src/app/create-reminder-deps.js';
import { createOutboundProducer, type OutboundProducer } from '../../src/queue/outbound-producer.js';
import { createRedis } from '../../src/queue/redis-connection.js';
import { importPlan } from '../../src/reminders/import-plan.js';
import { BORDER_ACTION_PLAN_FILE } from '../../src/reminders/plans/border-action-plan.js';
import { buildUnitResponseReport } from '../../src/reminders/reports/build-unit-response-report.js';
import { fromBeijing } from '../../src/shared/beijing-time.js';
import { ManualClock } from '../../src/shared/clock.js';
import { createPrismaClient, type Db } from '../../src/store/prisma.js';
import { createUnitResponseReportSource } from '../../src/store/reports/unit-response-report-source.js';
import { DEMO_UNITS } from '../../src/store/seed/demo-county.js';
import { writeWorkbook } from '../../src/admin/spreadsheets/write-workbook.js';
import { createTestEnv, type TestEnv } from '../support/test-app.js';
import ExcelJS from 'exceljs';

let env: TestEnv;
let db: Db;
let redis: ReturnType<typeof createRedis>;
let replies: OutboundProducer;
let runtime: ReminderRuntime;
let planId: string;
const clock = new ManualClock(fromBeijing('2026-01-20', '08:00'));
const [ethnic, reform] = DEMO_UNITS;

beforeAll(async () => {
  env = await createTestEnv();
  db = createPrismaClient(env.databaseUrl);
  redis = createRedis(env.config.redisUrl);
  replies = createOutboundProducer(redis, env.config.queuePrefix, env.config.replyMaxChars);
  runtime = createReminderRuntime({ config: env.config, db, redis, clock, replies });
  const imported = await importPlan(runtime.deps, { text: readFileSync(BORDER_ACTION_PLAN_FILE, 'utf8'), year: 2026, by: 'test:office', now: clock.now() });
  planId = imported.plan.id;
  const respond = (subjectType: string, subjectCode: string, periodIndex: number, unitCode: string, state: 'ACKNOWLEDGED' | 'SUBMITTED', at: string, byContactId: string) => ({
    planId,
    subjectType,
    subjectCode,
    periodIndex,
    unitCode,
    state,
    messageId: `report-test-${subjectCode}-${periodIndex}-${unitCode}-${state}`,
    byContactId,
    at: new Date(at),
  });
  await db.unitResponse.createMany({
    data: [
      respond('stage', 'mobilisation', 0, ethnic!.code, 'ACKNOWLEDGED', '2026-01-22T01:00:00Z', ethnic!.contact.contactId!),
      respond('stage', 'mobilisation', 0, ethnic!.code, 'SUBMITTED', '2026-01-27T03:00:00Z', ethnic!.contact.contactId!),
      respond('stage', 'mobilisation', 0, reform!.code, 'ACKNOWLEDGED', '2026-01-23T02:00:00Z', 'wxid_not_bound'),
      // 00:30 on March 25 in Beijing.
      respond('duty', 'monthly-supervision-report', 3, ethnic!.code, 'SUBMITTED', '2026-03-24T16:30:00Z', ethnic!.contact.contactId!),
    ],
  });
});

afterAll(async () => {
  await runtime?.queue.close();
  await replies?.close();
  redis?.disconnect();
  await db?.$disconnect();
  await env?.cleanup();
});

it('shows each unit’s strongest response to each stage and monthly report', async () => {
  const report = await buildUnitResponseReport(createUnitResponseReportSource(db), { planId });
  const [status] = report.sheets;
  expect(status!.columns.map((column) => column.header.zh)).toContain('月度督查书面报告（3月）');
  expect(status!.rows).toHaveLength(17);
  expect(status!.rows[0]).toMatchObject({
    unit: ethnic!.nameZh,
    'stage:mobilisation:0': '已提交',
    'duty:monthly-supervision-report:3': '已提交',
    'duty:monthly-supervision-report:4': null,
  });
  expect(status!.rows[1]).toMatchObject({ unit: reform!.nameZh, 'stage:mobilisation:0': '已收到', 'stage:investigation:0': null });
  expect(status!.totals).toMatchObject({ 'stage:mobilisation:0': '已提交1，已收到1，共17' });
});

it('lists every response with its time and who sent it', async () => {
  const [, list] = (await buildUnitResponseReport(createUnitResponseReportSource(db), { planId })).sheets;
  expect(list!.rows.map((row) => [row.unit, row.subject, row.period, row.state, row.by])).toEqual([
    [ethnic!.nameZh, '动员部署阶段', null, '已收到', ethnic!.contact.name],
    [reform!.nameZh, '动员部署阶段', null, '已收到', 'wxid_not_bound'],
    [ethnic!.nameZh, '动员部署阶段', null, '已提交', ethnic!.contact.name],
    [ethnic!.nameZh, '月度督查书面报告', '3月', '已提交', ethnic!.contact.name],
  ]);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeWorkbook(await buildUnitResponseReport(createUnitResponseReportSource(db), { planId }), 'zh')) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('回复明细')!;
  expect(sheet.getCell('E5').type).toBe(ExcelJS.ValueType.Date);
  expect((sheet.getCell('E5').value as Date).toISOString()).toBe('2026-03-25T00:30:00.000Z');
});
