import { createHash } from 'node:crypto';
import { applyDateChanges } from '../reminders/apply-date-changes.js';
import type { PlanDefinition } from '../reminders/plan-definition.js';
import { parsePlanFile } from '../reminders/plan-file.js';
import type { DateChange, PlanStore, PlanSync, ReminderChangePlanner, ReminderChanges, StoredPlan } from '../reminders/ports.js';
import { beijingDate } from '../shared/beijing-time.js';
import { newBindCode } from './bind-codes.js';
import type { Prisma } from './generated/prisma/client.js';
import type { Db } from './prisma.js';
import { occurrenceColumns, REMINDER_WITH_PLAN, toStoredReminder } from './reminder-rows.js';

type Tx = Prisma.TransactionClient;
const PLAN_HEAD = {
  id: true,
  code: true,
  year: true,
  format: true,
  sourceHash: true,
  importedAt: true,
  dateChanges: true,
} as const satisfies Prisma.PlanSelect;
type PlanHead = Prisma.PlanGetPayload<{ select: typeof PLAN_HEAD }>;

// A plan with many units (a province) takes a while to write; the default 5 s is too short.
const TRANSACTION = { timeout: 120_000, maxWait: 10_000 };
const CHUNK = 5_000;

export function createPlanStore(db: Db): PlanStore {
  // Files are parsed again when read (what runs is what was reviewed), once per version: a
  // reading takes the row without its text and parses the text only for a version not seen yet.
  const parsed = new Map<string, PlanDefinition>();
  const definitionOf = async (client: Tx | Db, row: PlanHead): Promise<PlanDefinition> => {
    const cacheKey = `${row.id}:${row.sourceHash}`;
    let definition = parsed.get(cacheKey);
    if (!definition) {
      const { sourceText } = await client.plan.findUniqueOrThrow({ where: { id: row.id }, select: { sourceText: true } });
      definition = parsePlanFile(sourceText, { format: row.format === 'json' ? 'json' : 'yaml', year: row.year });
      parsed.set(cacheKey, definition);
    }
    return definition;
  };
  const toStoredPlan = async (client: Tx | Db, row: PlanHead): Promise<StoredPlan> => {
    const dateChanges: DateChange[] = row.dateChanges.map((change) => ({
      subject: { type: change.subjectType === 'duty' ? 'duty' : 'stage', code: change.subjectCode },
      periodIndex: change.periodIndex,
      date: change.date,
    }));
    const definition = applyDateChanges(await definitionOf(client, row), dateChanges);
    return { id: row.id, code: row.code, year: row.year, definition, dateChanges, importedAt: row.importedAt };
  };
  const readPlans = async (client: Tx | Db, query: { where?: Prisma.PlanWhereInput; orderBy?: Prisma.PlanOrderByWithRelationInput; take?: number }) => {
    const rows = await client.plan.findMany({ ...query, select: PLAN_HEAD });
    return Promise.all(rows.map((row) => toStoredPlan(client, row)));
  };
  const readPlan = async (client: Tx | Db, id: string) => (await readPlans(client, { where: { id } }))[0] ?? null;
  const remindersOf = async (client: Tx | Db, planId: string) =>
    (await client.reminder.findMany({ where: { planId }, include: REMINDER_WITH_PLAN, orderBy: { announceAt: 'asc' } })).map(toStoredReminder);
  const syncIn = async (tx: Tx, planId: string, planChanges: ReminderChangePlanner): Promise<PlanSync> => {
    const plan = await readPlan(tx, planId);
    if (!plan) throw new Error(`plan ${planId} is not stored`);
    const changes = planChanges(plan, await remindersOf(tx, planId));
    await applyReminderChanges(tx, planId, changes);
    return { plan, changes };
  };

  return {
    async find(code, year) {
      return (await readPlans(db, { where: { code, year } }))[0] ?? null;
    },
    byId: (id) => readPlan(db, id),
    all: () => readPlans(db, { orderBy: { importedAt: 'asc' } }),
    async active(now) {
      const year = Number(beijingDate(now).slice(0, 4));
      const [thisYear] = await readPlans(db, { where: { year }, orderBy: { importedAt: 'desc' }, take: 1 });
      return thisYear ?? (await readPlans(db, { orderBy: { importedAt: 'desc' }, take: 1 }))[0] ?? null;
    },
    remindersOf: (planId) => remindersOf(db, planId),

    async savePlan(input, planChanges) {
      return db.$transaction(async (tx) => {
        const { definition } = input;
        const before = await tx.plan.findUnique({ where: { code_year: { code: definition.code, year: definition.year } } });
        const columns = {
          titleZh: definition.title.zh,
          titleEn: definition.title.en,
          format: input.format,
          sourceText: input.sourceText,
          sourceHash: createHash('sha256').update(input.sourceText).digest('hex'),
          importedAt: input.at,
          importedBy: input.by,
        };
        const saved = await tx.plan.upsert({
          where: { code_year: { code: definition.code, year: definition.year } },
          create: { code: definition.code, year: definition.year, ...columns },
          update: columns,
        });
        await saveUnits(tx, definition);
        await tx.auditLog.create({
          data: {
            actor: input.by,
            action: before ? 'plan.reimport' : 'plan.import',
            entity: 'Plan',
            entityId: saved.id,
            before: before ? { sourceHash: before.sourceHash, importedAt: before.importedAt.toISOString() } : undefined,
            after: { code: definition.code, year: definition.year, sourceHash: columns.sourceHash },
          },
        });
        return { ...(await syncIn(tx, saved.id, planChanges)), created: !before };
      }, TRANSACTION);
    },

    async saveDateChange(planId, change, by, at, planChanges) {
      return db.$transaction(async (tx) => {
        const id = { planId, subjectType: change.subject.type, subjectCode: change.subject.code, periodIndex: change.periodIndex };
        const previous = await tx.planDateChange.findUnique({ where: { planId_subjectType_subjectCode_periodIndex: id } });
        await tx.planDateChange.upsert({
          where: { planId_subjectType_subjectCode_periodIndex: id },
          create: { ...id, date: change.date, changedAt: at, changedBy: by },
          update: { date: change.date, changedAt: at, changedBy: by },
        });
        await tx.auditLog.create({
          data: {
            actor: by,
            action: 'plan.reschedule',
            entity: 'Plan',
            entityId: planId,
            before: previous ? { ...id, date: previous.date } : { ...id, date: null },
            after: { ...id, date: change.date },
          },
        });
        return syncIn(tx, planId, planChanges);
      }, TRANSACTION);
    },

    resync: (planId, planChanges) => db.$transaction((tx) => syncIn(tx, planId, planChanges), TRANSACTION),
  };
}

/** The plan's units, created or renamed; a new unit gets a code for binding its group. */
async function saveUnits(tx: Tx, definition: PlanDefinition): Promise<void> {
  const codes = definition.units.map((unit) => unit.code);
  const existing = new Map((await tx.unit.findMany({ where: { code: { in: codes } } })).map((unit) => [unit.code, unit]));
  const fresh = definition.units.filter((unit) => !existing.has(unit.code));
  for (let index = 0; index < fresh.length; index += CHUNK) {
    await tx.unit.createMany({
      data: fresh.slice(index, index + CHUNK).map((unit) => ({ code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en, dutyZh: unit.duty.zh, dutyEn: unit.duty.en })),
      skipDuplicates: true,
    });
  }
  for (const unit of definition.units) {
    const stored = existing.get(unit.code);
    if (!stored) continue;
    const changed = stored.nameZh !== unit.name.zh || stored.nameEn !== unit.name.en || stored.dutyZh !== unit.duty.zh || stored.dutyEn !== unit.duty.en;
    if (changed) await tx.unit.update({ where: { code: unit.code }, data: { nameZh: unit.name.zh, nameEn: unit.name.en, dutyZh: unit.duty.zh, dutyEn: unit.duty.en } });
  }
  const withoutCode = await tx.unit.findMany({ where: { code: { in: codes }, bindCodes: { none: { revokedAt: null } } }, select: { id: true } });
  for (let index = 0; index < withoutCode.length; index += CHUNK) {
    await tx.roomBindCode.createMany({ data: withoutCode.slice(index, index + CHUNK).map((unit) => ({ code: newBindCode('DW'), unitId: unit.id })), skipDuplicates: true });
  }
}

async function applyReminderChanges(tx: Tx, planId: string, changes: ReminderChanges): Promise<void> {
  for (let index = 0; index < changes.create.length; index += CHUNK) {
    await tx.reminder.createMany({
      data: changes.create.slice(index, index + CHUNK).map((item) => ({ key: item.occurrence.key, planId, ...occurrenceColumns(item) })),
      skipDuplicates: true,
    });
  }
  for (const item of changes.update) {
    await tx.reminder.update({ where: { id: item.id }, data: { ...occurrenceColumns(item), round: item.round, late: false } });
  }
  if (changes.cancel.length > 0) {
    await tx.reminder.updateMany({ where: { id: { in: changes.cancel }, status: 'SCHEDULED' }, data: { status: 'CANCELLED' } });
  }
}
