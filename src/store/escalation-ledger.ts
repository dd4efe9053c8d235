import type { EscalationStepKind } from '../reminders/escalation.js';
import { randomUUID } from 'node:crypto';
import type { EscalationLedger, EscalationStepRecord, NewEscalationStep, SubjectPeriod } from '../reminders/ports.js';
import type { EscalationStep as StepRow } from './generated/prisma/client.js';
import type { Db } from './prisma.js';

const CHUNK = 5_000;
const STATUS_FROM_DB = { SCHEDULED: 'scheduled', SENT: 'sent', CANCELLED: 'cancelled', SKIPPED: 'skipped' } as const;
const STATUS_TO_DB = { sent: 'SENT', cancelled: 'CANCELLED', skipped: 'SKIPPED' } as const;
const subjectWhere = (sp: SubjectPeriod) => ({ planId: sp.planId, subjectType: sp.subject.type, subjectCode: sp.subject.code, periodIndex: sp.periodIndex });

function toStep(row: StepRow): EscalationStepRecord {
  return {
    id: row.id,
    subjectPeriod: { planId: row.planId, subject: { type: row.subjectType === 'duty' ? 'duty' : 'stage', code: row.subjectCode }, periodIndex: row.periodIndex },
    unitCode: row.unitCode,
    step: row.step as EscalationStepKind,
    reminderId: row.reminderId,
    dueAt: row.dueAt,
    status: STATUS_FROM_DB[row.status],
  };
}

export function createEscalationLedger(db: Db): EscalationLedger {
  return {
    async schedule(steps) {
      for (let index = 0; index < steps.length; index += CHUNK) await insertSteps(db, steps.slice(index, index + CHUNK));
    },
    async step(id) {
      const row = await db.escalationStep.findUnique({ where: { id } });
      return row ? toStep(row) : null;
    },
    async due(now) {
      return (await db.escalationStep.findMany({ where: { status: 'SCHEDULED', dueAt: { lte: now } }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], take: 20_000 })).map(toStep);
    },
    async officeNotesDue(reminderId, now) {
      return (await db.escalationStep.findMany({ where: { reminderId, step: 'office_note', status: 'SCHEDULED', dueAt: { lte: now } }, orderBy: { unitCode: 'asc' } })).map(toStep);
    },
    async dueTimesAfter(now) {
      const groups = await db.escalationStep.groupBy({ by: ['dueAt'], where: { status: 'SCHEDULED', dueAt: { gt: now } }, orderBy: { dueAt: 'asc' } });
      return groups.map((group) => group.dueAt);
    },
    async finish(ids, status, reason, at) {
      for (let index = 0; index < ids.length; index += CHUNK) {
        await db.escalationStep.updateMany({ where: { id: { in: ids.slice(index, index + CHUNK) }, status: 'SCHEDULED' }, data: { status: STATUS_TO_DB[status], reason, doneAt: at } });
      }
    },
    async cancelForUnit(subjectPeriod, unitCode, reason, at) {
      const { count } = await db.escalationStep.updateMany({ where: { ...subjectWhere(subjectPeriod), unitCode, status: 'SCHEDULED' }, data: { status: 'CANCELLED', reason, doneAt: at } });
      return count;
    },
  };
}

/** Column arrays in one statement: a reminder to 10,000 units starts 30,000 steps. */
async function insertSteps(db: Db, steps: readonly NewEscalationStep[]): Promise<void> {
  const column = <T>(pick: (step: NewEscalationStep) => T) => steps.map(pick);
  await db.$executeRaw`
    INSERT INTO "EscalationStep" ("id", "planId", "subjectType", "subjectCode", "periodIndex", "unitCode", "step", "reminderId", "dueAt")
    SELECT s.id, s.plan_id, s.subject_type, s.subject_code, s.period_index, s.unit_code, s.step, s.reminder_id, s.due_at AT TIME ZONE 'UTC'
    FROM unnest(
      ${column(() => randomUUID())}::text[], ${column((s) => s.subjectPeriod.planId)}::text[], ${column((s) => s.subjectPeriod.subject.type)}::text[],
      ${column((s) => s.subjectPeriod.subject.code)}::text[], ${column((s) => s.subjectPeriod.periodIndex)}::int[], ${column((s) => s.unitCode)}::text[],
      ${column((s) => s.step)}::text[], ${column((s) => s.reminderId)}::text[], ${column((s) => s.dueAt.toISOString())}::timestamptz[]
    ) AS s(id, plan_id, subject_type, subject_code, period_index, unit_code, step, reminder_id, due_at)
    ON CONFLICT ("planId", "subjectType", "subjectCode", "periodIndex", "unitCode", "step") DO NOTHING`;
}
