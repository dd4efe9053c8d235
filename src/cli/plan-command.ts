import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createReminderRuntime } from '../app/create-reminder-deps.js';
import { loadConfig } from '../config.js';
import { createOutboundProducer } from '../queue/outbound-producer.js';
import { createRedis } from '../queue/redis-connection.js';
import { importPlan } from '../reminders/import-plan.js';
import { PlanFileError } from '../reminders/plan-file-error.js';
import { formatBeijing } from '../shared/beijing-time.js';
import { systemClock } from '../shared/clock.js';
import { ensureDatabase } from '../store/ensure-database.js';
import { createPrismaClient, type Db } from '../store/prisma.js';
import { writeJson } from './run-lines.js';

const USAGE = `usage:
  bangfu plan import <file.yaml|file.json> --year <YYYY> [--by <name>] [--json]
  bangfu plan list [--json]
  bangfu plan codes            the codes that bind groups (绑定单位 <代码>)
`;

/** `bangfu plan …`: import a plan file for a year, list plans, show the group-binding codes. */
export async function planCommand(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { year: { type: 'string' }, by: { type: 'string', default: 'cli' }, json: { type: 'boolean', default: false } },
  });
  if (action !== 'import' && action !== 'list' && action !== 'codes') {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const db = createPrismaClient(config.databaseUrl);
  const redis = createRedis(config.redisUrl);
  const outbound = createOutboundProducer(redis, config.queuePrefix, config.replyMaxChars);
  const reminders = createReminderRuntime({ config, db, redis, clock: systemClock, replies: outbound });
  try {
    if (action === 'list') return await listPlans(db, values.json);
    if (action === 'codes') return await listCodes(db, values.json);
    const [file] = positionals;
    if (!file) {
      process.stderr.write(USAGE);
      return 2;
    }
    const year = values.year ? Number(values.year) : await askForYear();
    if (!Number.isInteger(year)) {
      process.stderr.write('请用 --year 给出执行年份（文件中的年份写作“20xx”），例如 --year 2027 / give the year with --year, e.g. --year 2027\n');
      return 2;
    }
    const text = readFileSync(file, 'utf8');
    const format = extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
    try {
      const report = await importPlan(reminders.deps, { text, format, year, by: `cli:${values.by}`, now: systemClock.now() });
      const summary = { plan: report.plan.code, year: report.plan.year, firstImport: report.firstImport, created: report.created, updated: report.updated, cancelled: report.cancelled, unchanged: report.unchanged, skippedPast: report.skippedPast, warnings: report.warnings };
      if (values.json) writeJson({ ok: true, ...summary });
      else {
        process.stdout.write(
          `已导入「${report.plan.definition.title.zh}」${year}年：新增 ${report.created} 条提醒，更新 ${report.updated} 条，取消 ${report.cancelled} 条，未变 ${report.unchanged} 条，已过期不发 ${report.skippedPast} 条。\n`,
        );
        for (const warning of report.warnings) process.stdout.write(`注意：${warning.zh}\n`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof PlanFileError)) throw error;
      if (values.json) writeJson({ ok: false, issues: error.issues });
      else process.stderr.write(`${error.message}\n没有导入任何内容。/ Nothing was imported.\n`);
      return 2;
    }
  } finally {
    await reminders.queue.close();
    await outbound.close();
    redis.disconnect();
    await db.$disconnect();
  }
}

async function askForYear(): Promise<number> {
  if (!process.stdin.isTTY) return Number.NaN;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return Number((await prompt.question('文件中的年份写作“20xx”。请输入执行年份 / Year to run the plan in: ')).trim());
  } finally {
    prompt.close();
  }
}

async function listPlans(db: Db, json: boolean): Promise<number> {
  const plans = await db.plan.findMany({ orderBy: [{ year: 'desc' }, { code: 'asc' }] });
  const rows = [];
  for (const plan of plans) {
    const counts = await db.reminder.groupBy({ by: ['status'], where: { planId: plan.id }, _count: true });
    const next = await db.reminder.findFirst({ where: { planId: plan.id, status: 'SCHEDULED' }, orderBy: { announceAt: 'asc' } });
    rows.push({
      code: plan.code,
      year: plan.year,
      title: plan.titleZh,
      importedAt: formatBeijing(plan.importedAt),
      reminders: Object.fromEntries(counts.map((count) => [count.status.toLowerCase(), count._count])),
      next: next ? formatBeijing(next.announceAt) : null,
    });
  }
  if (json) writeJson(rows);
  else if (rows.length === 0) process.stdout.write('还没有导入计划。/ No plans yet.\n');
  else for (const row of rows) process.stdout.write(`${row.code} ${row.year} ${row.title}（导入于 ${row.importedAt}）提醒 ${JSON.stringify(row.reminders)} 下一条：${row.next ?? '无'}\n`);
  return 0;
}

async function listCodes(db: Db, json: boolean): Promise<number> {
  const codes = await db.roomBindCode.findMany({ where: { revokedAt: null }, include: { unit: true }, orderBy: { code: 'asc' } });
  const rows = codes.map((code) => ({ code: code.code, for: code.forOffice ? 'office' : code.unit?.code ?? null, name: code.forOffice ? '行动组办公室群' : code.unit?.nameZh ?? null }));
  if (json) writeJson(rows);
  else for (const row of rows) process.stdout.write(`${row.code}\t${row.name ?? ''}\n`);
  return 0;
}
